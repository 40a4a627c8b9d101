import { Vector3, type Camera, type Object3D, type WebGLRenderer } from 'three';

const AXIS = new Vector3(0, 1, 0);
const TARGET = new Vector3(0, 0.5, -2.5);
const pixel = new Uint8Array(4);

/**
 * Renders `frames` frames synchronously while turning the camera 3 degrees a frame about the
 * head, waits for the GPU (a one-pixel read), and returns the mean time per frame in ms. The
 * app (with `?bench`) and the bare benchmark page both use this, so both are timed alike.
 */
export function orbitFrames(renderer: WebGLRenderer, scene: Object3D, camera: Camera, frames: number): number {
  const context = renderer.getContext();
  const start = performance.now();
  for (let i = 0; i < frames; i++) {
    camera.position
      .sub(TARGET)
      .applyAxisAngle(AXIS, (3 * Math.PI) / 180)
      .add(TARGET);
    camera.lookAt(TARGET);
    renderer.render(scene, camera);
  }
  context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
  return (performance.now() - start) / frames;
}
