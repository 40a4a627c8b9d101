/**
 * The one browser harness for the e2e tests, the screenshots and the benchmark: builds the
 * app when needed, serves dist/ on 127.0.0.1 and drives headless Chromium with SwiftShader
 * WebGL from the @sparticuz/chromium package (no browser download at install time).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const INPUTS = ['src', 'data', 'models', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when dist/ is missing or older than any source of the build. */
export function buildIsStale(): boolean {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return INPUTS.some((input) => existsSync(join(ROOT, input)) && newestMtime(join(ROOT, input)) > built);
}

/**
 * Always a production build: under vitest NODE_ENV is "test", and Vite would then bundle
 * React's development build, so the browser tests (and `npm start` after `npm test`) would
 * run a different, larger app than the one users get.
 */
export async function buildApp({ force = false, quiet = true } = {}): Promise<void> {
  if (!force && !buildIsStale()) return;
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode: 'production', logLevel: quiet ? 'warn' : 'info' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export async function serveApp(port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: port !== 0 },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no address');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  // --single-process makes closing one context take the whole browser down; web security stays on.
  const args = chromium.args.filter((arg) => !arg.startsWith('--disable-web-security') && arg !== '--single-process');
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: [...args, '--disable-background-networking', '--disable-component-update', '--no-first-run', ...extraArgs],
    headless: true,
  });
}

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  /** Requests the page made to anything but the app's own origin. */
  foreignRequests: string[];
}

/**
 * Opens the app in a new context. Reduced motion is on by default: the camera then cuts
 * instead of easing, which the app supports for users who ask for it, and which keeps
 * software-rendered tests from waiting on dozens of transition frames.
 */
export async function openApp(
  browser: Browser,
  url: string,
  { width = 1400, height = 900, reducedMotion = true } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith(origin) && !requestUrl.startsWith('data:') && !requestUrl.startsWith('blob:'))
      foreignRequests.push(requestUrl);
  });
  await page.goto(url);
  return { page, consoleErrors, foreignRequests };
}

/** Waits until the head and its region overlay are on screen and rendering has settled. */
export async function waitForHead(page: Page): Promise<void> {
  await page.waitForSelector('[data-scene-status="ready"][data-overlay="ready"]', { timeout: 60_000 });
  await settle(page);
}

/** Lets a camera transition finish: waits until the canvas stops changing. */
export async function settle(page: Page, { timeout = 8_000 } = {}): Promise<void> {
  const started = Date.now();
  let previous = '';
  while (Date.now() - started < timeout) {
    await page.waitForTimeout(250);
    const current = await canvasFingerprint(page);
    if (current === previous) return;
    previous = current;
  }
}

/**
 * The (first) canvas downsampled to size x size grey levels (0-255) over white, read back in
 * the page; null when there is no canvas. The browser tests compare these; a small copy is
 * enough to see what moved and far cheaper than encoding the whole canvas.
 */
async function readCanvasGrey(page: Page, size: number): Promise<number[] | null> {
  return page.evaluate((n) => {
    const source = document.querySelector('canvas');
    if (!source) return null;
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

export async function canvasGrey(page: Page, size = 64): Promise<number[]> {
  const grey = await readCanvasGrey(page, size);
  if (!grey) throw new Error('no canvas on the page');
  return grey;
}

/** A cheap hash of the canvas, to tell when rendering has stopped. */
export async function canvasFingerprint(page: Page): Promise<string> {
  const grey = await readCanvasGrey(page, 48);
  if (!grey) return 'no-canvas';
  let hash = 0;
  for (const value of grey) hash = (hash * 31 + value) | 0;
  return String(hash);
}
