import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, settle, waitForHead } from '../../scripts/browser/harness';
import { canvasGrey, meanDifference, windowDifference } from './pixels';
import { landmark, projectInView } from './project';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function freshApp(path = ''): Promise<Page> {
  const { page } = await openApp(browser, `${inject('appUrl')}${path}`);
  await waitForHead(page);
  return page;
}

const options = (page: Page) => page.getByRole('listbox', { name: 'Regions' }).getByRole('option');

describe('the region map in Chromium', () => {
  it('selects an upper-eyelid region when the head is clicked over the left upper lid, and shows its facts', async () => {
    const page = await freshApp();
    const box = (await page.locator('canvas').boundingBox())!;
    // Halfway between the left mid upper-lid margin (386) and the lid crease (443).
    const target = projectInView(landmark(386).add(landmark(443)).multiplyScalar(0.5), 'front', box);
    await page.mouse.move(target.x, target.y);
    await page.mouse.click(target.x, target.y);
    const heading = page.getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toMatch(/Orbicularis oculi|levator palpebrae/);
    expect(await page.getByText("subject's left", { exact: true }).count()).toBeGreaterThan(0);
    const facts = page.getByRole('region', { name: /Sourced facts/ }).locator('blockquote');
    expect(await facts.count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('region')).toMatch(/:left$/);
    await page.context().close();
  });

  it('hovering the head names the region near the pointer and highlights it on the canvas', async () => {
    const page = await freshApp();
    const box = (await page.locator('canvas').boundingBox())!;
    const before = await canvasGrey(page, 96);
    // The chin point (199) lies in the mentalis target zone.
    const target = projectInView(landmark(199), 'front', box);
    await page.mouse.move(target.x, target.y);
    const tooltip = page.locator('.tooltip');
    await expect.poll(() => tooltip.textContent()).toBe('Mentalis (below the mental crease)');
    const tip = (await tooltip.boundingBox())!;
    expect(Math.abs(tip.x - target.x)).toBeLessThan(60);
    expect(Math.abs(tip.y - target.y)).toBeLessThan(60);
    await settle(page);
    // Around the pointer, the hovered region's tint and rim change.
    const cx = Math.round(((target.x - box.x) / box.width) * 96);
    const cy = Math.round(((target.y - box.y) / box.height) * 96);
    expect(windowDifference(before, await canvasGrey(page, 96), 96, cx, cy, 8)).toBeGreaterThan(0.5);
    // The list shows the same region as hovered.
    expect(await page.locator('.option.hovered').textContent()).toContain('Mentalis');
    await page.context().close();
  });

  it('turning avoid-zones off changes both the canvas and the list', async () => {
    const page = await freshApp();
    const before = await canvasGrey(page, 96);
    expect(await options(page).count()).toBe(39);
    await page.getByRole('button', { name: 'Avoid-zones', exact: true }).click();
    await settle(page);
    const after = await canvasGrey(page, 96);
    expect(meanDifference(before, after)).toBeGreaterThan(0.3);
    expect(await options(page).count()).toBe(22);
    expect(await page.getByRole('group', { name: 'Avoid-zones' }).count()).toBe(0);
    await page.context().close();
  });

  it('searching "diplopia" finds the medial lower lid zone', async () => {
    const page = await freshApp();
    await page.getByRole('searchbox').fill('diplopia');
    const names = await options(page).allTextContents();
    expect(names).toContain('Medial lower lid over the inferior oblique (left)deep');
    expect(names.every((n) => /inferior oblique|lateral rectus/.test(n))).toBe(true);
    await page.context().close();
  });

  it('says clearly when the head model cannot be loaded, and the list and panel still work', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    await context.route(/\.glb$/, (route) => route.fulfill({ status: 404, body: 'missing' }));
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(/The 3D head could not be loaded.*404/);
    await options(page).filter({ hasText: 'Masseter (left)' }).click();
    expect(await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Masseter',
    );
    await context.close();
  });

  it('names the problem when the head model is not a model (decoded in its worker), and the list still works', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    await context.route(/\.glb$/, (route) =>
      route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: '<html>gone</html>' }),
    );
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toMatch(/The 3D head could not be loaded.*not readable: not a binary glTF file/);
    await options(page).filter({ hasText: 'Masseter (left)' }).click();
    expect(await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Masseter',
    );
    await context.close();
  });

  it('reloading a deep link restores the selection and the view', async () => {
    const page = await freshApp();
    await options(page).filter({ hasText: 'Corrugator supercilii (right)' }).click();
    await settle(page);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('cam'), undefined, { timeout: 10_000 });
    const link = page.url();
    const before = await canvasGrey(page, 96);
    await page.context().close();

    const reopened = await freshApp(link.slice(link.indexOf('?')));
    await settle(reopened);
    expect(await reopened.getByRole('heading', { level: 2 }).textContent()).toBe('Corrugator supercilii');
    expect(
      await reopened.getByRole('listbox', { name: 'Regions' }).getByRole('option', { selected: true }).textContent(),
    ).toContain('Corrugator supercilii (right)');
    const after = await canvasGrey(reopened, 96);
    expect(meanDifference(before, after)).toBeLessThan(1.5);
    await reopened.context().close();
  });
});
