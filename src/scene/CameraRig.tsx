import { useEffect, useRef } from 'react';
import { CameraControls } from '@react-three/drei';
import type CameraControlsImpl from 'camera-controls';
import { VIEWS, findView } from '../atlas/views';
import { orbitPosition } from '../geometry/orbit';
import { useAtlas } from '../state/store';

const DEG = Math.PI / 180;

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Orbit and zoom within limits that keep the head upright and the camera outside it; moves to
 * a preset whenever the store asks for one (eased, or cut when the user prefers less motion).
 */
export function CameraRig() {
  const controls = useRef<CameraControlsImpl>(null);
  const view = useAtlas((s) => s.view);
  const viewRequest = useAtlas((s) => s.viewRequest);
  const leaveView = useAtlas((s) => s.leaveView);
  const { limits, target } = VIEWS;

  useEffect(() => {
    const preset = view ? findView(view) : undefined;
    if (!controls.current || !preset) return;
    const position = orbitPosition(target, preset.azimuthDeg, preset.polarDeg, preset.distance);
    void controls.current.setLookAt(...position, ...target, viewRequest > 0 && !prefersReducedMotion());
    // viewRequest re-runs this effect when the same preset is asked for again.
  }, [view, viewRequest, target]);

  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={limits.minDistance}
      maxDistance={limits.maxDistance}
      minPolarAngle={limits.minPolarDeg * DEG}
      maxPolarAngle={limits.maxPolarDeg * DEG}
      smoothTime={0.35}
      onStart={() => leaveView()}
    />
  );
}
