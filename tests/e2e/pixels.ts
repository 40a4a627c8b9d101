import type { Page } from 'playwright-core';

/** The canvas downsampled to size x size grey levels (0-255), read back in the page. */
export async function canvasGrey(page: Page, size = 64): Promise<number[]> {
  return page.evaluate((n) => {
    const source = document.querySelector('canvas');
    if (!source) throw new Error('no canvas on the page');
    const small = document.createElement('canvas');
    small.width = n;
    small.height = n;
    const context = small.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, n, n);
    context.drawImage(source, 0, 0, n, n);
    const { data } = context.getImageData(0, 0, n, n);
    const grey: number[] = [];
    for (let i = 0; i < data.length; i += 4) grey.push(Math.round((data[i]! + data[i + 1]! + data[i + 2]!) / 3));
    return grey;
  }, size);
}

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
