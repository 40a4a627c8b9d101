import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { orbitFrames } from './benchOrbit';

declare global {
  interface Window {
    __atlasBench?: { orbit: (frames: number) => number };
  }
}

/**
 * Only with `?bench` in the address: lets the benchmark render orbiting frames synchronously
 * (same scene, same renderer) and time them, exactly as it does on the bare three.js page.
 */
export function BenchHook() {
  const { gl, scene, camera } = useThree();
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('bench')) return;
    window.__atlasBench = { orbit: (frames) => orbitFrames(gl, scene, camera, frames) };
    return () => {
      delete window.__atlasBench;
    };
  }, [gl, scene, camera]);
  return null;
}
