/**
 * `npm run bench` (add `-- --quick` for CI): builds the app and a bare three.js page that loads
 * the same head.glb with one light, serves both on 127.0.0.1 and measures them alternately in
 * headless Chromium. Prints a table of app-to-floor ratios, writes docs/bench.json, and exits
 * non-zero when a budget is missed. Quick mode checks only the budgets that do not depend on
 * the machine's speed (idle frames, bytes, the list before the scene).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { ROOT, buildApp, launchBrowser, serveApp } from './browser/harness.ts';
import { fmt, median, percentile, spread } from './bench/measure.ts';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 2 : 5;
const BARE_OUT = join(ROOT, '.tmp/bench-bare');

/** Instruments WebGL before any page script runs: frame and draw counters, first head draw. */
const INSTRUMENT = () => {
  const w = window as unknown as Record<string, number>;
  w.__frames = 0;
  w.__firstHeadDraw = 0;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const draw = proto.drawElements;
    proto.drawElements = function (this: WebGLRenderingContext, mode: number, count: number, type: number, offset: number) {
      // The skin is the only draw with tens of thousands of indices; the frame is presented
      // at the end of the task that issues it.
      if (count > 50_000 && !w.__firstHeadDraw) w.__firstHeadDraw = performance.now();
      return draw.call(this, mode, count, type, offset);
    };
    const clear = proto.clear;
    proto.clear = function (this: WebGLRenderingContext, mask: number) {
      w.__frames = (w.__frames ?? 0) + 1;
      return clear.call(this, mask);
    };
  }
  new MutationObserver((_, observer) => {
    if (document.querySelector('[role="listbox"] [role="option"]')) {
      w.__listUsable = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

interface Round {
  /** The first WebGL draw of the head: the worker's picture or the scene, whichever came first. */
  firstFrame: number;
  /** The interactive scene's first draw of the head, on the page's main thread. */
  sceneFrame: number;
  listUsable?: number;
  orbitFrame: number;
  idleFrames: number;
  heapMB: number;
  hoverPicks?: number[];
  bytes: { js: number; jsGzip: number; initialJs: number; initialJsGzip: number; model: number; modelGzip: number };
}

/**
 * The app's initial JS: its entry scripts and everything they import statically, i.e. what
 * must load before the page can run. Lazy chunks (the 3D chunk, which the HTML preloads, the
 * BVH) and the decoder worker are not in it; they are counted in the JS transferred.
 */
function initialScripts(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return new Set([...files].filter((file) => file.endsWith('.js')));
}

async function measure(
  browser: Browser,
  url: string,
  kind: 'app' | 'bare',
  size: { width: number; height: number },
  initialFiles: Set<string> | 'all',
): Promise<Round> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const bodies: { url: string; body: Buffer; initial: boolean }[] = [];
  page.on('response', async (response) => {
    const requestUrl = response.url();
    if (!/\.(js|glb)(\?|$)/.test(requestUrl)) return;
    const initial = initialFiles === 'all' || initialFiles.has(new URL(requestUrl).pathname.slice(1));
    try {
      bodies.push({ url: requestUrl, body: await response.body(), initial });
    } catch {
      // A response without a body (e.g. a redirect) carries no bytes to count.
    }
  });
  await page.goto(kind === 'app' ? `${url}?bench` : `${url}?w=${size.width}&h=${size.height}`);
  await page.waitForFunction(() => (window as unknown as { __firstHeadDraw: number }).__firstHeadDraw > 0, undefined, {
    timeout: 60_000,
  });
  const { sceneFrame, picture, listUsable } = await page.evaluate(() => {
    const w = window as unknown as { __firstHeadDraw: number; __listUsable?: number };
    // The app's decoder worker draws a first picture of the head (WebGL, off the main thread)
    // before the scene is up; it reports when, as a performance mark on this page's clock.
    const mark = performance.getEntriesByName('atlas:first-picture')[0];
    return { sceneFrame: w.__firstHeadDraw, picture: mark?.startTime, listUsable: w.__listUsable };
  });
  const firstFrame = Math.min(sceneFrame, picture ?? Infinity);
  await page.waitForTimeout(1500);
  const orbitFrame = median(
    await page.evaluate(async () => {
      const times: number[] = [];
      const bench = (window as unknown as { __atlasBench: { orbit: (n: number) => number } }).__atlasBench;
      bench.orbit(5);
      for (let i = 0; i < 5; i++) times.push(bench.orbit(12));
      return times;
    }),
  );
  // Back to rest: the app's own loop must now stay idle.
  await page.waitForTimeout(1000);
  const idleFrames = await countIdleFrames(page);
  const heapMB = await page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    return ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1048576;
  });
  const hoverPicks = kind === 'app' ? await hoverLatencies(page) : undefined;
  await context.close();
  const js = bodies.filter((b) => /\.js(\?|$)/.test(b.url));
  const model = bodies.filter((b) => /\.glb(\?|$)/.test(b.url));
  const sum = (list: typeof bodies, gzip = false) =>
    list.reduce((total, b) => total + (gzip ? gzipSync(b.body).length : b.body.length), 0) / 1024;
  const initialJs = js.filter((b) => b.initial);
  return {
    firstFrame,
    sceneFrame,
    listUsable,
    orbitFrame,
    idleFrames,
    heapMB,
    hoverPicks,
    bytes: {
      js: sum(js),
      jsGzip: sum(js, true),
      initialJs: sum(initialJs),
      initialJsGzip: sum(initialJs, true),
      model: sum(model),
      modelGzip: sum(model, true),
    },
  };
}

async function countIdleFrames(page: Page): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  await page.waitForTimeout(5000);
  return (await page.evaluate(() => (window as unknown as { __frames: number }).__frames)) - before;
}

/** Pointer moves over the head, each dispatched synchronously; time from dispatch to handled. */
async function hoverLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const box = canvas.getBoundingClientRect();
    const times: number[] = [];
    for (let i = 0; i < 240; i++) {
      const x = box.left + box.width * (0.35 + (0.3 * ((i * 37) % 100)) / 100);
      const y = box.top + box.height * (0.25 + (0.5 * ((i * 61) % 100)) / 100);
      const start = performance.now();
      canvas.dispatchEvent(
        new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerId: 1, pointerType: 'mouse' }),
      );
      times.push(performance.now() - start);
    }
    return times.slice(20);
  });
}

async function buildBare() {
  await build({
    root: join(ROOT, 'scripts/bench/bare'),
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir: BARE_OUT, emptyOutDir: true },
  });
  return preview({
    root: join(ROOT, 'scripts/bench/bare'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir: BARE_OUT },
    preview: { host: '127.0.0.1', port: 0 },
  });
}

await buildApp({ force: true });
const appInitial = initialScripts();
if (appInitial.size === 0) throw new Error('the build manifest names no entry scripts');
const app = await serveApp();
const bareServer = await buildBare();
const bareAddress = bareServer.httpServer.address();
if (!bareAddress || typeof bareAddress === 'string') throw new Error('bare page server has no address');
const bareUrl = `http://127.0.0.1:${bareAddress.port}/`;
const browser = await launchBrowser(['--js-flags=--expose-gc', '--enable-precise-memory-info']);

const appRounds: Round[] = [];
const bareRounds: Round[] = [];
try {
  // The app's canvas size, so the floor draws exactly as many pixels.
  const probe = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const probePage = await probe.newPage();
  await probePage.goto(app.url);
  await probePage.waitForSelector('[data-scene-status="ready"]', { timeout: 60_000 });
  const canvasBox = (await probePage.locator('canvas').boundingBox())!;
  await probe.close();
  const size = { width: Math.round(canvasBox.width), height: Math.round(canvasBox.height) };
  for (let round = 0; round < ROUNDS; round++) {
    appRounds.push(await measure(browser, app.url, 'app', size, appInitial));
    bareRounds.push(await measure(browser, bareUrl, 'bare', size, 'all'));
    process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
} finally {
  await browser.close();
  await app.close();
  await bareServer.close();
}

const pick = (rounds: Round[], f: (r: Round) => number) => rounds.map(f);
const row = (name: string, unit: string, f: (r: Round) => number, digits = 1) => {
  const a = pick(appRounds, f);
  const b = pick(bareRounds, f);
  const ratio = median(b) > 0 ? median(a) / median(b) : NaN;
  return { name, unit, app: median(a), appSpread: spread(a), bare: median(b), bareSpread: spread(b), ratio, digits };
};
const hover = appRounds.flatMap((r) => r.hoverPicks ?? []);
const rows = [
  row('First frame with the head', 'ms', (r) => r.firstFrame, 0),
  row('Interactive scene first frame', 'ms', (r) => r.sceneFrame, 0),
  row('Region list usable', 'ms', (r) => r.listUsable ?? NaN, 0),
  row('Orbit frame time', 'ms', (r) => r.orbitFrame, 2),
  row('Frames while idle (5 s)', 'frames', (r) => r.idleFrames, 0),
  row('JS heap after load', 'MB', (r) => r.heapMB, 1),
  row('JS transferred (raw)', 'KB', (r) => r.bytes.js, 0),
  row('JS transferred (gzip)', 'KB', (r) => r.bytes.jsGzip, 0),
  row('Initial JS: entry scripts + static imports (gzip)', 'KB', (r) => r.bytes.initialJsGzip, 0),
  row('Model (raw)', 'KB', (r) => r.bytes.model, 0),
  row('Model (gzip)', 'KB', (r) => r.bytes.modelGzip, 0),
];

const lines = ['| figure | app (median ± spread) | bare three.js page | app / bare |', '| --- | --- | --- | --- |'];
for (const r of rows) {
  lines.push(
    `| ${r.name} | ${fmt(r.app, r.digits)} ± ${fmt(r.appSpread, r.digits)} ${r.unit} | ${fmt(r.bare, r.digits)} ± ${fmt(r.bareSpread, r.digits)} ${r.unit} | ${fmt(r.ratio, 2)} |`,
  );
}
lines.push(`| Hover pick latency | p50 ${fmt(percentile(hover, 50), 3)} ms, p95 ${fmt(percentile(hover, 95), 3)} ms | – | – |`);
console.log(`\n${ROUNDS} rounds each, alternating, one run.\n\n${lines.join('\n')}\n`);

const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
const listBeforeScene = appRounds.every((r) => (r.listUsable ?? Infinity) < r.sceneFrame);
const budgets = [
  { name: 'first frame at most 1.3x the bare page', ok: byName['First frame with the head']!.ratio <= 1.3, machine: true },
  { name: 'region list usable before the 3D scene has loaded', ok: listBeforeScene, machine: false },
  { name: 'orbit frame time at most 1.2x the bare page', ok: byName['Orbit frame time']!.ratio <= 1.2, machine: true },
  { name: 'hover pick at most 1 ms at p95', ok: percentile(hover, 95) <= 1, machine: true },
  { name: 'zero frames rendered while idle', ok: appRounds.every((r) => r.idleFrames === 0), machine: false },
  {
    name: 'initial JS at most 350 KB gzip',
    ok: byName['Initial JS: entry scripts + static imports (gzip)']!.app <= 350,
    machine: false,
  },
  { name: 'model at most 300 KB', ok: byName['Model (raw)']!.app <= 300, machine: false },
];
const enforced = budgets.filter((b) => !quick || !b.machine);
for (const b of budgets) console.log(`${b.ok ? 'PASS' : quick && b.machine ? 'info' : 'FAIL'}  ${b.name}`);
mkdirSync(join(ROOT, 'docs'), { recursive: true });
if (!quick) {
  writeFileSync(
    join(ROOT, 'docs/bench.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        rounds: ROUNDS,
        rows,
        hover: { p50: percentile(hover, 50), p95: percentile(hover, 95) },
        budgets,
        app: appRounds.map(({ hoverPicks: _, ...r }) => r),
        bare: bareRounds,
      },
      null,
      2,
    ) + '\n',
  );
  console.log('\nwrote docs/bench.json');
}
const failed = enforced.filter((b) => !b.ok);
console.log(`\nbench: ${enforced.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
