import headUrl from '../models/head.glb?url';

/**
 * Started before React mounts: the head model's bytes and the 3D chunk load in parallel with
 * the DOM UI instead of one after the other. The model comes from the app's own origin.
 */
export const headBytes: Promise<ArrayBuffer> = fetch(headUrl).then((response) => {
  if (!response.ok) throw new Error(`the head model could not be loaded (${response.status} ${response.statusText})`);
  return response.arrayBuffer();
});
// An unobserved rejection is reported when the scene reads the promise, not here.
headBytes.catch(() => undefined);

export const atlasCanvasModule = import('./scene/AtlasCanvas').then((module) => {
  performance.mark('atlas:3d-chunk-loaded');
  return module;
});
