import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerspectiveCamera, Vector3 } from 'three';
import { VIEWS, findView } from '../../src/atlas/views';
import { orbitPosition } from '../../src/geometry/orbit';

const table = JSON.parse(readFileSync(join(import.meta.dirname, '../../models/head-landmarks.json'), 'utf8')) as {
  vertices: { position: number[] };
};

export function landmark(id: number): Vector3 {
  const p = table.vertices.position;
  return new Vector3(p[id * 3], p[id * 3 + 1], p[id * 3 + 2]);
}

/** Where a point on the head appears on the canvas in a preset view (same camera as the app). */
export function projectInView(
  point: Vector3,
  viewId: string,
  box: { x: number; y: number; width: number; height: number },
): { x: number; y: number } {
  const view = findView(viewId)!;
  const camera = new PerspectiveCamera(26, box.width / box.height, 1, 400);
  camera.position.set(...orbitPosition(VIEWS.target, view.azimuthDeg, view.polarDeg, view.distance));
  camera.lookAt(new Vector3(...VIEWS.target));
  camera.updateMatrixWorld();
  const ndc = point.clone().project(camera);
  return { x: box.x + ((ndc.x + 1) / 2) * box.width, y: box.y + ((1 - ndc.y) / 2) * box.height };
}
