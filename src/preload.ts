import headUrl from '../models/head.glb?url';
import type * as SceneModule from './scene/mountScene';

/**
 * Started by main.tsx before React mounts: the head model's bytes and the 3D chunk load in
 * parallel with the DOM UI instead of one after the other. The model comes from the app's own
 * origin. Both are memoised, so the scene simply asks for them again.
 */
let bytes: Promise<ArrayBuffer> | undefined;
let scene: Promise<typeof SceneModule> | undefined;

export function headBytes(): Promise<ArrayBuffer> {
  bytes ??= fetch(headUrl).then((response) => {
    if (!response.ok) throw new Error(`the head model could not be loaded (${response.status} ${response.statusText})`);
    return response.arrayBuffer();
  });
  return bytes;
}

export function sceneModule(): Promise<typeof SceneModule> {
  scene ??= import('./scene/mountScene').then((module) => {
    performance.mark('atlas:3d-chunk-loaded');
    return module;
  });
  return scene;
}

/** Starts both downloads; a failure is reported where the scene uses them, not here. */
export function preloadScene(): void {
  headBytes().catch(() => undefined);
  sceneModule().catch(() => undefined);
}
