import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadAtlas } from '../src/atlas/loadAtlas.ts';
import { AtlasDataError, formatProblem } from '../src/atlas/problems.ts';
import { snapshotAtlas } from '../src/atlas/snapshot.ts';
import { readRawAtlas } from './readRawAtlas.ts';

const ID = 'virtual:atlas-snapshot';

/**
 * `import snapshot from 'virtual:atlas-snapshot'`: data/ and the landmark table, validated by
 * the same loader as `npm run check:data` and the tests, as a JSON snapshot (see
 * src/atlas/snapshot.ts). A content problem fails the build (and the dev server's module)
 * with every problem listed.
 */
export function atlasSnapshot(root: string): Plugin {
  return {
    name: 'injection-atlas:atlas-snapshot',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const watched = readdirSync(join(root, 'data'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name));
      for (const path of [...watched, join(root, 'models/head-landmarks.json')]) this.addWatchFile(path);
      let snapshot;
      try {
        snapshot = snapshotAtlas(loadAtlas(readRawAtlas(root)));
      } catch (error) {
        if (error instanceof AtlasDataError)
          this.error(`the atlas content has problems:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
        throw error;
      }
      // JSON.parse of one string is cheaper for the browser to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(snapshot))});`;
    },
  };
}
