import { describe, expect, it } from 'vitest';
import { pickRank, pickRegion, rasterizeRegions, regionsAt, windowAround } from '../../src/geometry/regionMask';
import { findSelfIntersection, type Point2 } from '../../src/geometry/polygon';
import { chartAt } from '../../src/geometry/chartAt';
import { loadAtlas } from '../../src/atlas/loadAtlas';
import { rawAtlas } from '../atlasFixture';

const square = (u: number, v: number, size: number): Point2[] => [
  [u, v],
  [u + size, v],
  [u + size, v + size],
  [u, v + size],
];
const window = { u0: 0, v0: 0, u1: 1, v1: 1 };

describe('region mask', () => {
  const big = square(0.1, 0.1, 0.6);
  const small = square(0.3, 0.3, 0.2);
  const mask = rasterizeRegions([big, small], 100, 100, window);

  it('finds every region under a point, and none outside', () => {
    expect(regionsAt(mask, 0.2, 0.2)).toEqual([0]);
    expect(regionsAt(mask, 0.4, 0.4).sort()).toEqual([0, 1]);
    expect(regionsAt(mask, 0.9, 0.9)).toEqual([]);
    expect(regionsAt(mask, -3, 0.5)).toEqual([]);
  });

  it('puts a border at the polygon edge, within a texel', () => {
    expect(regionsAt(mask, 0.1 + 0.006, 0.5)).toEqual([0]);
    expect(regionsAt(mask, 0.1 - 0.006, 0.5)).toEqual([]);
    expect(regionsAt(mask, 0.7 - 0.006, 0.5)).toEqual([0]);
    expect(regionsAt(mask, 0.7 + 0.006, 0.5)).toEqual([]);
  });

  it('lets the smaller target win where two targets overlap', () => {
    const rank = [pickRank('target', big), pickRank('target', small)];
    expect(pickRegion(mask, 0.4, 0.4, rank)).toBe(1);
    expect(pickRegion(mask, 0.2, 0.2, rank)).toBe(0);
  });

  it('lets an avoid-zone win over a smaller target: the warning never hides', () => {
    const rank = [pickRank('avoid', big), pickRank('target', small)];
    expect(pickRegion(mask, 0.4, 0.4, rank)).toBe(0);
  });

  it('skips regions that are hidden', () => {
    const rank = [pickRank('avoid', big), pickRank('target', small)];
    expect(pickRegion(mask, 0.4, 0.4, rank, (i) => i !== 0)).toBe(1);
    expect(pickRegion(mask, 0.2, 0.2, rank, (i) => i !== 0)).toBeNull();
  });

  it('keeps each region in one layer everywhere, so its edge is a change of one channel', () => {
    const a = square(0.1, 0.1, 0.3);
    const b = square(0.3, 0.1, 0.3);
    const c = square(0.5, 0.1, 0.3);
    const m = rasterizeRegions([a, b, c], 100, 100, window);
    // b overlaps a, so it takes layer 1; c overlaps b only, but not a, so layer 0 is free for it.
    expect(m.layers).toEqual([0, 1, 0]);
  });

  it('refuses a fifth overlapping layer instead of dropping a region silently', () => {
    const five = [0, 1, 2, 3, 4].map(() => square(0.2, 0.2, 0.3));
    expect(() => rasterizeRegions(five, 20, 20, window)).toThrow(/overlaps regions in all 4 layers/);
  });
});

describe('polygon checks', () => {
  it('tells a simple loop from a bow-tie', () => {
    expect(findSelfIntersection(square(0, 0, 1))).toBeNull();
    expect(
      findSelfIntersection([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ]),
    ).not.toBeNull();
  });
});

describe('chart coordinates at a hit point', () => {
  const positions = [0, 0, 0, 2, 0, 0, 0, 2, 0];
  const chart = [0, 0, 1, 1, 0, 1, 0, 1, 1];
  it('interpolates barycentrically', () => {
    expect(chartAt(positions, chart, [0, 1, 2], 0, [1, 0.5, 0])).toEqual([0.5, 0.25]);
  });
  it('returns null where the chart does not cover the surface', () => {
    expect(chartAt(positions, [0, 0, 1, 1, 0, 0, 0, 1, 1], [0, 1, 2], 0, [1.9, 0.05, 0])).toBeNull();
  });
});

describe('the shipped regions', () => {
  const atlas = loadAtlas(rawAtlas());
  const polygons = atlas.instances.map((i) => i.outline.map((id) => atlas.landmarks.chart(id) as Point2));
  const mask = rasterizeRegions(polygons, 1024, 1024, windowAround(polygons));
  const rank = atlas.instances.map((i, k) => pickRank(i.region.kind, polygons[k]!));
  const keyAtChart = (u: number, v: number) => {
    const hit = pickRegion(mask, u, v, rank);
    return hit === null ? null : atlas.instances[hit]!.key;
  };
  const keyAt = (landmark: number) => keyAtChart(...atlas.landmarks.chart(landmark));
  /** The chart point halfway between two landmarks. */
  const between = (a: number, b: number): [number, number] => {
    const [ua, va] = atlas.landmarks.chart(a);
    const [ub, vb] = atlas.landmarks.chart(b);
    return [(ua + ub) / 2, (va + vb) / 2];
  };

  it('rasterise with at most four overlaps everywhere', () => {
    expect(mask.data.length).toBe(1024 * 1024 * 4);
  });

  it('pick the levator avoid-zone over the orbicularis at the middle of the upper lid', () => {
    // Halfway from the mid upper-lid margin (386 / 159) up to the lid crease (443 / 223).
    expect(keyAtChart(...between(386, 443))).toBe('lps-mid-upper-lid:left');
    expect(keyAtChart(...between(159, 223))).toBe('lps-mid-upper-lid:right');
  });

  it('pick the upper-lid orbicularis at the lateral upper lid, not the orbital ring around it', () => {
    // Halfway from the lateral upper-lid margin (388) up to the crease (444).
    expect(keyAtChart(...between(388, 444))).toBe('oo-pretarsal-upper:left');
    // Below the lateral lower lid, lateral to the inferior oblique zone.
    expect(keyAtChart(...between(373, 449))).toBe('oo-lower-lateral:left');
    // Between the lower lid and the cheek, the orbital ring.
    expect(keyAtChart(...between(450, 348))).toBe('oo-orbital:left');
  });

  it('pick the mentalis target at the chin point', () => {
    expect(keyAt(199)).toBe('mentalis');
  });
});
