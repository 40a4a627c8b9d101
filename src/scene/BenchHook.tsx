import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';

declare global {
  interface Window {
    __atlasBench?: { orbit: (frames: number) => number };
  }
}

const AXIS = new Vector3(0, 1, 0);

/**
 * Only with `?bench` in the address: lets the benchmark render orbiting frames synchronously
 * (same scene, same renderer) and time them, exactly as it does on the bare three.js page.
 */
export function BenchHook() {
  const { gl, scene, camera, controls } = useThree();
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('bench')) return;
    const target = new Vector3(0, 0.5, -2.5);
    const pixel = new Uint8Array(4);
    window.__atlasBench = {
      orbit: (frames) => {
        const context = gl.getContext();
        const start = performance.now();
        for (let i = 0; i < frames; i++) {
          camera.position
            .sub(target)
            .applyAxisAngle(AXIS, (3 * Math.PI) / 180)
            .add(target);
          camera.lookAt(target);
          gl.render(scene, camera);
        }
        context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
        return (performance.now() - start) / frames;
      },
    };
    return () => {
      delete window.__atlasBench;
    };
  }, [gl, scene, camera, controls]);
  return null;
}
