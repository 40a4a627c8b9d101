/**
 * A minimal glTF 2.0 binary writer: one node per primitive, quantized attributes
 * (KHR_mesh_quantization) and meshopt-compressed buffer views (EXT_meshopt_compression,
 * which three.js's GLTFLoader decodes with its bundled decoder; nothing is fetched).
 * Vertex order is never changed: vertex i of the skin stays landmark i.
 */
import { MeshoptEncoder } from 'meshoptimizer';

export type ComponentType = 'i8' | 'u8' | 'i16' | 'u16' | 'u32' | 'f32';

const GL: Record<ComponentType, { code: number; bytes: number }> = {
  i8: { code: 5120, bytes: 1 },
  u8: { code: 5121, bytes: 1 },
  i16: { code: 5122, bytes: 2 },
  u16: { code: 5123, bytes: 2 },
  u32: { code: 5125, bytes: 4 },
  f32: { code: 5126, bytes: 4 },
};

export interface AttributeSpec {
  name: string;
  values: ArrayLike<number>;
  components: 1 | 2 | 3 | 4;
  type: ComponentType;
  normalized?: boolean;
  /**
   * OCTAHEDRAL: unit vectors (values as floats) stored as meshopt's octahedral encoding in 8
   * bits, which compresses far better than plain int8 xyz; decoders give back int8 xyz.
   */
  filter?: 'OCTAHEDRAL';
}

export interface PrimitiveSpec {
  name: string;
  attributes: AttributeSpec[];
  indices: ArrayLike<number>;
  /** Node scale that turns stored integer positions back into centimetres. */
  scale?: number;
  extras?: Record<string, unknown>;
}

/**
 * Triangles in vertex-cache order, so the index codec packs them tightly, while every
 * vertex keeps its id: meshopt's reorder renumbers vertices, so its renumbering is undone.
 */
function cacheOrderedTriangles(indices: ArrayLike<number>, vertexCount: number): Uint32Array {
  const reordered = Uint32Array.from(indices);
  const [remap] = MeshoptEncoder.reorderMesh(reordered, true, false);
  const original = new Uint32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) if (remap[v]! !== 0xffffffff) original[remap[v]!] = v;
  return reordered.map((i) => original[i]!);
}

const TYPE_NAMES = ['', 'SCALAR', 'VEC2', 'VEC3', 'VEC4'];

function typedArray(type: ComponentType, length: number) {
  switch (type) {
    case 'i8':
      return new Int8Array(length);
    case 'u8':
      return new Uint8Array(length);
    case 'i16':
      return new Int16Array(length);
    case 'u16':
      return new Uint16Array(length);
    case 'u32':
      return new Uint32Array(length);
    case 'f32':
      return new Float32Array(length);
  }
}

export async function writeGlb(primitives: PrimitiveSpec[], assetExtras: Record<string, unknown>): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const chunks: Uint8Array[] = [];
  let byteLength = 0;
  const bufferViews: unknown[] = [];
  const accessors: unknown[] = [];

  const addView = (
    raw: Uint8Array,
    count: number,
    stride: number,
    mode: 'ATTRIBUTES' | 'TRIANGLES',
    target: number,
    filter?: 'OCTAHEDRAL',
  ) => {
    const encoded = MeshoptEncoder.encodeGltfBuffer(raw, count, stride, mode);
    const offset = byteLength;
    const padded = new Uint8Array(Math.ceil(encoded.length / 4) * 4);
    padded.set(encoded);
    chunks.push(padded);
    byteLength += padded.length;
    bufferViews.push({
      buffer: 1,
      byteLength: raw.length,
      ...(mode === 'ATTRIBUTES' ? { byteStride: stride } : {}),
      target,
      extensions: {
        EXT_meshopt_compression: {
          buffer: 0,
          byteOffset: offset,
          byteLength: encoded.length,
          byteStride: stride,
          mode,
          count,
          ...(filter ? { filter } : {}),
        },
      },
    });
    return bufferViews.length - 1;
  };

  const meshes = primitives.map((primitive) => {
    const vertexCount = primitive.attributes[0]!.values.length / primitive.attributes[0]!.components;
    const attributes: Record<string, number> = {};
    for (const attribute of primitive.attributes) {
      const { bytes, code } = GL[attribute.type];
      if (attribute.filter === 'OCTAHEDRAL') {
        const unit = new Float32Array(vertexCount * 4);
        for (let v = 0; v < vertexCount; v++) for (let c = 0; c < 3; c++) unit[v * 4 + c] = attribute.values[v * 3 + c]!;
        const bufferView = addView(
          MeshoptEncoder.encodeFilterOct(unit, vertexCount, 4, 8),
          vertexCount,
          4,
          'ATTRIBUTES',
          34962,
          'OCTAHEDRAL',
        );
        accessors.push({ bufferView, componentType: GL.i8.code, normalized: true, count: vertexCount, type: 'VEC3' });
        attributes[attribute.name] = accessors.length - 1;
        continue;
      }
      const stride = Math.ceil((bytes * attribute.components) / 4) * 4;
      const raw = new Uint8Array(stride * vertexCount);
      const view = new DataView(raw.buffer);
      const values = typedArray(attribute.type, attribute.values.length);
      values.set(attribute.values as ArrayLike<number>);
      const min = Array(attribute.components).fill(Infinity);
      const max = Array(attribute.components).fill(-Infinity);
      for (let v = 0; v < vertexCount; v++) {
        for (let c = 0; c < attribute.components; c++) {
          const value = values[v * attribute.components + c]!;
          min[c] = Math.min(min[c], value);
          max[c] = Math.max(max[c], value);
          const at = v * stride + c * bytes;
          if (attribute.type === 'f32') view.setFloat32(at, value, true);
          else if (attribute.type === 'i16') view.setInt16(at, value, true);
          else if (attribute.type === 'u16') view.setUint16(at, value, true);
          else if (attribute.type === 'i8') view.setInt8(at, value);
          else if (attribute.type === 'u8') view.setUint8(at, value);
          else view.setUint32(at, value, true);
        }
      }
      const bufferView = addView(raw, vertexCount, stride, 'ATTRIBUTES', 34962);
      accessors.push({
        bufferView,
        componentType: code,
        count: vertexCount,
        type: TYPE_NAMES[attribute.components],
        ...(attribute.normalized ? { normalized: true } : {}),
        ...(attribute.name === 'POSITION' ? { min, max } : {}),
      });
      attributes[attribute.name] = accessors.length - 1;
    }
    const wide = vertexCount > 65535;
    const indexType: ComponentType = wide ? 'u32' : 'u16';
    const indexValues = typedArray(indexType, primitive.indices.length);
    indexValues.set(cacheOrderedTriangles(primitive.indices, vertexCount));
    const indexView = addView(new Uint8Array(indexValues.buffer), indexValues.length, GL[indexType].bytes, 'TRIANGLES', 34963);
    accessors.push({ bufferView: indexView, componentType: GL[indexType].code, count: indexValues.length, type: 'SCALAR' });
    return { name: primitive.name, primitives: [{ attributes, indices: accessors.length - 1, mode: 4 }] };
  });

  const fallbackLength = bufferViews.reduce<number>(
    (sum, view) => sum + Math.ceil((view as { byteLength: number }).byteLength / 4) * 4,
    0,
  );
  const json = {
    asset: { version: '2.0', generator: 'injection-atlas scripts/generate-head.ts', extras: assetExtras },
    extensionsUsed: ['EXT_meshopt_compression', 'KHR_mesh_quantization'],
    extensionsRequired: ['EXT_meshopt_compression', 'KHR_mesh_quantization'],
    scene: 0,
    scenes: [{ nodes: primitives.map((_, i) => i) }],
    nodes: primitives.map((primitive, i) => ({
      name: primitive.name,
      mesh: i,
      ...(primitive.scale ? { scale: [primitive.scale, primitive.scale, primitive.scale] } : {}),
      ...(primitive.extras ? { extras: primitive.extras } : {}),
    })),
    meshes,
    accessors,
    bufferViews,
    buffers: [{ byteLength }, { byteLength: fallbackLength, extensions: { EXT_meshopt_compression: { fallback: true } } }],
  };
  const jsonBytes = new TextEncoder().encode(JSON.stringify(json));
  const jsonPadded = new Uint8Array(Math.ceil(jsonBytes.length / 4) * 4).fill(0x20);
  jsonPadded.set(jsonBytes);
  const total = 12 + 8 + jsonPadded.length + 8 + byteLength;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonPadded.length, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(jsonPadded, 20);
  let offset = 20 + jsonPadded.length;
  view.setUint32(offset, byteLength, true);
  view.setUint32(offset + 4, 0x004e4942, true);
  offset += 8;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
