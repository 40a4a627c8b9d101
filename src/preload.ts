import headUrl from '../models/head.glb?url';
import type { DecodedHead } from './geometry/decodeHead';
import type * as SceneModule from './scene/mountScene';
import { HeadDecoder } from './headDecoder';

/**
 * Started by boot.ts before the app's code is evaluated: the decoder worker (which downloads
 * the model, decodes it and draws a first picture of the head) and the scene's WebGL context.
 * The 3D chunk is fetched when the viewport first asks for it, after the UI has rendered.
 * Everything comes from the app's own origin and is memoised.
 */
let scene: Promise<typeof SceneModule> | undefined;

let decoder: HeadDecoder | undefined;

/**
 * The head model decoded in a worker, so the main thread is free to render the page while it
 * happens; the same worker draws the first picture of the head (see headDecoder.ts). Started
 * by boot.ts with the page.
 */
export function headDecoder(): HeadDecoder {
  decoder ??= new HeadDecoder(headUrl);
  return decoder;
}

export const decodedHead = (): Promise<DecodedHead> => headDecoder().head;

export function sceneModule(): Promise<typeof SceneModule> {
  scene ??= import('./scene/mountScene').then((module) => {
    performance.mark('atlas:3d-chunk-loaded');
    return module;
  });
  return scene;
}

/**
 * The attributes three's renderer is built with (R3F's defaults plus a drawing buffer the
 * browser tests can read back); a context made early must match them.
 */
export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: true,
  powerPreference: 'high-performance',
  failIfMajorPerformanceCaveat: false,
};

let early: { canvas: HTMLCanvasElement; context: WebGL2RenderingContext } | null = null;

/**
 * The scene's canvas and WebGL context, made while the 3D chunk downloads (the viewport calls
 * this after the UI's first paint) rather than on the way to the scene's first frame: making
 * a context is synchronous and, on a software renderer, costs 5-100 ms depending on how busy
 * the GPU process is. Not at start-up: there it competed with the decoder worker's context
 * for the first picture. Handed out once.
 */
export function prepareSceneContext(): void {
  if (early) return;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  if (context) early = { canvas, context };
}

export function takeSceneContext(): { canvas: HTMLCanvasElement; context: WebGL2RenderingContext } | null {
  const taken = early;
  early = null;
  return taken;
}

/** Starts the decoder worker; a failure is reported where the scene uses the head, not here. */
export function preloadScene(): void {
  decodedHead().catch(() => undefined);
}
