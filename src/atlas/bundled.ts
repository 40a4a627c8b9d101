import { loadBundledAtlas } from './atlasData';
import { indexAtlas, type AtlasIndex } from './indexes';

/**
 * The bundled content. It was validated when the app was built (a content problem stops the
 * build), so start-up only rebuilds the lookups; should even that fail, the app says why
 * instead of crashing.
 */
export type BundledAtlas = { ok: true; index: AtlasIndex } | { ok: false; problems: string[] };

function load(): BundledAtlas {
  try {
    return { ok: true, index: indexAtlas(loadBundledAtlas()) };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

export const bundledAtlas: BundledAtlas = load();

/** The index, for code that only runs once the atlas loaded (the App renders nothing else otherwise). */
export function atlasIndex(): AtlasIndex {
  if (!bundledAtlas.ok) throw new Error('the atlas content did not load');
  return bundledAtlas.index;
}
