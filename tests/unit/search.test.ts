import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../../src/atlas/indexes';
import { loadAtlas } from '../../src/atlas/loadAtlas';
import { searchRegions } from '../../src/lib/search';
import { rawAtlas } from '../atlasFixture';

const index = indexAtlas(loadAtlas(rawAtlas()));
const regionsOf = (query: string) => [
  ...new Set(searchRegions(index, query).map((key) => index.instanceByKey.get(key)!.region.id)),
];

describe('region search', () => {
  it('finds by complication: ptosis gives the levator and lower frontalis zones', () => {
    expect(regionsOf('ptosis')).toEqual(expect.arrayContaining(['lps-mid-upper-lid', 'frontalis-lower']));
  });

  it('finds by complication: diplopia gives exactly the inferior oblique and lateral rectus zones', () => {
    expect(regionsOf('diplopia').sort()).toEqual(['io-medial-lower-lid', 'lr-lateral-canthus']);
  });

  it('finds by Latin name, ignoring case and accents', () => {
    expect(regionsOf('MUSCULUS CORRUGATOR')).toEqual(['corrugator']);
    expect(regionsOf('corrugatór')).toEqual(['corrugator']);
  });

  it('narrows by side and by every word', () => {
    expect(searchRegions(index, 'masseter right')).toEqual(['masseter:right']);
    expect(searchRegions(index, 'masseter nonsense')).toEqual([]);
  });

  it('returns everything, in display order, for an empty query', () => {
    expect(searchRegions(index, '  ')).toEqual(index.instanceKeys);
    expect(index.atlas.regions.get(index.instanceByKey.get(index.instanceKeys[0]!)!.region.id)!.kind).toBe('target');
  });
});
