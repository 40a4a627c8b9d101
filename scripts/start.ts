/**
 * `npm start`: builds the app if dist/ is missing or stale, then serves it on 127.0.0.1 and
 * prints the address. Everything is served from this machine; nothing is fetched elsewhere.
 */
import { buildApp, serveApp } from './browser/harness.ts';

await buildApp({ quiet: false });
const port = Number(process.env.PORT ?? 4173);
const server = await serveApp(port);
console.log(`\nInjection Atlas is running at ${server.url}\n(Ctrl+C to stop)`);
