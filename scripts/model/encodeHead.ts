/**
 * Turns the built head into glTF primitives: positions as int16 in 1/1000 cm (node scale
 * 0.001), normals as int8, colours as uint8 (alpha = occlusion), the region chart as int16 in
 * 1/10000 units.
 */
import type { HeadModel } from './buildHead.ts';
import type { Primitive } from './eyeball.ts';
import type { PrimitiveSpec } from './writeGlb.ts';
import { srgbToLinear } from '../../src/geometry/colour.ts';
import { vertexNormals } from '../../src/geometry/decodeHead.ts';

export const POSITION_STEP = 0.001;
export const CHART_STEP = 0.0001;

const quantize = (values: ArrayLike<number>, step: number) => Array.from(values, (v) => Math.round(v / step));
const toByte = (values: ArrayLike<number>, max: number) =>
  Array.from(values, (v) => Math.round(Math.max(-1, Math.min(1, v)) * max));

/** Colour in RGB; alpha carries the occlusion (1 = open skin), never transparency. */
function rgba(colors: number[], occlusion?: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < colors.length; i += 3) {
    // Colours are authored in sRGB; glTF vertex colours are linear.
    out.push(...toByte(colors.slice(i, i + 3).map(srgbToLinear), 255), Math.round((occlusion?.[i / 3] ?? 1) * 255));
  }
  return out;
}

/**
 * Normals shipped with the model (octahedral int8, as KHR_mesh_quantization and meshopt allow), so the app need not
 * compute them before its first picture of the head: the same area-weighted normals the app
 * would compute from the stored (quantized) positions.
 */
function shippedNormals(storedPositions: number[], indices: ArrayLike<number>): Float32Array {
  return vertexNormals(
    Float32Array.from(storedPositions, (v) => v * POSITION_STEP),
    indices,
  );
}

function basic(name: string, primitive: Primitive, occlusion?: number[]): PrimitiveSpec {
  const positions = quantize(primitive.positions, POSITION_STEP);
  return {
    name,
    scale: POSITION_STEP,
    attributes: [
      { name: 'POSITION', values: positions, components: 3, type: 'i16' },
      {
        name: 'NORMAL',
        values: shippedNormals(positions, primitive.indices),
        components: 3,
        type: 'i8',
        normalized: true,
        filter: 'OCTAHEDRAL',
      },
      { name: 'COLOR_0', values: rgba(primitive.colors, occlusion), components: 4, type: 'u8', normalized: true },
    ],
    indices: primitive.indices,
  };
}

export function headPrimitives(head: HeadModel): PrimitiveSpec[] {
  const skin = basic('skin', head.skin, head.skin.occlusion);
  skin.attributes.push({ name: '_CHART', values: quantize(head.skin.chart, CHART_STEP), components: 3, type: 'i16' });
  skin.extras = { coarseVertexCount: head.coarseVertexCount, chartStep: CHART_STEP };
  return [skin, basic('eyes', head.eyes), basic('ears', head.ears)];
}
