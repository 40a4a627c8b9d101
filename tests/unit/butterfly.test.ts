import { describe, expect, it } from 'vitest';
import { subdivide } from '../../scripts/model/butterfly';
import type { Tri } from '../../scripts/model/meshTopology';

/** An octahedron: every vertex has valence 4, so the extraordinary-vertex rules run. */
const octahedron = () => ({
  positions: [1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1],
  attributes: [{ data: [0, 1, 2, 3, 4, 5], itemSize: 1 }],
  tris: [
    [0, 2, 4],
    [2, 1, 4],
    [1, 3, 4],
    [3, 0, 4],
    [2, 0, 5],
    [1, 2, 5],
    [3, 1, 5],
    [0, 3, 5],
  ] as Tri[],
});

describe('butterfly subdivision', () => {
  it('keeps every original vertex at its index and position', () => {
    const input = octahedron();
    const output = subdivide(input);
    expect(output.positions.slice(0, input.positions.length)).toEqual(input.positions);
  });

  it('adds one vertex per edge and splits each triangle in four', () => {
    const output = subdivide(octahedron());
    expect(output.positions.length / 3).toBe(6 + 12);
    expect(output.tris.length).toBe(32);
  });

  it('rounds a convex solid outward: new vertices bulge past the flat edge midpoints', () => {
    const output = subdivide(octahedron());
    for (let v = 6; v < output.positions.length / 3; v++) {
      const r = Math.hypot(output.positions[v * 3]!, output.positions[v * 3 + 1]!, output.positions[v * 3 + 2]!);
      expect(r).toBeGreaterThan(Math.SQRT1_2);
    }
  });

  it('interpolates other attributes linearly along the edge', () => {
    const output = subdivide(octahedron());
    const data = output.attributes[0]!.data;
    const t = output.tris.find((tri) => tri[0] === 0)!;
    // The first child of triangle (0, 2, 4) starts at 0, then the midpoint of 0-2.
    expect(data[t[1]]!).toBeCloseTo((0 + 2) / 2);
  });

  it('leaves a flat regular grid flat', () => {
    const positions: number[] = [];
    const tris: Tri[] = [];
    const n = 6;
    for (let y = 0; y <= n; y++) for (let x = 0; x <= n; x++) positions.push(x, y, 0);
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        const a = y * (n + 1) + x;
        tris.push([a, a + 1, a + n + 2], [a, a + n + 2, a + n + 1]);
      }
    const output = subdivide({ positions, attributes: [], tris });
    for (let v = 0; v < output.positions.length / 3; v++) expect(output.positions[v * 3 + 2]).toBeCloseTo(0, 9);
  });
});
