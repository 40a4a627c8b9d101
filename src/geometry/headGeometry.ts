import { BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';
import type { DecodedHead, DecodedPart } from './decodeHead';

/** The head as the app uses it: geometry in centimetres, MediaPipe's frame. */
export interface HeadGeometry {
  skin: BufferGeometry;
  eyes: BufferGeometry;
  ears: BufferGeometry;
  /** Skin vertices 0..coarseVertexCount-1 are the canonical and named extra landmarks. */
  coarseVertexCount: number;
}

function geometryOf(part: DecodedPart): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(part.positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(part.normals, 3));
  if (part.colors) geometry.setAttribute('color', new BufferAttribute(part.colors, 3));
  // Vertex alpha in the model is occlusion (how much light reaches the skin), not transparency.
  if (part.occlusion) geometry.setAttribute('occlusion', new BufferAttribute(part.occlusion, 1));
  if (part.chart) geometry.setAttribute('chart', new BufferAttribute(part.chart, 3));
  geometry.setIndex(new BufferAttribute(part.index, 1));
  const [x, y, z, radius] = part.sphere;
  geometry.boundingSphere = new Sphere(new Vector3(x, y, z), radius);
  return geometry;
}

/** Wraps the decoded arrays (see decodeHead.ts) as three.js geometry; nothing is copied. */
export function headFromDecoded(decoded: DecodedHead): HeadGeometry {
  return {
    skin: geometryOf(decoded.parts.skin),
    eyes: geometryOf(decoded.parts.eyes),
    ears: geometryOf(decoded.parts.ears),
    coarseVertexCount: decoded.coarseVertexCount,
  };
}

/** Position of landmark `id` (a skin vertex) in centimetres. */
export function landmarkPosition(head: HeadGeometry, id: number): [number, number, number] {
  if (!Number.isInteger(id) || id < 0 || id >= head.coarseVertexCount) throw new Error(`no landmark ${id}`);
  const p = head.skin.getAttribute('position');
  return [p.getX(id), p.getY(id), p.getZ(id)];
}
