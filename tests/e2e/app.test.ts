import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, settle, waitForHead, type OpenedPage } from '../../scripts/browser/harness';
import { canvasGrey, coverage, meanDifference } from './pixels';

let browser: Browser;
let app: OpenedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, inject('appUrl'));
  await waitForHead(app.page);
});

afterAll(async () => {
  await browser?.close();
});

describe('the built app in Chromium (WebGL via SwiftShader)', () => {
  it('loads with no console errors and asks no other origin for anything', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('serves the production build users get (not React development code, as a test-mode build would be)', async () => {
    const source = await app.page.evaluate(async () => {
      const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')];
      return (await Promise.all(scripts.map(async (script) => (await fetch(script.src)).text()))).join('\n');
    });
    expect(source).toContain('createRoot');
    // A warning format only React's development build carries (checked: 2 hits in a test-mode build, 0 in production).
    expect(source).not.toContain('In HTML, %s');
  });

  it('paints a head: the centre of the canvas is not background', async () => {
    const grey = await canvasGrey(app.page, 32);
    const centre = [15, 16].flatMap((row) => [15, 16].map((col) => grey[row * 32 + col]!));
    for (const value of centre) expect(value).toBeLessThan(235);
    // ...and the head does not fill the whole frame: the corners are background.
    expect(grey[0]).toBeGreaterThan(245);
    expect(grey[31]).toBeGreaterThan(245);
    expect(coverage(grey)).toBeGreaterThan(0.2);
  });

  it('turns the head with each preset button, and reset returns to the front', async () => {
    const { page } = app;
    const front = await canvasGrey(page);
    const seen = [front];
    for (const name of ['Three-quarter', 'Left', 'Right', 'Back']) {
      await page.getByRole('button', { name, exact: true }).click();
      await settle(page);
      const shot = await canvasGrey(page);
      for (const earlier of seen) expect(meanDifference(shot, earlier)).toBeGreaterThan(2);
      seen.push(shot);
    }
    await page.getByRole('button', { name: 'Reset view' }).click();
    await settle(page);
    const reset = await canvasGrey(page);
    expect(meanDifference(reset, front)).toBeLessThan(0.5);
    expect(await page.getByRole('button', { name: 'Front' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the camera outside the head however far the user zooms in', async () => {
    const { page } = app;
    const box = (await page.locator('canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -800);
    await settle(page);
    const grey = await canvasGrey(page, 32);
    // Fully zoomed in, the view is still of skin (mid greys), not of the inside (background).
    expect(coverage(grey)).toBeGreaterThan(0.5);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await settle(page);
  });
});

describe('the first picture of the head (drawn by the decoder worker before the scene is up)', () => {
  it('shows the head while the 3D code is still loading, and the scene replaces it without a visible change', async () => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    // Hold the 3D chunk back, so what is on screen can only be the worker's picture.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/mountScene-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}?layers=`);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:first-picture').length > 0, undefined, {
      timeout: 30_000,
    });
    await page.waitForTimeout(200);
    expect(await page.locator('.viewport').getAttribute('data-scene-status')).toBe('loading');
    const picture = await canvasGrey(page, 32);
    expect(coverage(picture)).toBeGreaterThan(0.2);
    expect(picture[16 * 32 + 16]).toBeLessThan(235);

    release();
    await page.waitForSelector('[data-scene-status="ready"]', { timeout: 60_000 });
    await settle(page);
    // The picture is gone; the one canvas left is the scene's, showing the same head in the same place.
    expect(await page.locator('canvas').count()).toBe(1);
    const scene = await canvasGrey(page, 32);
    expect(meanDifference(picture, scene)).toBeLessThan(3);
    await context.close();
  });
});
