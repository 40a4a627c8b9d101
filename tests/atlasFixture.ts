import { readRawAtlas } from '../scripts/readRawAtlas';
import type { RawAtlas } from '../src/atlas/loadAtlas';
import { ROOT } from './faceMeshFixture';

/** The shipped content as raw JSON; each call returns a fresh copy that a test may break. */
export function rawAtlas(): RawAtlas {
  return structuredClone(readRawAtlas(ROOT));
}
