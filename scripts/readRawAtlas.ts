import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawAtlas } from '../src/atlas/loadAtlas.ts';
import { DATA_FILES, type DataFileName } from '../src/atlas/schemas.ts';

/** Reads data/ and the landmark table from disk, with the shipped source texts. A file that is not JSON becomes a problem, not a crash. */
export function readRawAtlas(root: string): RawAtlas {
  const readJson = (path: string): unknown => {
    const text = readFileSync(join(root, path), 'utf8');
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new SyntaxError(`${path} is not valid JSON: ${(error as Error).message}`);
    }
  };
  const files = Object.fromEntries(Object.keys(DATA_FILES).map((name) => [name, readJson(join('data', name))])) as Record<
    DataFileName,
    unknown
  >;
  const sources = (files['sources.json'] as { sources?: { textFile?: string }[] }).sources ?? [];
  const sourceTexts: Record<string, string> = {};
  for (const source of sources) {
    if (source.textFile) {
      try {
        sourceTexts[source.textFile] = readFileSync(join(root, 'data', source.textFile), 'utf8');
      } catch {
        // Left out: the loader reports the missing text with the source's path.
      }
    }
  }
  return {
    files,
    landmarks: readJson('models/head-landmarks.json'),
    sourceTexts,
    researchSheet: readFileSync(join(root, 'data/sources/research-sheet.md'), 'utf8'),
  };
}
