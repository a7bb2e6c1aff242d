/*
 * Security audit in CI (issue 8): electronegativity over the compiled main and preload code and the
 * renderer (its sources plus the built index.html, which carries the CSP <meta>), through its API
 * — its CLI exits 0 even with findings. The Electron version is given and the one check that goes
 * to the network (AvailableSecurityFixesGlobalCheck) is excluded (docs/testing.md). Any finding of
 * medium severity or above fails unless tests/config/electronegativity-allow.json lists it with a
 * reason; a canary file with nodeIntegration on proves the scanner really scans.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface Issue {
  id: string;
  file: string;
  severity: { value: number; name: string };
  confidence: { name: string };
  location: { line: number; column: number };
  description?: string;
}
interface Result {
  issues: Issue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Run = (options: Record<string, unknown>) => Promise<Result>;
const run = require('@doyensec/electronegativity') as Run;

const ELECTRON_VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const MEDIUM = 2;
const allowList = (
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'electronegativity-allow.json'), 'utf8'),
  ) as {
    allow: { id: string; file?: string; reason: string }[];
  }
).allow;

const scan = (input: string) =>
  run({
    input,
    electronVersionOverride: ELECTRON_VERSION,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
  });

let stage: string;
beforeAll(async () => {
  stage = mkdtempSync(path.join(tmpdir(), 'koopsuz-electronegativity-'));
  const app = path.join(stage, 'app');
  mkdirSync(app, { recursive: true });
  // The same bundles `npm run build` makes, as .js (the scanner skips .cjs).
  for (const [entry, out] of [
    ['electron/main/index.ts', 'main/index.js'],
    ['electron/preload/index.ts', 'preload/index.js'],
  ] as const) {
    await build({
      entryPoints: [path.join(ROOT, entry)],
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      external: ['electron'],
      outfile: path.join(app, out),
      logLevel: 'warning',
    });
  }
  cpSync(path.join(ROOT, 'renderer'), path.join(app, 'renderer'), {
    recursive: true,
    filter: (source) => !/\.test\.tsx?$/.test(source),
  });
  const built = path.join(ROOT, process.env.KOOPSUZ_RENDERER_DIST ?? 'dist/renderer', 'index.html');
  cpSync(built, path.join(app, 'renderer', 'index.html'));
  const canary = path.join(stage, 'canary');
  mkdirSync(canary);
  writeFileSync(
    path.join(canary, 'main.js'),
    "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
  );
});
afterAll(() => {
  if (stage) rmSync(stage, { recursive: true, force: true });
});

describe('electronegativity', () => {
  it('the scanner finds a planted problem (canary)', async () => {
    const result = await scan(path.join(stage, 'canary'));
    const ids = result.issues.filter((i) => i.severity.value >= MEDIUM).map((i) => i.id);
    expect(ids).toContain('SANDBOX_JS_CHECK');
    expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
  });

  it('finds nothing of medium severity or above in the app that the allow-list does not explain', async () => {
    for (const entry of allowList) expect(entry.reason.trim().length, entry.id).toBeGreaterThan(10);
    const result = await scan(path.join(stage, 'app'));
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    const serious = result.issues.filter((i) => i.severity.value >= MEDIUM);
    const allowed = (issue: Issue) =>
      allowList.some(
        (entry) => entry.id === issue.id && (!entry.file || entry.file === issue.file),
      );
    const unexplained = serious
      .filter((issue) => !allowed(issue))
      .map(
        (i) =>
          `${i.id} ${i.severity.name}/${i.confidence.name} ${i.file}:${i.location.line} ${i.description ?? ''}`,
      );
    expect(unexplained).toEqual([]);
    const stale = allowList.filter(
      (entry) => !serious.some((i) => i.id === entry.id && (!entry.file || entry.file === i.file)),
    );
    expect(stale, 'allow-list entries that match no finding any more').toEqual([]);
  });
});
