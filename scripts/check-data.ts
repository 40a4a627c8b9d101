/**
 * `npm run check:data`: validates every file in data/ against its schema, then every
 * cross-reference, landmark, outline and verbatim quote. Prints each problem with the file,
 * the JSON path and what is wrong; exits non-zero if there is any.
 */
import { join } from 'node:path';
import { loadAtlas } from '../src/atlas/loadAtlas.ts';
import { AtlasDataError, formatProblem } from '../src/atlas/problems.ts';
import { readRawAtlas } from './readRawAtlas.ts';

const root = join(import.meta.dirname, '..');
try {
  const atlas = loadAtlas(readRawAtlas(root));
  console.log(
    `data/ is valid: ${atlas.sources.size} sources, ${atlas.facts.size} facts, ${atlas.regions.size} regions (${atlas.instances.length} on the head), ` +
      `${atlas.complications.size} complications, ${atlas.protocols.length} protocols.`,
  );
} catch (error) {
  if (!(error instanceof AtlasDataError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`\n${error.problems.length} problem(s) in data/.`);
  process.exit(1);
}
