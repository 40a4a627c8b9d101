import { loadBundledAtlas } from './atlasData';
import { indexAtlas, type AtlasIndex } from './indexes';
import { AtlasDataError, formatProblem } from './problems';

/** The bundled content, validated once; a broken build shows its problems instead of crashing. */
export type BundledAtlas = { ok: true; index: AtlasIndex } | { ok: false; problems: string[] };

function load(): BundledAtlas {
  try {
    return { ok: true, index: indexAtlas(loadBundledAtlas()) };
  } catch (error) {
    return { ok: false, problems: error instanceof AtlasDataError ? error.problems.map(formatProblem) : [String(error)] };
  }
}

export const bundledAtlas: BundledAtlas = load();

/** The index, for code that only runs once the atlas loaded (the App renders nothing else otherwise). */
export function atlasIndex(): AtlasIndex {
  if (!bundledAtlas.ok) throw new Error('the atlas content did not load');
  return bundledAtlas.index;
}
