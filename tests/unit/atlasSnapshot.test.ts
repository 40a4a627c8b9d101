import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/atlas/loadAtlas';
import { indexAtlas } from '../../src/atlas/indexes';
import { reviveAtlas, snapshotAtlas } from '../../src/atlas/snapshot';
import { loadBundledAtlas } from '../../src/atlas/atlasData';
import { atlasSnapshot } from '../../scripts/atlasSnapshotPlugin';
import { readRawAtlas } from '../../scripts/readRawAtlas';
import { ROOT } from '../faceMeshFixture';

const loaded = loadAtlas(readRawAtlas(ROOT));

describe('the atlas snapshot the build bundles', () => {
  it('revives, through JSON, to the atlas the loader gives', () => {
    const revived = reviveAtlas(JSON.parse(JSON.stringify(snapshotAtlas(loaded))));
    expect([...revived.facts.values()]).toEqual([...loaded.facts.values()]);
    expect([...revived.sources.keys()]).toEqual([...loaded.sources.keys()]);
    expect([...revived.complications.values()]).toEqual([...loaded.complications.values()]);
    expect(revived.protocols).toEqual(loaded.protocols);
    expect(revived.instances.map((i) => [i.key, i.side, i.outline, i.anchor, i.region.id])).toEqual(
      loaded.instances.map((i) => [i.key, i.side, i.outline, i.anchor, i.region.id]),
    );
    // Instances point at the revived regions themselves, as the loader's do.
    for (const instance of revived.instances) expect(instance.region).toBe(revived.regions.get(instance.region.id));
    expect(revived.landmarks.resolve('gonion-posterior-left')).toBe(loaded.landmarks.resolve('gonion-posterior-left'));
    expect(revived.landmarks.mirror(33)).toBe(loaded.landmarks.mirror(33));
    expect(indexAtlas(revived).instanceKeys).toEqual(indexAtlas(loaded).instanceKeys);
  });

  it('is what the app bundles (the virtual module, through the Vite plugin)', () => {
    expect(loadBundledAtlas().instances.map((i) => i.key)).toEqual(loaded.instances.map((i) => i.key));
  });

  it('fails the build, naming the problem, when a content file is broken', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-'));
    try {
      cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
      mkdirSync(join(root, 'models'));
      cpSync(join(ROOT, 'models/head-landmarks.json'), join(root, 'models/head-landmarks.json'));
      const facts = JSON.parse(readFileSync(join(root, 'data/facts.json'), 'utf8')) as { facts: { sourceId: string }[] };
      facts.facts[0]!.sourceId = 'no-such-source';
      writeFileSync(join(root, 'data/facts.json'), JSON.stringify(facts));
      const plugin = atlasSnapshot(root);
      const context = {
        addWatchFile: () => undefined,
        error: (message: string) => {
          throw new Error(message);
        },
      };
      const load = plugin.load as unknown as (this: typeof context, id: string) => string;
      expect(() => load.call(context, '\0virtual:atlas-snapshot')).toThrow(/facts\.json.*unknown source "no-such-source"/s);
      // Other modules are left to Vite.
      expect(load.call(context, '\0virtual:atlas-snapshot.other')).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
