/**
 * Modified butterfly subdivision (Zorin, Schröder & Sweldens 1996). It is interpolating:
 * every existing vertex keeps its index and its position, so the canonical landmarks 0-467
 * and the named extra landmarks stay addressable and exact after smoothing. Each new vertex
 * sits on an edge and is appended after the old ones; per-vertex attributes other than the
 * position are interpolated linearly along the edge.
 */
import { Topology, type Tri } from './meshTopology.ts';

export interface SubdivInput {
  positions: number[];
  /** Extra per-vertex attributes, each with its item size, interpolated at edge midpoints. */
  attributes: { data: number[]; itemSize: number }[];
  tris: Tri[];
}

function oneSidedWeights(k: number): number[] {
  if (k === 3) return [5 / 12, -1 / 12, -1 / 12];
  if (k === 4) return [3 / 8, 0, -1 / 8, 0];
  return Array.from(
    { length: k },
    (_, j) => (0.25 + Math.cos((2 * Math.PI * j) / k) + 0.5 * Math.cos((4 * Math.PI * j) / k)) / k,
  );
}

export function subdivide(input: SubdivInput): SubdivInput {
  const vertexCount = input.positions.length / 3;
  const topo = new Topology(vertexCount, input.tris);
  const positions = input.positions.slice();
  const attributes = input.attributes.map((a) => ({ data: a.data.slice(), itemSize: a.itemSize }));
  const midpoints = new Map<number, number>();
  const boundary = Array.from({ length: vertexCount }, (_, v) => topo.isBoundaryVertex(v));
  const rings = Array.from({ length: vertexCount }, (_, v) => topo.ring(v));

  const p = (v: number, c: number) => input.positions[v * 3 + c]!;

  /** Ring of a starting at b, in CCW order. */
  const ringFrom = (a: number, b: number): number[] => {
    const ring = rings[a]!;
    const i = ring.indexOf(b);
    return [...ring.slice(i), ...ring.slice(0, i)];
  };

  const boundaryNeighbour = (v: number, exclude: number): number => {
    for (const n of topo.neighbours[v]!) if (n !== exclude && topo.isBoundaryEdge(v, n)) return n;
    return v;
  };

  const edgePoint = (a: number, b: number): [number, number][] => {
    if (topo.isBoundaryEdge(a, b)) {
      // Four-point rule along the boundary.
      return [
        [a, 9 / 16],
        [b, 9 / 16],
        [boundaryNeighbour(a, b), -1 / 16],
        [boundaryNeighbour(b, a), -1 / 16],
      ];
    }
    const c = topo.opposite(a, b)!;
    const d = topo.opposite(b, a)!;
    const ka = rings[a]!.length;
    const kb = rings[b]!.length;
    const regularA = !boundary[a] && ka === 6;
    const regularB = !boundary[b] && kb === 6;
    if (regularA && regularB) {
      const ra = ringFrom(a, b);
      const rb = ringFrom(b, a);
      return [
        [a, 1 / 2],
        [b, 1 / 2],
        [c, 1 / 8],
        [d, 1 / 8],
        [ra[2]!, -1 / 16],
        [ra[4]!, -1 / 16],
        [rb[2]!, -1 / 16],
        [rb[4]!, -1 / 16],
      ];
    }
    const stencil = (v: number, other: number): [number, number][] => {
      const ring = ringFrom(v, other);
      const w = oneSidedWeights(ring.length);
      return [[v, 3 / 4] as [number, number], ...ring.map((n, j) => [n, w[j]!] as [number, number])];
    };
    const useA = !boundary[a] && !regularA;
    const useB = !boundary[b] && !regularB;
    if (useA && useB) return [...stencil(a, b), ...stencil(b, a)].map(([v, w]) => [v, w / 2]);
    if (useA) return stencil(a, b);
    if (useB) return stencil(b, a);
    if (!boundary[a] && regularA) return stencil(a, b);
    if (!boundary[b] && regularB) return stencil(b, a);
    // Both ends on a boundary but the edge is interior: a Loop-style average.
    return [
      [a, 3 / 8],
      [b, 3 / 8],
      [c, 1 / 8],
      [d, 1 / 8],
    ];
  };

  const midpoint = (a: number, b: number): number => {
    const k = a < b ? a * 1_048_576 + b : b * 1_048_576 + a;
    const existing = midpoints.get(k);
    if (existing !== undefined) return existing;
    const index = positions.length / 3;
    const weights = edgePoint(a, b);
    for (let c = 0; c < 3; c++) positions.push(weights.reduce((sum, [v, w]) => sum + p(v, c) * w, 0));
    for (let i = 0; i < attributes.length; i++) {
      const { data, itemSize } = attributes[i]!;
      const src = input.attributes[i]!.data;
      for (let c = 0; c < itemSize; c++) data.push((src[a * itemSize + c]! + src[b * itemSize + c]!) / 2);
    }
    midpoints.set(k, index);
    return index;
  };

  const tris: Tri[] = [];
  for (const [a, b, c] of input.tris) {
    const ab = midpoint(a, b);
    const bc = midpoint(b, c);
    const ca = midpoint(c, a);
    tris.push([a, ab, ca], [ab, b, bc], [ca, bc, c], [ab, bc, ca]);
  }
  return { positions, attributes, tris };
}
