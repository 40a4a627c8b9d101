import type { TestProject } from 'vitest/node';
import { buildApp, serveApp } from '../../scripts/browser/harness';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** Builds the app (when stale) and serves it on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  await buildApp();
  const server = await serveApp();
  project.provide('appUrl', server.url);
  return () => server.close();
}
