/* Bundles a bench entry (tests/bench/<name>.ts) for Node with esbuild and imports it. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The module of `tests/bench/<name>.ts`, built into `dist/<outDir>/<name>.mjs`. */
export async function bundledEntry(root, name, outDir) {
  const dir = resolve(root, 'dist', outDir);
  mkdirSync(dir, { recursive: true });
  const outfile = resolve(dir, `${name}.mjs`);
  await build({
    entryPoints: [resolve(root, `tests/bench/${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['exceljs'],
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
