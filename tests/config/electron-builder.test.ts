/*
 * electron-builder cannot run here (it downloads Electron, NSIS and Wine), so its configuration
 * and the icon files it packs are checked as data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file));

interface Target {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  win: { icon: string; target: Target[] };
  nsis: Record<string, unknown>;
  linux: { icon: string; target: Target[]; maintainer?: string };
}

const config = parse(read('electron-builder.yml').toString('utf8')) as BuilderConfig;
const pkg = JSON.parse(read('package.json').toString('utf8')) as {
  main: string;
  version: string;
  scripts: Record<string, string>;
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number; colorType: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png[25] ?? -1 };
}

function targetsOf(targets: Target[]): Map<string, string[]> {
  return new Map(targets.map((t) => [t.target, t.arch ?? []]));
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.productName).toBe('Koopsuz');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.asar).toBe(true);
  });

  it('installs per user without administrator rights and keeps the data on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds an NSIS installer and a portable exe for 64- and 32-bit Windows', () => {
    const targets = targetsOf(config.win.target);
    expect(targets.get('nsis')).toEqual(expect.arrayContaining(['x64', 'ia32']));
    expect(targets.get('portable')).toEqual(expect.arrayContaining(['x64', 'ia32']));
    const names = [
      config.nsis.artifactName,
      (config as unknown as { portable: { artifactName: string } }).portable.artifactName,
    ];
    expect(new Set(names).size, 'installer and portable exe need different names').toBe(2);
  });

  it('builds an AppImage and a deb for Linux', () => {
    const targets = targetsOf(config.linux.target);
    expect([...targets.keys()]).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
  });

  it('packs the built bundles and no sources, tests or source maps', () => {
    const files = config.files;
    for (const bundle of ['dist/main/**/*', 'dist/preload/**/*', 'dist/renderer/**/*']) {
      expect(files).toContain(bundle);
    }
    expect(files).toContain('package.json');
    for (const excluded of [
      '!renderer/**',
      '!shared/**',
      '!electron/**',
      '!tests/**',
      '!**/*.map',
      '!**/*.test.*',
      '!node_modules/**/*',
    ]) {
      expect(files).toContain(excluded);
    }
    expect(
      files
        .filter((f) => !f.startsWith('!'))
        .every((f) => f.startsWith('dist/') || f === 'package.json'),
    ).toBe(true);
  });

  it('points at the entry points the build scripts produce', () => {
    expect(pkg.main).toBe('dist/main/index.cjs');
    expect(pkg.scripts['build:main']).toContain(`--outfile=${pkg.main}`);
    expect(pkg.scripts['build:preload']).toContain('--outfile=dist/preload/index.cjs');
    expect(read('electron/main/index.ts').toString('utf8')).toContain("'preload', 'index.cjs'");
  });
});

describe('icons', () => {
  it('icon.png is a 512x512 RGBA PNG', () => {
    expect(config.linux.icon).toBe('build/icon.png');
    expect(pngSize(read(config.linux.icon))).toEqual({ width: 512, height: 512, colorType: 6 });
  });

  it('icon.ico holds PNG images from 16 to 256 pixels', () => {
    expect(config.win.icon).toBe('build/icon.ico');
    const ico = read(config.win.icon);
    expect(ico.readUInt16LE(0), 'reserved').toBe(0);
    expect(ico.readUInt16LE(2), 'type 1 = icon').toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let index = 0; index < count; index++) {
      const entry = 6 + 16 * index;
      const size = ico[entry] === 0 ? 256 : (ico[entry] ?? 0);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const image = ico.subarray(offset, offset + length);
      expect(pngSize(image)).toMatchObject({ width: size, height: size });
      sizes.push(size);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });
});
