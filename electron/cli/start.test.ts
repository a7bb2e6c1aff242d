import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronBinary, missingRuntimeMessage, WEB_URL } from './start.mjs';

const folder = mkdtempSync(path.join(tmpdir(), 'koopsuz-start-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function project(name: string, pathTxt?: string, binary?: string): string {
  const dir = path.join(folder, name);
  const electronDir = path.join(dir, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(path.join(electronDir, 'index.js'), 'throw new Error("must not be required")');
  if (pathTxt !== undefined) writeFileSync(path.join(electronDir, 'path.txt'), pathTxt);
  if (binary) {
    mkdirSync(path.dirname(path.join(electronDir, 'dist', binary)), { recursive: true });
    writeFileSync(path.join(electronDir, 'dist', binary), '');
  }
  return dir;
}

describe('desktop runtime detection', () => {
  it('finds nothing after an install that skipped the binary download', () => {
    expect(findElectronBinary(project('skipped'), {})).toBeNull();
  });

  it('finds nothing when path.txt names a binary that is not there', () => {
    expect(findElectronBinary(project('half', 'electron'), {})).toBeNull();
    expect(findElectronBinary(project('empty', ''), {})).toBeNull();
  });

  it('finds the binary path.txt names', () => {
    const dir = project('full', 'electron.exe', 'electron.exe');
    expect(findElectronBinary(dir, {})).toBe(
      path.join(dir, 'node_modules', 'electron', 'dist', 'electron.exe'),
    );
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const dir = project('override', 'electron');
    const custom = path.join(folder, 'custom-dist');
    mkdirSync(custom);
    writeFileSync(path.join(custom, 'electron'), '');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: custom })).toBe(
      path.join(custom, 'electron'),
    );
  });
});

describe('browser fallback', () => {
  it('names the cause and the fixed local address', () => {
    const message = missingRuntimeMessage();
    expect(message).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(message).toContain('http://127.0.0.1:47813/');
  });

  it('uses the port vite.config.ts fixes for the browser build', () => {
    const config = readFileSync(path.resolve(__dirname, '../../vite.config.ts'), 'utf8');
    const port = /export const WEB_PORT = (\d+);/.exec(config)?.[1];
    expect(WEB_URL).toBe(`http://127.0.0.1:${port}/`);
  });
});
