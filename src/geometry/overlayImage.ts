import { MASK_LAYERS, type RegionMask } from './regionMask';

/**
 * The region overlay as an image in chart space, composited on the CPU whenever a style
 * changes (hover, selection, layers, side) rather than per pixel per frame on the GPU: the
 * skin shader then costs one texture fetch, as a plain texture map does.
 */
export interface OverlayStyle {
  /** Linear RGB, 0-1. */
  color: [number, number, number];
  fill: number;
  avoid: boolean;
  deep: boolean;
  /** 0 normal, 1 hovered, 2 selected. */
  state: 0 | 1 | 2;
  /** 0 hidden, up to 1 shown (dimmed on the unaffected side). */
  visibility: number;
}

export interface PreparedOverlay {
  /** Per texel and layer: 0 outside the region there, else 1 + distance (texels) to its edge, capped. */
  edge: Uint8Array;
  /** Per region: [col0, row0, col1, row1], inclusive. */
  boxes: [number, number, number, number][];
}

const CAP = 8;
export const RIM_TEXELS = 3;
export const SELECTED_RIM_TEXELS = 5;
const HATCH_PERIOD = 12;
const DASH_PERIOD = 16;
const SELECTED_RIM: [number, number, number] = [1, 0.84, 0.1];

/** Distance of each region texel to its region's edge (two-pass chamfer), and each region's box. */
export function prepareOverlay(mask: RegionMask, regionCount: number): PreparedOverlay {
  const { width, height, data } = mask;
  const edge = new Uint8Array(width * height * MASK_LAYERS);
  const boxes: [number, number, number, number][] = Array.from({ length: regionCount }, () => [width, height, -1, -1]);
  for (let layer = 0; layer < MASK_LAYERS; layer++) {
    const at = (col: number, row: number) => data[(row * width + col) * MASK_LAYERS + layer]!;
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const id = at(col, row);
        if (id === 0) continue;
        const box = boxes[id - 1]!;
        box[0] = Math.min(box[0], col);
        box[1] = Math.min(box[1], row);
        box[2] = Math.max(box[2], col);
        box[3] = Math.max(box[3], row);
        const border =
          col === 0 ||
          row === 0 ||
          col === width - 1 ||
          row === height - 1 ||
          at(col - 1, row) !== id ||
          at(col + 1, row) !== id ||
          at(col, row - 1) !== id ||
          at(col, row + 1) !== id;
        edge[(row * width + col) * MASK_LAYERS + layer] = border ? 1 : CAP;
      }
    }
    const relax = (col: number, row: number, ncol: number, nrow: number) => {
      const i = (row * width + col) * MASK_LAYERS + layer;
      const j = (nrow * width + ncol) * MASK_LAYERS + layer;
      if (edge[i]! > 1 && data[j] === data[i] && edge[j]! + 1 < edge[i]!) edge[i] = edge[j]! + 1;
    };
    for (let row = 1; row < height; row++) {
      for (let col = 1; col < width; col++) {
        relax(col, row, col - 1, row);
        relax(col, row, col, row - 1);
      }
    }
    for (let row = height - 2; row >= 0; row--) {
      for (let col = width - 2; col >= 0; col--) {
        relax(col, row, col + 1, row);
        relax(col, row, col, row + 1);
      }
    }
  }
  return { edge, boxes };
}

/**
 * Composites the regions' fills, hatching and rims into `out` (RGBA8, premultiplied, linear)
 * within the given texel box (the whole mask by default). Regions are painted largest first,
 * avoid-zones last, in `order`. With deepOnly, only deep regions are painted, opaque.
 */
export function composeOverlay(
  mask: RegionMask,
  prepared: PreparedOverlay,
  styles: readonly OverlayStyle[],
  order: readonly number[],
  out: Uint8Array,
  { box, deepOnly = false }: { box?: readonly [number, number, number, number]; deepOnly?: boolean } = {},
): void {
  const { width, data } = mask;
  const [c0, r0, c1, r1] = box ?? [0, 0, width - 1, mask.height - 1];
  const rank = new Int32Array(styles.length + 1);
  order.forEach((regionIndex, position) => (rank[regionIndex + 1] = position));
  const layers = [0, 0, 0, 0];
  for (let row = r0; row <= r1; row++) {
    for (let col = c0; col <= c1; col++) {
      const texel = (row * width + col) * MASK_LAYERS;
      const o = (row * width + col) * 4;
      // Most texels hold no region: clear them without the work below.
      let count = 0;
      for (let layer = 0; layer < MASK_LAYERS; layer++) {
        if (data[texel + layer] === 0) continue;
        // Insertion by paint order: larger regions first, avoid-zones last.
        let k = count++;
        while (k > 0 && rank[data[texel + layers[k - 1]!]!]! > rank[data[texel + layer]!]!) {
          layers[k] = layers[k - 1]!;
          k--;
        }
        layers[k] = layer;
      }
      if (count === 0) {
        out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
        continue;
      }
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let k = 0; k < count; k++) {
        const layer = layers[k]!;
        const id = data[texel + layer]!;
        const style = styles[id - 1]!;
        if (style.visibility <= 0 || (deepOnly && !style.deep)) continue;
        let fill = deepOnly ? 1 : style.fill * style.visibility;
        if (!deepOnly) {
          if (style.avoid) fill *= (col + row) % HATCH_PERIOD < 4 ? 1.6 : 0.35;
          else if (style.deep) fill *= 0.55;
          if (style.state === 2) fill += 0.2;
          else if (style.state === 1) fill += 0.14;
        }
        fill = Math.min(0.95, fill);
        // "over": premultiplied source over premultiplied destination.
        r = style.color[0] * fill + r * (1 - fill);
        g = style.color[1] * fill + g * (1 - fill);
        b = style.color[2] * fill + b * (1 - fill);
        a = fill + a * (1 - fill);
        if (deepOnly) continue;
        const distance = prepared.edge[texel + layer]! - 1;
        const rim = style.state === 2 ? SELECTED_RIM_TEXELS : RIM_TEXELS;
        if (distance < rim && !(style.deep && style.state !== 2 && (col - row + 1024) % DASH_PERIOD < DASH_PERIOD / 2)) {
          const colour = style.state === 2 ? SELECTED_RIM : style.color.map((c) => c * 0.45);
          const strength = style.state === 2 ? 1 : Math.min(1, style.visibility * 0.95);
          r = colour[0]! * strength + r * (1 - strength);
          g = colour[1]! * strength + g * (1 - strength);
          b = colour[2]! * strength + b * (1 - strength);
          a = strength + a * (1 - strength);
        }
      }
      out[o] = Math.round(r * 255);
      out[o + 1] = Math.round(g * 255);
      out[o + 2] = Math.round(b * 255);
      out[o + 3] = Math.round(a * 255);
    }
  }
}

/** The union of boxes, for recompositing only what a style change touched. */
export function unionBox(boxes: readonly (readonly [number, number, number, number])[]): [number, number, number, number] | null {
  const valid = boxes.filter((b) => b[2] >= b[0]);
  if (valid.length === 0) return null;
  return [
    Math.min(...valid.map((b) => b[0])),
    Math.min(...valid.map((b) => b[1])),
    Math.max(...valid.map((b) => b[2])),
    Math.max(...valid.map((b) => b[3])),
  ];
}
