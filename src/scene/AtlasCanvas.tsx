import { Suspense } from 'react';
import { Canvas } from '@react-three/fiber';
import { NeutralToneMapping, type Raycaster } from 'three';
import { VIEWS, findView, DEFAULT_VIEW_ID } from '../atlas/views';
import { orbitPosition } from '../geometry/orbit';
import { CameraRig } from './CameraRig';
import { BenchHook } from './BenchHook';
import { Lights } from './Lights';
import { HeadLoader } from './HeadLoader';
import { selectRegion } from '../state/selectRegion';

const start = findView(DEFAULT_VIEW_ID)!;

/** The 3D scene: renders on demand only, so an idle atlas costs nothing. */
export default function AtlasCanvas() {
  return (
    <Canvas
      frameloop="demand"
      resize={{ debounce: 0, scroll: false }}
      raycaster={{ firstHitOnly: true } as Partial<Raycaster>}
      dpr={[1, 2]}
      // preserveDrawingBuffer lets the browser tests read the canvas back; measured: no cost here.
      gl={{ antialias: true, alpha: true, toneMapping: NeutralToneMapping, preserveDrawingBuffer: true }}
      camera={{
        fov: 26,
        near: 1,
        far: 400,
        position: orbitPosition(VIEWS.target, start.azimuthDeg, start.polarDeg, start.distance),
      }}
      aria-label="3D head"
      onPointerMissed={() => selectRegion(null)}
      onCreated={() => performance.mark('atlas:canvas-created')}
    >
      <Lights />
      <Suspense fallback={null}>
        <HeadLoader />
      </Suspense>
      <CameraRig />
      <BenchHook />
    </Canvas>
  );
}
