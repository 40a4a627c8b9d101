/**
 * Writes docs/ screenshots of the built app through the e2e browser harness:
 * `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { ROOT, buildApp, serveApp, launchBrowser, openApp, waitForHead, settle } from './browser/harness.ts';

await buildApp({ quiet: false });
const server = await serveApp();
const browser = await launchBrowser();
const docs = join(ROOT, 'docs');
mkdirSync(docs, { recursive: true });
const shot = async (page: Page, file: string, whole = false) => {
  await settle(page);
  await (whole ? page : page.locator('.viewport')).screenshot({ path: join(docs, file) });
  console.log(`docs/${file}`);
};
try {
  // The bare head, from the four sides, with the overlay layers off.
  const bare = await openApp(browser, `${server.url}?layers=`, { width: 1400, height: 900 });
  await waitForHead(bare.page);
  for (const [file, key] of [
    ['head-front.png', '1'],
    ['head-three-quarter.png', '2'],
    ['head-profile.png', '3'],
    ['head-back.png', '5'],
  ] as const) {
    await bare.page.keyboard.press(key);
    await shot(bare.page, file);
  }
  await bare.page.context().close();

  // The atlas as a clinician meets it: regions on, front and three-quarter.
  const { page } = await openApp(browser, server.url, { width: 1400, height: 900 });
  await waitForHead(page);
  await shot(page, 'app.png', true);
  await page.keyboard.press('2');
  await shot(page, 'regions-three-quarter.png');
  // A region selected from the list, with its panel open.
  await page.getByRole('option', { name: /upper lid \(pretarsal\) \(left\)/ }).click();
  await shot(page, 'panel-upper-lid.png', true);
  await page.getByRole('option', { name: /Mid upper lid over levator palpebrae superioris \(left\)/ }).click();
  await shot(page, 'panel-levator-avoid-zone.png', true);
} finally {
  await browser.close();
  await server.close();
}
