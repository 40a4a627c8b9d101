import {
  BufferAttribute,
  BufferGeometry,
  type InterleavedBufferAttribute,
  type Mesh,
  type Object3D,
  Sphere,
  type TypedArray,
  Vector3,
} from 'three';

/** The head as the app uses it: geometry in centimetres, MediaPipe's frame. */
export interface HeadGeometry {
  skin: BufferGeometry;
  eyes: BufferGeometry;
  ears: BufferGeometry;
  /** Skin vertices 0..coarseVertexCount-1 are the canonical and named extra landmarks. */
  coarseVertexCount: number;
}

const PARTS = ['skin', 'eyes', 'ears'] as const;

/** What one stored unit of a normalized integer attribute is worth (glTF's rules). */
function normalizedStep(array: TypedArray): number {
  if (array instanceof Uint8Array) return 1 / 255;
  if (array instanceof Uint16Array) return 1 / 65535;
  if (array instanceof Int8Array) return 1 / 127;
  if (array instanceof Int16Array) return 1 / 32767;
  return 1;
}

/**
 * Copies `components` of each item of a (possibly interleaved, quantized) attribute into a
 * new float array, times `scale`, starting at component `first`. Plain loops over the typed
 * array rather than getX(): this runs once, cold, on the path to the first frame, where the
 * generic accessors cost several times more.
 */
export function readComponents(
  attribute: BufferAttribute | InterleavedBufferAttribute,
  components: number,
  { scale = 1, first = 0 } = {},
): Float32Array {
  const interleaved = 'isInterleavedBufferAttribute' in attribute && attribute.isInterleavedBufferAttribute;
  const array = interleaved ? attribute.data.array : attribute.array;
  const stride = interleaved ? attribute.data.stride : attribute.itemSize;
  const offset = (interleaved ? attribute.offset : 0) + first;
  const factor = scale * (attribute.normalized ? normalizedStep(array) : 1);
  const signed = attribute.normalized && (array instanceof Int8Array || array instanceof Int16Array);
  const count = attribute.count;
  const out = new Float32Array(count * components);
  for (let i = 0, from = offset, to = 0; i < count; i++, from += stride) {
    for (let c = 0; c < components; c++, to++) {
      const value = array[from + c]! * factor;
      // A signed normalized integer's minimum is -1, not slightly beyond it.
      out[to] = signed && value < -scale ? -scale : value;
    }
  }
  return out;
}

/**
 * Area-weighted vertex normals of an indexed triangle mesh (as three's computeVertexNormals,
 * on typed arrays): each face adds its unnormalised normal to its corners, then each vertex
 * normal is normalised.
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

/** The sphere three's computeBoundingSphere gives (centred on the box, radius to the farthest point), on typed arrays. */
export function boundingSphere(positions: Float32Array): Sphere {
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
  return new Sphere(new Vector3(cx, cy, cz), Math.sqrt(farthest));
}

/**
 * Turns the loaded glTF scene into float geometry in centimetres: positions are stored as
 * integers under a node scale, and the region chart as integers with a step in the extras.
 * Normals are computed here rather than shipped, which keeps the model small.
 */
export function headFromScene(scene: Object3D): HeadGeometry {
  const found = new Map<string, Mesh>();
  scene.traverse((object) => {
    if ((object as Mesh).isMesh && PARTS.includes(object.name as (typeof PARTS)[number])) found.set(object.name, object as Mesh);
  });
  const part = (name: (typeof PARTS)[number]) => {
    const mesh = found.get(name);
    if (!mesh) throw new Error(`head model has no "${name}" mesh`);
    const source = mesh.geometry;
    const index = source.getIndex();
    if (!index) throw new Error(`head model's "${name}" mesh has no index`);
    const geometry = new BufferGeometry();
    const positions = readComponents(source.getAttribute('position'), 3, { scale: mesh.scale.x });
    geometry.setAttribute('position', new BufferAttribute(positions, 3));
    // Vertex alpha is occlusion (how much light reaches the skin there), not transparency.
    const color = source.getAttribute('color');
    if (color) {
      geometry.setAttribute('color', new BufferAttribute(readComponents(color, 3), 3));
      const occlusion = color.itemSize === 4 ? readComponents(color, 1, { first: 3 }) : new Float32Array(color.count).fill(1);
      geometry.setAttribute('occlusion', new BufferAttribute(occlusion, 1));
    }
    const chart = source.getAttribute('_chart');
    const step = (mesh.userData as { chartStep?: number }).chartStep;
    if (chart && step) {
      // u and v are stored in steps; the third component (valid) is a plain 0/1.
      const uv = readComponents(chart, 2, { scale: step });
      const valid = readComponents(chart, 1, { first: 2 });
      const values = new Float32Array(chart.count * 3);
      for (let i = 0; i < chart.count; i++) {
        values[i * 3] = uv[i * 2]!;
        values[i * 3 + 1] = uv[i * 2 + 1]!;
        values[i * 3 + 2] = valid[i]!;
      }
      geometry.setAttribute('chart', new BufferAttribute(values, 3));
    }
    geometry.setIndex(index);
    geometry.setAttribute('normal', new BufferAttribute(vertexNormals(positions, index.array), 3));
    geometry.boundingSphere = boundingSphere(positions);
    return { geometry, mesh };
  };
  const skin = part('skin');
  const coarseVertexCount = (skin.mesh.userData as { coarseVertexCount?: number }).coarseVertexCount;
  if (!coarseVertexCount) throw new Error('head model does not say how many landmark vertices it has');
  return { skin: skin.geometry, eyes: part('eyes').geometry, ears: part('ears').geometry, coarseVertexCount };
}

/** Position of landmark `id` (a skin vertex) in centimetres. */
export function landmarkPosition(head: HeadGeometry, id: number): [number, number, number] {
  if (!Number.isInteger(id) || id < 0 || id >= head.coarseVertexCount) throw new Error(`no landmark ${id}`);
  const p = head.skin.getAttribute('position');
  return [p.getX(id), p.getY(id), p.getZ(id)];
}
