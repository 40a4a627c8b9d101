/**
 * Writes docs/ screenshots of the built app through the e2e browser harness:
 * `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildApp, serveApp, launchBrowser, openApp, waitForHead, settle } from './browser/harness.ts';

const shots: { file: string; key: string }[] = [
  { file: 'head-front.png', key: '1' },
  { file: 'head-three-quarter.png', key: '2' },
  { file: 'head-profile.png', key: '3' },
  { file: 'head-back.png', key: '5' },
];

await buildApp({ quiet: false });
const server = await serveApp();
const browser = await launchBrowser();
try {
  const { page } = await openApp(browser, server.url, { width: 1400, height: 900 });
  await waitForHead(page);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  for (const shot of shots) {
    await page.keyboard.press(shot.key);
    await settle(page);
    await page.locator('.viewport').screenshot({ path: join(ROOT, 'docs', shot.file) });
    console.log(`docs/${shot.file}`);
  }
  await page.keyboard.press('1');
  await settle(page);
  await page.screenshot({ path: join(ROOT, 'docs', 'app.png') });
  console.log('docs/app.png');
} finally {
  await browser.close();
  await server.close();
}
