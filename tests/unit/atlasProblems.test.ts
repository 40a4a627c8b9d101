import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas, type RawAtlas } from '../../src/atlas/loadAtlas';
import { AtlasDataError, type AtlasProblem } from '../../src/atlas/problems';
import { readRawAtlas } from '../../scripts/readRawAtlas';
import { rawAtlas } from '../atlasFixture';
import { ROOT } from '../faceMeshFixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(mutate: (files: Json, raw: RawAtlas) => void): AtlasProblem[] {
  const raw = rawAtlas();
  mutate(raw.files as Json, raw);
  try {
    loadAtlas(raw);
  } catch (error) {
    if (error instanceof AtlasDataError) return error.problems;
    throw error;
  }
  throw new Error('the broken content loaded without a problem');
}

const factIndex = (files: Json, id: string) => (files['facts.json'].facts as { id: string }[]).findIndex((f) => f.id === id);
const regionIndex = (files: Json, id: string) =>
  (files['regions.json'].regions as { id: string }[]).findIndex((r) => r.id === id);

describe('broken content fails loudly, naming the file, the JSON path and the problem', () => {
  it('a fact without a quote', () => {
    const i = factIndex(rawAtlas().files as Json, 'smpc-lps');
    const problems = problemsOf((files) => delete files['facts.json'].facts[i].quote);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'facts.json', path: `facts[${i}].quote` }));
  });

  it('an unknown evidence level', () => {
    const problems = problemsOf((files) => (files['facts.json'].facts[0].evidence = 'anecdote'));
    expect(problems[0]).toMatchObject({ file: 'facts.json', path: 'facts[0].evidence' });
  });

  it('a wrong schema version', () => {
    const problems = problemsOf((files) => (files['regions.json'].schemaVersion = 2));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'regions.json', path: 'schemaVersion' }));
  });

  it('a fact citing a source that does not exist', () => {
    const problems = problemsOf((files) => (files['facts.json'].facts[3].sourceId = 'made-up-2024'));
    expect(problems).toContainEqual({ file: 'facts.json', path: 'facts[3].sourceId', message: 'unknown source "made-up-2024"' });
  });

  it('a quote that is not verbatim', () => {
    const i = factIndex(rawAtlas().files as Json, 'seed-s7');
    const problems = problemsOf(
      (files) =>
        (files['facts.json'].facts[i].quote = files['facts.json'].facts[i].quote.replace('Bell’s Palsy', 'facial palsy')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: `facts[${i}].quote`, message: expect.stringMatching(/not found verbatim/) }),
    );
  });

  it('a researched quote altered from the research sheet', () => {
    const i = factIndex(rawAtlas().files as Json, 'smpc-max-dose');
    const problems = problemsOf(
      (files) => (files['facts.json'].facts[i].quote = files['facts.json'].facts[i].quote.replace('25 Units', '50 Units')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: `facts[${i}].quote`, message: expect.stringMatching(/research-sheet/) }),
    );
  });

  it('an outline naming a landmark the head does not have', () => {
    const r = regionIndex(rawAtlas().files as Json, 'masseter');
    const problems = problemsOf((files) => files['regions.json'].regions[r].outline.splice(3, 1, 'tragus-middle'));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'regions.json', path: `regions[${r}].outline[3]`, message: 'no landmark "tragus-middle"' }),
    );
  });

  it('an outline that crosses itself', () => {
    const r = regionIndex(rawAtlas().files as Json, 'corrugator');
    const problems = problemsOf((files) => {
      const outline = files['regions.json'].regions[r].outline;
      [outline[1], outline[2]] = [outline[2], outline[1]];
      [outline[4], outline[5]] = [outline[5], outline[4]];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: `regions[${r}].outline`, message: expect.stringMatching(/crosses itself/) }),
    );
  });

  it('a region with no fact, and an avoid-zone with no complication', () => {
    const problems = problemsOf((files) => {
      files['regions.json'].regions.push({ ...files['regions.json'].regions[regionIndex(files, 'dao')], id: 'orphan-zone' });
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(['region "orphan-zone" has no fact', 'avoid-zone "orphan-zone" links to no complication']),
    );
  });

  it('a complication pointing to a region that does not exist', () => {
    const problems = problemsOf((files) => files['complications.json'].complications[0].regions.push('eyebrow-wing'));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'complications.json', message: 'unknown region "eyebrow-wing"' }),
    );
  });

  it('a data file that is not JSON names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    cpSync(join(ROOT, 'models'), join(dir, 'models'), { recursive: true });
    writeFileSync(join(dir, 'data/regions.json'), '{ "schemaVersion": 1, "regions": [');
    expect(() => readRawAtlas(dir)).toThrow(/data\/regions\.json is not valid JSON/);
  });
});
