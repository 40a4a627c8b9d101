import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { CameraControls } from '@react-three/drei';
import type CameraControlsImpl from 'camera-controls';
import { Vector3 } from 'three';
import { VIEWS } from '../atlas/views';
import { orbitPosition } from '../geometry/orbit';
import { useAtlas } from '../state/store';

const DEG = Math.PI / 180;

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Orbit and zoom within limits that keep the head upright and the camera outside it; flies to
 * whatever the store asks for (a preset, a region's view, a deep link), eased, or cut when the
 * user prefers less motion. Reports where the camera came to rest, for share links.
 */
export function CameraRig() {
  const controls = useRef<CameraControlsImpl>(null);
  const invalidate = useThree((s) => s.invalidate);
  const goal = useAtlas((s) => s.cameraGoal);
  const request = useAtlas((s) => s.cameraRequest);
  const leaveView = useAtlas((s) => s.leaveView);
  const cameraRested = useAtlas((s) => s.cameraRested);
  const { limits } = VIEWS;

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const position = orbitPosition(goal.target, goal.azimuthDeg, goal.polarDeg, goal.distance);
    void c.setLookAt(...position, ...goal.target, request > 0 && !prefersReducedMotion());
    // A cut (no transition) raises no control event: ask for the frame that shows it.
    invalidate();
  }, [goal, request, invalidate]);

  const onRest = () => {
    const c = controls.current;
    if (!c) return;
    const target = c.getTarget(new Vector3());
    const round = (x: number) => Math.round(x * 100) / 100;
    let azimuth = (c.azimuthAngle / DEG) % 360;
    if (azimuth > 180) azimuth -= 360;
    if (azimuth < -180) azimuth += 360;
    cameraRested({
      target: [round(target.x), round(target.y), round(target.z)],
      azimuthDeg: round(azimuth),
      polarDeg: round(c.polarAngle / DEG),
      distance: round(c.distance),
    });
  };

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
      onRest={onRest}
    />
  );
}
