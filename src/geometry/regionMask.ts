import { signedArea, type Point2 } from './polygon';

/** The rectangle of the region chart that the mask covers. v grows downward, as in the chart. */
export interface ChartWindow {
  u0: number;
  v0: number;
  u1: number;
  v1: number;
}

/**
 * Region ids per texel of the region chart, up to four overlapping regions per texel (one per
 * RGBA channel), each stored as instance index + 1 (0 = none). The same bytes feed the GPU
 * texture that tints the skin and the CPU picking, so what is drawn is what is picked.
 */
export interface RegionMask {
  width: number;
  height: number;
  window: ChartWindow;
  data: Uint8Array;
  /** The layer (channel) each region occupies. */
  layers: number[];
}

export const MASK_LAYERS = 4;

export function windowAround(polygons: readonly (readonly Point2[])[], margin = 0.02): ChartWindow {
  const us = polygons.flatMap((p) => p.map((q) => q[0]));
  const vs = polygons.flatMap((p) => p.map((q) => q[1]));
  return {
    u0: Math.min(...us) - margin,
    v0: Math.min(...vs) - margin,
    u1: Math.max(...us) + margin,
    v1: Math.max(...vs) + margin,
  };
}

/** The texels (row-major indices) whose centres a polygon covers, even-odd rule. */
function coveredTexels(polygon: readonly Point2[], width: number, height: number, window: ChartWindow): number[] {
  const du = (window.u1 - window.u0) / width;
  const dv = (window.v1 - window.v0) / height;
  const texels: number[] = [];
  const vs = polygon.map((p) => p[1]);
  const rowStart = Math.max(0, Math.floor((Math.min(...vs) - window.v0) / dv));
  const rowEnd = Math.min(height - 1, Math.ceil((Math.max(...vs) - window.v0) / dv));
  for (let row = rowStart; row <= rowEnd; row++) {
    const v = window.v0 + (row + 0.5) * dv;
    const crossings: number[] = [];
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const [ui, vi] = polygon[i]!;
      const [uj, vj] = polygon[j]!;
      if (vi > v !== vj > v) crossings.push(ui + ((v - vi) / (vj - vi)) * (uj - ui));
    }
    crossings.sort((a, b) => a - b);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const colStart = Math.max(0, Math.ceil((crossings[k]! - window.u0) / du - 0.5));
      const colEnd = Math.min(width - 1, Math.floor((crossings[k + 1]! - window.u0) / du - 0.5));
      for (let col = colStart; col <= colEnd; col++) texels.push(row * width + col);
    }
  }
  return texels;
}

/**
 * Fills each polygon into the mask, written as its index + 1. Every region keeps one layer
 * (channel) everywhere: the first layer none of its texels already uses. A fixed layer lets
 * the shader find a region's edge from the change of that one channel. Throws if a region
 * overlaps regions in all four layers.
 */
export function rasterizeRegions(
  polygons: readonly (readonly Point2[])[],
  width: number,
  height: number,
  window: ChartWindow,
): RegionMask {
  if (polygons.length > 254) throw new Error('a region mask holds at most 254 regions');
  const data = new Uint8Array(width * height * MASK_LAYERS);
  const layers: number[] = [];
  polygons.forEach((polygon, index) => {
    const texels = coveredTexels(polygon, width, height, window);
    let layer = 0;
    while (layer < MASK_LAYERS && texels.some((t) => data[t * MASK_LAYERS + layer] !== 0)) layer++;
    if (layer === MASK_LAYERS) throw new Error(`region ${index} overlaps regions in all ${MASK_LAYERS} layers of the mask`);
    for (const t of texels) data[t * MASK_LAYERS + layer] = index + 1;
    layers.push(layer);
  });
  return { width, height, window, data, layers };
}

/** Indices of the regions under chart point (u, v), or [] outside the mask. */
export function regionsAt(mask: RegionMask, u: number, v: number): number[] {
  const { window, width, height, data } = mask;
  const col = Math.floor(((u - window.u0) / (window.u1 - window.u0)) * width);
  const row = Math.floor(((v - window.v0) / (window.v1 - window.v0)) * height);
  if (!(col >= 0 && col < width && row >= 0 && row < height)) return [];
  const found: number[] = [];
  const texel = (row * width + col) * MASK_LAYERS;
  for (let layer = 0; layer < MASK_LAYERS; layer++) {
    const id = data[texel + layer]!;
    if (id !== 0) found.push(id - 1);
  }
  return found;
}

/**
 * Which region a point picks where several overlap: an avoid-zone beats a target (the warning
 * must never hide under the muscle it sits on), and otherwise the smaller region wins (the
 * more specific part, e.g. the upper lid over the whole orbital ring). Lower rank wins.
 */
export function pickRank(kind: 'target' | 'avoid', polygon: readonly Point2[]): number {
  return (kind === 'avoid' ? 0 : 1) * 1e6 + Math.abs(signedArea(polygon));
}

export function pickRegion(
  mask: RegionMask,
  u: number,
  v: number,
  rank: readonly number[],
  pickable: (index: number) => boolean = () => true,
): number | null {
  let best: number | null = null;
  for (const index of regionsAt(mask, u, v)) {
    if (!pickable(index)) continue;
    if (best === null || rank[index]! < rank[best]!) best = index;
  }
  return best;
}
