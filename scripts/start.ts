/**
 * `npm start`: builds the app if dist/ is missing or stale, then serves it on 127.0.0.1 and
 * prints the address. Everything is served from this machine; nothing is fetched elsewhere.
 */
import { buildApp, serveApp } from './browser/harness.ts';

try {
  await buildApp({ quiet: false });
} catch (error) {
  // A content problem is reported by the build with every problem named: show just that.
  const message = error instanceof Error ? error.message : String(error);
  // The bundler folds its stack into the message: keep the words, drop the frames.
  console.error(
    `\nThe app could not be built.\n${message
      .split('\n')
      .filter((line) => !/^\s+at /.test(line))
      .join('\n')}`,
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = await serveApp(port);
console.log(`\nInjection Atlas is running at ${server.url}\n(Ctrl+C to stop)`);
