/**
 * Decodes head.glb into plain typed arrays, without three.js: the GLB container, meshopt-
 * compressed buffer views (EXT_meshopt_compression), quantized attributes
 * (KHR_mesh_quantization) turned back into centimetres, and area-weighted normals. It runs in
 * a worker, off the main thread, while the page renders; the scene only wraps the arrays.
 * It reads exactly what scripts/model/writeGlb.ts writes, and says what is wrong otherwise.
 */

export const HEAD_PARTS = ['skin', 'eyes', 'ears'] as const;
export type HeadPart = (typeof HEAD_PARTS)[number];

export interface DecodedPart {
  positions: Float32Array;
  normals: Float32Array;
  /** Linear RGB per vertex. */
  colors?: Float32Array;
  /** How much light reaches each vertex (the mouth and lid folds are darker). */
  occlusion?: Float32Array;
  /** Region chart per vertex: u, v (chart units) and 1 where the chart is valid. */
  chart?: Float32Array;
  index: Uint16Array | Uint32Array;
  /** Bounding sphere: centre x, y, z and radius, as three computes it. */
  sphere: [number, number, number, number];
}

export interface DecodedHead {
  parts: Record<HeadPart, DecodedPart>;
  /** Skin vertices 0..coarseVertexCount-1 are the canonical and named extra landmarks. */
  coarseVertexCount: number;
}

/** The part of meshopt's decoder this needs (three's bundled copy and the npm package agree). */
export interface MeshoptDecoderLike {
  decodeGltfBuffer(target: Uint8Array, count: number, size: number, source: Uint8Array, mode: string, filter?: string): void;
}

interface GltfJson {
  nodes?: { name?: string; mesh?: number; scale?: number[]; extras?: Record<string, unknown> }[];
  meshes?: { primitives: { attributes: Record<string, number>; indices?: number }[] }[];
  accessors?: {
    bufferView?: number;
    byteOffset?: number;
    componentType: number;
    count: number;
    type: string;
    normalized?: boolean;
  }[];
  bufferViews?: {
    byteStride?: number;
    extensions?: {
      EXT_meshopt_compression?: {
        byteOffset?: number;
        byteLength: number;
        byteStride: number;
        mode: string;
        count: number;
        filter?: string;
      };
    };
  }[];
}

const COMPONENTS: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };
type IntArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Uint32Array | Float32Array;
const ARRAYS: Record<number, { make: (buffer: ArrayBuffer) => IntArray; bytes: number; step: number }> = {
  5120: { make: (b) => new Int8Array(b), bytes: 1, step: 1 / 127 },
  5121: { make: (b) => new Uint8Array(b), bytes: 1, step: 1 / 255 },
  5122: { make: (b) => new Int16Array(b), bytes: 2, step: 1 / 32767 },
  5123: { make: (b) => new Uint16Array(b), bytes: 2, step: 1 / 65535 },
  5125: { make: (b) => new Uint32Array(b), bytes: 4, step: 1 },
  5126: { make: (b) => new Float32Array(b), bytes: 4, step: 1 },
};

class HeadModelError extends Error {
  constructor(problem: string) {
    super(`the head model is not readable: ${problem}`);
  }
}

function readContainer(bytes: ArrayBuffer): { json: GltfJson; bin: Uint8Array } {
  const view = new DataView(bytes);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== 0x46546c67) throw new HeadModelError('not a binary glTF file');
  const jsonLength = view.getUint32(12, true);
  if (view.getUint32(16, true) !== 0x4e4f534a || 20 + jsonLength + 8 > bytes.byteLength)
    throw new HeadModelError('its JSON chunk is missing or cut short');
  let json: GltfJson;
  try {
    json = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 20, jsonLength))) as GltfJson;
  } catch {
    throw new HeadModelError('its JSON chunk is not valid JSON');
  }
  const binStart = 20 + jsonLength;
  const binLength = view.getUint32(binStart, true);
  if (view.getUint32(binStart + 4, true) !== 0x004e4942 || binStart + 8 + binLength > bytes.byteLength)
    throw new HeadModelError('its binary chunk is missing or cut short');
  return { json, bin: new Uint8Array(bytes, binStart + 8, binLength) };
}

/** Copies `components` of each item (from component `first`) into floats, times `scale`. */
function readFloats(
  array: IntArray,
  count: number,
  stride: number,
  components: number,
  { scale = 1, first = 0, normalized = false, step = 1 } = {},
): Float32Array {
  const factor = scale * (normalized ? step : 1);
  // A signed normalized integer's minimum is -1, not slightly beyond it.
  const floor = normalized && (array instanceof Int8Array || array instanceof Int16Array) ? -scale : -Infinity;
  const out = new Float32Array(count * components);
  for (let i = 0, from = first, to = 0; i < count; i++, from += stride) {
    for (let c = 0; c < components; c++, to++) {
      const value = array[from + c]! * factor;
      out[to] = value < floor ? floor : value;
    }
  }
  return out;
}

/**
 * Area-weighted vertex normals of an indexed triangle mesh (as three's computeVertexNormals):
 * each face adds its unnormalised normal to its corners, then each normal is normalised.
 */
export function vertexNormals(positions: Float32Array, index: ArrayLike<number>): Float32Array {
  const normals = new Float32Array(positions.length);
  for (let f = 0; f < index.length; f += 3) {
    const a = index[f]! * 3;
    const b = index[f + 1]! * 3;
    const c = index[f + 2]! * 3;
    const bx = positions[b]!;
    const by = positions[b + 1]!;
    const bz = positions[b + 2]!;
    // (c - b) x (a - b)
    const cbx = positions[c]! - bx;
    const cby = positions[c + 1]! - by;
    const cbz = positions[c + 2]! - bz;
    const abx = positions[a]! - bx;
    const aby = positions[a + 1]! - by;
    const abz = positions[a + 2]! - bz;
    const nx = cby * abz - cbz * aby;
    const ny = cbz * abx - cbx * abz;
    const nz = cbx * aby - cby * abx;
    normals[a] = normals[a]! + nx;
    normals[a + 1] = normals[a + 1]! + ny;
    normals[a + 2] = normals[a + 2]! + nz;
    normals[b] = normals[b]! + nx;
    normals[b + 1] = normals[b + 1]! + ny;
    normals[b + 2] = normals[b + 2]! + nz;
    normals[c] = normals[c]! + nx;
    normals[c + 1] = normals[c + 1]! + ny;
    normals[c + 2] = normals[c + 2]! + nz;
  }
  for (let v = 0; v < normals.length; v += 3) {
    const length = Math.hypot(normals[v]!, normals[v + 1]!, normals[v + 2]!) || 1;
    normals[v] = normals[v]! / length;
    normals[v + 1] = normals[v + 1]! / length;
    normals[v + 2] = normals[v + 2]! / length;
  }
  return normals;
}

/** The sphere three's computeBoundingSphere gives: centred on the box, radius to the farthest point. */
export function boundingSphere(positions: Float32Array): [number, number, number, number] {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let c = 0; c < 3; c++) {
      const value = positions[i + c]!;
      if (value < min[c]!) min[c] = value;
      if (value > max[c]!) max[c] = value;
    }
  }
  const cx = (min[0]! + max[0]!) / 2;
  const cy = (min[1]! + max[1]!) / 2;
  const cz = (min[2]! + max[2]!) / 2;
  let farthest = 0;
  for (let i = 0; i < positions.length; i += 3) {
    const dx = positions[i]! - cx;
    const dy = positions[i + 1]! - cy;
    const dz = positions[i + 2]! - cz;
    farthest = Math.max(farthest, dx * dx + dy * dy + dz * dz);
  }
  return [cx, cy, cz, Math.sqrt(farthest)];
}

export function decodeHead(bytes: ArrayBuffer, decoder: MeshoptDecoderLike): DecodedHead {
  const { json, bin } = readContainer(bytes);
  const views = new Map<number, ArrayBuffer>();
  const viewBytes = (index: number): ArrayBuffer => {
    const cached = views.get(index);
    if (cached) return cached;
    const compression = json.bufferViews?.[index]?.extensions?.EXT_meshopt_compression;
    if (!compression) throw new HeadModelError(`buffer view ${index} is not meshopt-compressed`);
    const { byteOffset = 0, byteLength, byteStride, mode, count, filter = 'NONE' } = compression;
    if (byteOffset + byteLength > bin.byteLength) throw new HeadModelError(`buffer view ${index} runs past the data`);
    const target = new Uint8Array(count * byteStride);
    decoder.decodeGltfBuffer(target, count, byteStride, bin.subarray(byteOffset, byteOffset + byteLength), mode, filter);
    views.set(index, target.buffer);
    return target.buffer;
  };
  const accessor = (index: number | undefined, what: string) => {
    const spec = index === undefined ? undefined : json.accessors?.[index];
    const kind = spec && ARRAYS[spec.componentType];
    if (!spec || spec.bufferView === undefined || !kind || !COMPONENTS[spec.type]) throw new HeadModelError(`${what} is missing`);
    const buffer = viewBytes(spec.bufferView);
    const array = kind.make(buffer);
    const stride = (json.bufferViews![spec.bufferView]!.byteStride ?? kind.bytes * COMPONENTS[spec.type]!) / kind.bytes;
    const first = (spec.byteOffset ?? 0) / kind.bytes;
    return { ...spec, array, stride, first, components: COMPONENTS[spec.type]!, step: kind.step };
  };

  const decodePart = (name: HeadPart): { part: DecodedPart; extras: Record<string, unknown> } => {
    const node = json.nodes?.find((n) => n.name === name);
    const primitive = node?.mesh === undefined ? undefined : json.meshes?.[node.mesh]?.primitives[0];
    if (!node || !primitive) throw new HeadModelError(`it has no "${name}" mesh`);
    const attribute = (key: string) =>
      key in primitive.attributes ? accessor(primitive.attributes[key], `${name} ${key}`) : null;
    const position = attribute('POSITION');
    if (!position) throw new HeadModelError(`its "${name}" mesh has no positions`);
    const positions = readFloats(position.array, position.count, position.stride, 3, {
      scale: node.scale?.[0] ?? 1,
      first: position.first,
      normalized: position.normalized,
      step: position.step,
    });
    const indices = accessor(primitive.indices, `${name} indices`);
    const index = indices.array instanceof Uint16Array || indices.array instanceof Uint32Array ? indices.array : null;
    if (!index) throw new HeadModelError(`its "${name}" indices are not 16- or 32-bit`);
    for (let i = 0; i < index.length; i++)
      if (index[i]! >= position.count) throw new HeadModelError(`its "${name}" mesh refers to a vertex it does not have`);
    // Shipped normals (int8) when the model has them; otherwise computed from the positions.
    const normal = attribute('NORMAL');
    const normals = normal
      ? readFloats(normal.array, normal.count, normal.stride, 3, {
          first: normal.first,
          normalized: normal.normalized,
          step: normal.step,
        })
      : vertexNormals(positions, index);
    const part: DecodedPart = { positions, normals, index, sphere: boundingSphere(positions) };
    const color = attribute('COLOR_0');
    if (color) {
      const options = { first: color.first, normalized: color.normalized, step: color.step };
      part.colors = readFloats(color.array, color.count, color.stride, 3, options);
      part.occlusion =
        color.components === 4
          ? readFloats(color.array, color.count, color.stride, 1, { ...options, first: color.first + 3 })
          : new Float32Array(color.count).fill(1);
    }
    const chart = attribute('_CHART');
    const step = node.extras?.chartStep;
    if (chart && typeof step === 'number') {
      // u and v are stored in steps; the third component (valid) is a plain 0/1.
      const uv = readFloats(chart.array, chart.count, chart.stride, 2, { scale: step, first: chart.first });
      const valid = readFloats(chart.array, chart.count, chart.stride, 1, { first: chart.first + 2 });
      const values = new Float32Array(chart.count * 3);
      for (let i = 0; i < chart.count; i++) {
        values[i * 3] = uv[i * 2]!;
        values[i * 3 + 1] = uv[i * 2 + 1]!;
        values[i * 3 + 2] = valid[i]!;
      }
      part.chart = values;
    }
    return { part, extras: node.extras ?? {} };
  };

  const skin = decodePart('skin');
  const coarseVertexCount = skin.extras.coarseVertexCount;
  if (typeof coarseVertexCount !== 'number' || coarseVertexCount <= 0)
    throw new HeadModelError('it does not say how many landmark vertices it has');
  if (!skin.part.chart) throw new HeadModelError('its skin has no region chart');
  return {
    parts: { skin: skin.part, eyes: decodePart('eyes').part, ears: decodePart('ears').part },
    coarseVertexCount,
  };
}

/** The typed arrays' buffers, to hand the decoded head across threads without copying. */
export function transferables(head: DecodedHead): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const part of Object.values(head.parts))
    for (const array of [part.positions, part.normals, part.colors, part.occlusion, part.chart, part.index])
      if (array) buffers.add(array.buffer as ArrayBuffer);
  return [...buffers];
}
