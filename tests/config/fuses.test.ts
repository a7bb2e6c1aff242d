/*
 * Electron's fuses are flipped at packaging by build/after-pack.cjs (issue 14). electron-builder
 * cannot run here, so the hook is checked as configured, and run on a stand-in binary that carries
 * a fuse wire laid out as Electron documents it (sentinel, version 1, length, one byte per fuse:
 * '0' off, '1' on); the result is read back byte by byte, not through @electron/fuses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  afterPack?: string;
};
type AfterPack = ((context: unknown) => Promise<void>) & { FUSES: Record<string, boolean> };
const hook = require(path.join(root, 'build/after-pack.cjs')) as AfterPack;

/** Electron's fuse wire, in Electron's order (docs/tutorial/fuses.md). */
const WIRE_ORDER = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
];
const WANTED: Record<string, '0' | '1'> = {
  RunAsNode: '0',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  EnableCookieEncryption: '1',
  GrantFileProtocolExtraPrivileges: '0',
};
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const work = mkdtempSync(path.join(tmpdir(), 'koopsuz-fuses-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in Electron binary: Electron's defaults (all but the last two on) plus a fuse this app does not know. */
function standIn(file: string, wire = '111111001'): void {
  const bytes = Buffer.concat([
    Buffer.from('MZ machine code '),
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'latin1'),
    Buffer.from(' more machine code'),
  ]);
  writeFileSync(file, bytes);
}
function wireOf(file: string): string {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(SENTINEL, 0, 'latin1') + SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}
const context = (dir: string, platform: string) => ({
  appOutDir: dir,
  electronPlatformName: platform,
  packager: { appInfo: { productFilename: 'Koopsuz' }, executableName: 'koopsuz' },
});

describe('Electron fuses', () => {
  it('electron-builder runs the hook after packing', () => {
    expect(config.afterPack).toBe('build/after-pack.cjs');
  });

  it('the hook sets exactly the fuses this app wants', () => {
    const listed = Object.fromEntries(
      Object.entries(hook.FUSES).map(([name, on]) => [name, on ? '1' : '0']),
    );
    expect(listed).toEqual(WANTED);
  });

  it.each([
    ['win32', 'Koopsuz.exe'],
    ['linux', 'koopsuz'],
  ])('flips them in the packed %s binary and leaves the others alone', async (platform, file) => {
    const dir = mkdtempSync(path.join(work, `${platform}-`));
    standIn(path.join(dir, file));
    await hook(context(dir, platform));
    const wire = wireOf(path.join(dir, file));
    WIRE_ORDER.forEach((name, index) => {
      const expected = WANTED[name] ?? '111111001'[index];
      expect(wire[index], name).toBe(expected);
    });
    expect(wire[8], 'a fuse the app does not set').toBe('1');
    expect(readFileSync(path.join(dir, file)).toString('latin1')).toContain(' more machine code');
  });

  it('fails the packaging when the binary carries no fuse wire', async () => {
    const dir = mkdtempSync(path.join(work, 'none-'));
    writeFileSync(path.join(dir, 'Koopsuz.exe'), 'MZ not electron');
    await expect(hook(context(dir, 'win32'))).rejects.toThrow(/sentinel/i);
  });
});
