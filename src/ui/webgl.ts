/**
 * Whether this browser has WebGL at all. Cheap on purpose: creating a throwaway context costs
 * a software renderer a noticeable fraction of a second. A context that then fails to start
 * is caught by the scene's error boundary, which reports it the same way.
 */
export function hasWebGL(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';
}

/** Whether an error thrown while starting the scene means WebGL could not be used. */
export function isWebGLFailure(message: string): boolean {
  return /webgl|context/i.test(message);
}
