import type { LandmarkRef, LandmarksFile } from './schemas';

/** Landmark ids, names, positions, chart coordinates and mirrors, from the head model's table. */
export class LandmarkTable {
  private readonly byName = new Map<string, number>();
  readonly count: number;

  /** The validated table it was built from (kept whole: the build snapshots it, see snapshot.ts). */
  constructor(readonly file: LandmarksFile) {
    this.count = file.coarseVertexCount;
    for (const landmark of file.landmarks) this.byName.set(landmark.name, landmark.id);
  }

  /** The vertex id a reference names, or undefined when it names nothing. */
  resolve(ref: LandmarkRef): number | undefined {
    if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref < this.count ? ref : undefined;
    return this.byName.get(ref);
  }

  position(id: number): [number, number, number] {
    const p = this.file.vertices.position;
    return [p[id * 3]!, p[id * 3 + 1]!, p[id * 3 + 2]!];
  }

  /** Region-chart coordinates (u, v); v grows downward, as in MediaPipe's UV layout. */
  chart(id: number): [number, number] {
    const c = this.file.vertices.chart;
    return [c[id * 3]!, c[id * 3 + 1]!];
  }

  /** Whether the vertex lies in the part of the head the region chart covers. */
  inChart(id: number): boolean {
    return this.file.vertices.chart[id * 3 + 2]! >= 0.999;
  }

  mirror(id: number): number {
    return this.file.vertices.mirror[id]!;
  }
}
