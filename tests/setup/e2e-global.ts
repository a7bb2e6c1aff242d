/*
 * Browser tests run against the built renderer (npm test builds it first), served on a free port
 * of 127.0.0.1, in Debian's Chromium (architecture A3, docs/testing.md).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  // KOOPSUZ_RENDERER_DIST lets parallel work trees test their own build (`vite build --outDir`).
  const outDir = resolve(root, process.env.KOOPSUZ_RENDERER_DIST ?? 'dist/renderer');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(
      `${outDir} is missing: run \`npm run build:renderer\` (npm test does it for you).`,
    );
  }
  server = await preview({
    configFile: resolve(root, 'vite.config.ts'),
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
