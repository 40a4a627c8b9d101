import snapshot from 'virtual:atlas-snapshot';
import type { Atlas } from './loadAtlas';
import { reviveAtlas } from './snapshot';

/** The atlas's content, validated when the app was built (see scripts/atlasSnapshotPlugin.ts). */
export function loadBundledAtlas(): Atlas {
  return reviveAtlas(snapshot);
}
