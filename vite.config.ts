import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The fixed port of the plain-browser build: the IndexedDB origin must never change (architecture A3). */
export const WEB_PORT = 47813;

/** Content-Security-Policy of the built renderer; the Electron protocol handler sends the same. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'";

// Vite's dev server needs an inline preamble script, so the strict policy is injected only at build.
function cspMeta(): Plugin {
  return {
    name: 'koopsuz-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root: 'renderer',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen needs in one chunk (issue 18, start-up): split by sharing,
          // it was twenty requests, each waiting its turn for the six connections a page gets.
          groups: [{ name: 'start', tags: ['$initial'] }],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
});
