import { BufferAttribute, BufferGeometry, type Mesh, type Object3D } from 'three';

/** The head as the app uses it: geometry in centimetres, MediaPipe's frame. */
export interface HeadGeometry {
  skin: BufferGeometry;
  eyes: BufferGeometry;
  ears: BufferGeometry;
  /** Skin vertices 0..coarseVertexCount-1 are the canonical and named extra landmarks. */
  coarseVertexCount: number;
}

const PARTS = ['skin', 'eyes', 'ears'] as const;

/**
 * Turns the loaded glTF scene into float geometry in centimetres: positions are stored as
 * integers under a node scale, and the region chart as integers with a step in the extras.
 * Normals are recomputed here rather than shipped, which keeps the model small.
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
    const position = source.getAttribute('position');
    const scale = mesh.scale.x;
    const geometry = new BufferGeometry();
    const positions = new Float32Array(position.count * 3);
    for (let i = 0; i < position.count; i++) {
      positions[i * 3] = position.getX(i) * scale;
      positions[i * 3 + 1] = position.getY(i) * scale;
      positions[i * 3 + 2] = position.getZ(i) * scale;
    }
    geometry.setAttribute('position', new BufferAttribute(positions, 3));
    // Vertex alpha is occlusion (how much light reaches the skin there), not transparency.
    const color = source.getAttribute('color');
    if (color) {
      const rgb = new Float32Array(color.count * 3);
      const occlusion = new Float32Array(color.count);
      for (let i = 0; i < color.count; i++) {
        rgb[i * 3] = color.getX(i);
        rgb[i * 3 + 1] = color.getY(i);
        rgb[i * 3 + 2] = color.getZ(i);
        occlusion[i] = color.itemSize === 4 ? color.getW(i) : 1;
      }
      geometry.setAttribute('color', new BufferAttribute(rgb, 3));
      geometry.setAttribute('occlusion', new BufferAttribute(occlusion, 1));
    }
    const chart = source.getAttribute('_chart');
    const step = (mesh.userData as { chartStep?: number }).chartStep;
    if (chart && step) {
      const values = new Float32Array(chart.count * 3);
      for (let i = 0; i < chart.count; i++) {
        values[i * 3] = chart.getX(i) * step;
        values[i * 3 + 1] = chart.getY(i) * step;
        values[i * 3 + 2] = chart.getZ(i);
      }
      geometry.setAttribute('chart', new BufferAttribute(values, 3));
    }
    geometry.setIndex(source.getIndex());
    geometry.computeVertexNormals();
    geometry.computeBoundingSphere();
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
