export { canvasGrey } from '../../scripts/browser/harness';

/** Mean absolute difference between two grey images, 0-255. */
export function meanDifference(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error('images differ in size');
  return a.reduce((sum, value, i) => sum + Math.abs(value - b[i]!), 0) / a.length;
}

/** Pixels that differ from the (transparent, so white) background: how much of the canvas is head. */
export function coverage(grey: number[]): number {
  return grey.filter((value) => value < 245).length / grey.length;
}

/** Mean absolute difference within a square window (in grey-image pixels) around (cx, cy). */
export function windowDifference(a: number[], b: number[], size: number, cx: number, cy: number, radius: number): number {
  let sum = 0;
  let count = 0;
  for (let y = Math.max(0, cy - radius); y <= Math.min(size - 1, cy + radius); y++) {
    for (let x = Math.max(0, cx - radius); x <= Math.min(size - 1, cx + radius); x++) {
      sum += Math.abs(a[y * size + x]! - b[y * size + x]!);
      count++;
    }
  }
  return sum / count;
}
