/**
 * Topology helpers for triangle meshes with CCW winding: directed-edge lookups, ordered
 * one-rings and boundary loops. Used by the head builder and the subdivision.
 */

export type Tri = [number, number, number];

export function triangles(indices: ArrayLike<number>): Tri[] {
  const tris: Tri[] = [];
  for (let t = 0; t < indices.length; t += 3) tris.push([indices[t]!, indices[t + 1]!, indices[t + 2]!]);
  return tris;
}

const key = (a: number, b: number) => a * 1_048_576 + b;

export class Topology {
  /** Third vertex of the triangle that holds the directed edge a->b. */
  private readonly apex = new Map<number, number>();
  readonly neighbours: Set<number>[];

  constructor(
    readonly vertexCount: number,
    readonly tris: readonly Tri[],
  ) {
    this.neighbours = Array.from({ length: vertexCount }, () => new Set<number>());
    for (const [a, b, c] of tris) {
      for (const [p, q, r] of [
        [a, b, c],
        [b, c, a],
        [c, a, b],
      ] as const) {
        if (this.apex.has(key(p, q))) throw new Error(`edge ${p}->${q} is used twice: the mesh is not manifold`);
        this.apex.set(key(p, q), r);
        this.neighbours[p]!.add(q);
        this.neighbours[q]!.add(p);
      }
    }
  }

  opposite(a: number, b: number): number | undefined {
    return this.apex.get(key(a, b));
  }

  isBoundaryEdge(a: number, b: number): boolean {
    return !this.apex.has(key(a, b)) || !this.apex.has(key(b, a));
  }

  isBoundaryVertex(v: number): boolean {
    for (const n of this.neighbours[v]!) if (this.isBoundaryEdge(v, n)) return true;
    return false;
  }

  /**
   * Neighbours of v in counter-clockwise order. For a boundary vertex the ring starts at the
   * neighbour across the boundary edge that has no triangle on its v->n side... i.e. the fan
   * is walked from one boundary edge to the other.
   */
  ring(v: number, start?: number): number[] {
    const ns = this.neighbours[v]!;
    let first = start;
    if (first === undefined) {
      // On a boundary, start where no triangle precedes, so the walk covers the whole fan.
      for (const n of ns) if (!this.apex.has(key(n, v))) first = n;
      first ??= ns.values().next().value;
    }
    const ring: number[] = [];
    let current: number | undefined = first;
    while (current !== undefined && ring.length <= ns.size) {
      ring.push(current);
      current = this.apex.get(key(v, current));
      if (current === first) break;
    }
    return ring;
  }

  /** All boundary loops, each ordered along the boundary edges' direction. */
  boundaryLoops(): number[][] {
    const next = new Map<number, number>();
    for (const [a, b, c] of this.tris) {
      for (const [p, q] of [
        [a, b],
        [b, c],
        [c, a],
      ] as const) {
        if (!this.apex.has(key(q, p))) next.set(p, q);
      }
    }
    const loops: number[][] = [];
    const seen = new Set<number>();
    for (const startVertex of next.keys()) {
      if (seen.has(startVertex)) continue;
      const loop: number[] = [];
      let v: number | undefined = startVertex;
      while (v !== undefined && !seen.has(v)) {
        seen.add(v);
        loop.push(v);
        v = next.get(v);
      }
      loops.push(loop);
    }
    return loops;
  }
}
