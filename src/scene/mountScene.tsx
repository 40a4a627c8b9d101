import { createRoot, events, extend, type ReconcilerRoot, type RootState } from '@react-three/fiber';
import {
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshLambertMaterial,
  NeutralToneMapping,
  SphereGeometry,
  type Raycaster,
} from 'three';
import { VIEWS, findView, DEFAULT_VIEW_ID } from '../atlas/views';
import { CAMERA } from '../geometry/cameraMatrix';
import type { HeadGeometry } from '../geometry/headGeometry';
import { orbitPosition } from '../geometry/orbit';
import { CONTEXT_ATTRIBUTES, takeSceneContext } from '../preload';
import { selectRegion } from '../state/selectRegion';
import { BenchHook } from './BenchHook';
import { CameraRig } from './CameraRig';
import { LoadedHead, loadHead } from './LoadedHead';
import { Lights } from './Lights';
import { SceneErrorBoundary } from './SceneErrorBoundary';

// Only what the scene draws: the catalogue names its classes, so the rest of three can be
// left out of the chunk.
extend({ DirectionalLight, Group, HemisphereLight, Mesh, MeshLambertMaterial, SphereGeometry });

const start = findView(DEFAULT_VIEW_ID)!;

export interface SceneCallbacks {
  /** The scene could not start or failed later (a lost context, a broken model). */
  onError: (message: string) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Starts the 3D head in `host` and returns how to stop it. Not R3F's <Canvas>: that waits
 * for a ResizeObserver round and a React commit before it makes the renderer. Here the root
 * is made on a canvas of the host's measured size as soon as the head is parsed, mounted in
 * one synchronous commit, and its first frame drawn at once. From then on it renders on
 * demand only, so an idle atlas costs nothing.
 */
export function mountScene(host: HTMLElement, { onError }: SceneCallbacks): () => void {
  let root: ReconcilerRoot<HTMLCanvasElement> | null = null;
  let stopped = false;
  const early = takeSceneContext();
  const canvas = early?.canvas ?? document.createElement('canvas');
  const configuration = {
    frameloop: 'demand' as const,
    events,
    dpr: [1, 2] as [number, number],
    raycaster: { firstHitOnly: true } as Partial<Raycaster>,
    // The context the viewport made while this chunk downloaded, when there is one (preload.ts).
    gl: { ...CONTEXT_ATTRIBUTES, toneMapping: NeutralToneMapping, ...(early ? { context: early.context } : {}) },
    camera: {
      fov: CAMERA.fovDeg,
      near: CAMERA.near,
      far: CAMERA.far,
      position: orbitPosition(VIEWS.target, start.azimuthDeg, start.polarDeg, start.distance),
    },
    onPointerMissed: () => selectRegion(null),
    onCreated: (state: RootState) => {
      performance.mark('atlas:canvas-created');
      state.events.connect?.(host);
    },
  };
  const sizeOf = () => {
    const box = host.getBoundingClientRect();
    return { width: box.width, height: box.height, top: box.top, left: box.left };
  };
  const resize = new ResizeObserver(() => {
    const size = sizeOf();
    if (root && size.width > 0 && size.height > 0) root.configure({ ...configuration, size }).catch(fail);
  });
  const fail = (error: unknown) => {
    if (!stopped) onError(messageOf(error));
  };

  const begin = (head: HeadGeometry) => {
    if (stopped) return;
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    host.append(canvas);
    performance.mark('atlas:scene-start');
    root = createRoot(canvas);
    // Synchronous: the renderer is built here and its failure (no WebGL context) thrown here.
    void root.configure({ ...configuration, size: sizeOf() }).catch(fail);
    performance.mark('atlas:renderer-ready');
    const store = root.render(
      <SceneErrorBoundary onError={onError}>
        <Lights />
        <LoadedHead head={head} />
        <CameraRig />
        <BenchHook />
      </SceneErrorBoundary>,
    );
    // The first mount is committed by now: draw the first frame in this task.
    const state = store.getState();
    performance.mark('atlas:scene-committed');
    state.gl.render(state.scene, state.camera);
    performance.mark('atlas:first-frame');
    resize.observe(host);
  };

  loadHead().then((head) => {
    try {
      begin(head);
    } catch (error) {
      fail(error);
    }
  }, fail);

  return () => {
    stopped = true;
    resize.disconnect();
    root?.unmount();
    canvas.remove();
  };
}
