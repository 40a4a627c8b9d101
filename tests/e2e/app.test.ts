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
