/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { atlasSnapshot } from './scripts/atlasSnapshotPlugin.ts';

/**
 * The built app may talk to its own origin only: patient plans never leave the browser.
 * (Dev mode injects inline scripts, so the policy is added to the build alone.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'injection-atlas:csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

// Tests must load the ES builds of three and @react-three/*: the CommonJS builds would bring
// a second copy of three into the same process.
const resolveForTests = { conditions: ['browser', 'module', 'import', 'default'], mainFields: ['browser', 'module', 'main'] };

/**
 * The 3D start-up (model download, decoder worker, WebGL context: src/boot.ts) should begin
 * as soon as the HTML is parsed, not after the app's 400 KB entry has downloaded and
 * evaluated. boot.ts is built as its own entry, and a module script for it goes ahead of the
 * app's, so it runs first (module scripts run in document order). main.tsx imports it too,
 * so the dev server, which has no such tag, runs it as well; either way it runs once.
 */
const bootFirst = (): Plugin => ({
  name: 'injection-atlas:boot-first',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => {
      const boot = Object.values(context.bundle ?? {}).find(
        (file) => file.type === 'chunk' && file.isEntry && file.name === 'boot',
      );
      if (!boot) return html;
      const tag = `<script type="module" crossorigin src="/${boot.fileName}"></script>`;
      const first = html.indexOf('<script type="module"');
      if (first < 0) throw new Error('index.html has no module script to put boot.ts ahead of');
      return html.slice(0, first) + tag + '\n    ' + html.slice(first);
    },
  },
});

export default defineConfig({
  plugins: [react(), atlasSnapshot(import.meta.dirname), contentSecurityPolicy(), bootFirst()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
  // The head decoder runs as a module worker (see src/preload.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: the bench reads which scripts are the initial ones.
    manifest: true,
    // boot.ts is also its own tiny entry, loaded by a script tag ahead of the app's (see bootFirst).
    rolldownOptions: { input: { index: 'index.html', boot: 'src/boot.ts' } },
    chunkSizeWarningLimit: 1200,
  },
  test: {
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        resolve: resolveForTests,
        test: {
          name: 'ui',
          include: ['tests/ui/**/*.test.tsx', 'tests/scene/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
          server: { deps: { inline: [/three/, /@react-three/] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
