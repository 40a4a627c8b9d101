/**
 * Decodes MediaPipe's canonical face mesh (468 landmarks, 898 triangles) from the packed
 * assets shipped in the npm package @mediapipe/face_mesh (Apache-2.0).
 *
 * The mesh lives in geometry_pipeline_metadata_landmarks.binarypb inside
 * face_mesh_solution_packed_assets.data; the byte range is read from the package's loader
 * script, never hard-coded, so a new package version cannot silently shift it.
 */

export interface CanonicalMesh {
  /** x, y, z per vertex, centimetres; +x is the subject's left, +y up, +z toward the viewer. */
  positions: Float32Array;
  /** u, v per vertex, top-left origin, as MediaPipe ships them. */
  uvs: Float32Array;
  /** Three vertex indices per triangle, outward (counter-clockwise) winding. */
  indices: Uint32Array;
}

const METADATA_FILE = 'geometry_pipeline_metadata_landmarks.binarypb';

/** Finds the [start, end) byte range of the landmark metadata in the packed-assets loader. */
export function findMetadataRange(loaderSource: string): [number, number] {
  const pattern = new RegExp(
    `"filename"\\s*:\\s*"[^"]*${METADATA_FILE.replace(/\./g, '\\.')}"\\s*,\\s*"start"\\s*:\\s*(\\d+)\\s*,\\s*"end"\\s*:\\s*(\\d+)`,
  );
  const match = pattern.exec(loaderSource);
  if (!match) throw new Error(`${METADATA_FILE} is not listed in the packed-assets loader`);
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (!(end > start)) throw new Error(`${METADATA_FILE}: empty byte range [${start}, ${end})`);
  return [start, end];
}

class ProtoReader {
  pos = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly end = bytes.length,
  ) {}

  done(): boolean {
    return this.pos >= this.end;
  }

  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new Error('truncated varint');
      const byte = this.bytes[this.pos++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
      if (shift > 49) throw new Error('varint too long');
    }
  }

  float32(): number {
    if (this.pos + 4 > this.end) throw new Error('truncated float');
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, 4);
    this.pos += 4;
    return view.getFloat32(0, true);
  }

  /** Returns [start, end) of a length-delimited field and skips it. */
  lengthDelimited(): [number, number] {
    const length = this.varint();
    const start = this.pos;
    this.pos += length;
    if (this.pos > this.end) throw new Error('truncated length-delimited field');
    return [start, this.pos];
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 2) this.lengthDelimited();
    else if (wireType === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wireType}`);
  }
}

/**
 * Parses the metadata protobuf: field 1 is a Mesh3d whose field 3 holds the vertex buffer
 * (repeated non-packed floats, five per vertex: x, y, z, u, v) and field 4 the index buffer
 * (repeated non-packed varints).
 */
export function decodeMetadata(bytes: Uint8Array): CanonicalMesh {
  const top = new ProtoReader(bytes);
  let meshRange: [number, number] | undefined;
  while (!top.done()) {
    const key = top.varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (field === 1 && wire === 2) meshRange = top.lengthDelimited();
    else top.skip(wire);
  }
  if (!meshRange) throw new Error('no Mesh3d (field 1) in the metadata');

  const mesh = new ProtoReader(bytes, meshRange[1]);
  mesh.pos = meshRange[0];
  const vertexBuffer: number[] = [];
  const indexBuffer: number[] = [];
  while (!mesh.done()) {
    const key = mesh.varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (field === 3 && wire === 5) vertexBuffer.push(mesh.float32());
    else if (field === 4 && wire === 0) indexBuffer.push(mesh.varint());
    else mesh.skip(wire);
  }
  if (vertexBuffer.length === 0 || vertexBuffer.length % 5 !== 0) {
    throw new Error(`vertex buffer holds ${vertexBuffer.length} floats, not a multiple of 5`);
  }
  if (indexBuffer.length === 0 || indexBuffer.length % 3 !== 0) {
    throw new Error(`index buffer holds ${indexBuffer.length} indices, not a multiple of 3`);
  }
  const count = vertexBuffer.length / 5;
  const positions = new Float32Array(count * 3);
  const uvs = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    positions.set(vertexBuffer.slice(i * 5, i * 5 + 3), i * 3);
    uvs.set(vertexBuffer.slice(i * 5 + 3, i * 5 + 5), i * 2);
  }
  const indices = Uint32Array.from(indexBuffer);
  for (const index of indices) {
    if (index >= count) throw new Error(`index ${index} is out of range (${count} vertices)`);
  }
  return { positions, uvs, indices };
}

/** Decodes the canonical mesh from the package's packed data file and loader script. */
export function decodeFaceMesh(packedData: Uint8Array, loaderSource: string): CanonicalMesh {
  const [start, end] = findMetadataRange(loaderSource);
  if (end > packedData.length) {
    throw new Error(`${METADATA_FILE} range ends at ${end}, past the data file (${packedData.length} bytes)`);
  }
  return decodeMetadata(packedData.subarray(start, end));
}
