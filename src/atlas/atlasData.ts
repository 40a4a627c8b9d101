import sources from '../../data/sources.json';
import facts from '../../data/facts.json';
import regions from '../../data/regions.json';
import complications from '../../data/complications.json';
import protocols from '../../data/protocols.json';
import landmarks from '../../models/head-landmarks.json';
import { loadAtlas, type Atlas } from './loadAtlas';

/** The atlas's content, bundled with the app and validated when first used. */
export function loadBundledAtlas(): Atlas {
  return loadAtlas({
    files: {
      'sources.json': sources,
      'facts.json': facts,
      'regions.json': regions,
      'complications.json': complications,
      'protocols.json': protocols,
    },
    landmarks,
  });
}
