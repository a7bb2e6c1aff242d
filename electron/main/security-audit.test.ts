/*
 * The shell's promises checked as a whole (issue 8, "nothing let in"): the Content-Security-Policy
 * allows no inline script and no remote origin; every channel of the IPC contract has a handler
 * and every handler refuses a foreign sender before doing anything; files are written only at a
 * path the clerk chose in a dialog or inside the app's data folder.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const userData = mkdtempSync(path.join(tmpdir(), 'koopsuz-audit-userdata-'));
const elsewhere = mkdtempSync(path.join(tmpdir(), 'koopsuz-audit-chosen-'));
afterAll(() => {
  rmSync(userData, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: {
    getPath: vi.fn(),
    getName: vi.fn(() => 'Koopsuz'),
    getVersion: vi.fn(() => '0.1.0'),
  },
  shell: { openPath: vi.fn(async () => '') },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

// Every write the main process makes goes through these; the spies record the paths.
const writes = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const track =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      writes.paths.push(String(args[0]));
      if (fn === (actual.rename as unknown)) writes.paths.push(String(args[1]));
      return fn(...args);
    };
  return {
    ...actual,
    writeFile: track(actual.writeFile),
    appendFile: track(actual.appendFile),
    rename: track(actual.rename),
    mkdir: track(actual.mkdir),
    unlink: track(actual.unlink),
    rm: track(actual.rm),
    copyFile: track(actual.copyFile),
    // Opening for writing ('w', 'wx', 'a', 'r+') is a write too; plain 'r' is not.
    open: (file: string, flags?: string) => {
      if (flags && flags !== 'r') writes.paths.push(String(file));
      return actual.open(file, flags);
    },
  };
});

import { channels, type ChannelName } from '../../shared/ipc';
import { prng, randomValue } from '../../tests/fixtures/prng';
import { backupBytes } from '../test-support/backup-bytes';
import { EXCHANGE_PAYLOADS } from '../test-support/exchange-payloads';
import { invoke, invokeEvent, TRUSTED_URL } from '../test-support/ipc';
import { BackupBroker } from './auto-backup';
import { CSP, CSP_HEADER } from './csp';
import { registerIpcHandlers } from './ipc';
import { writeLanguage } from './i18n';

const ROOT = path.resolve(__dirname, '../..');
const NAMES = Object.keys(channels) as ChannelName[];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function viteCsp(): string {
  const text = readFileSync(path.join(ROOT, 'vite.config.ts'), 'utf8');
  const declaration = /export const CSP =([\s\S]*?);\s*\n/.exec(text)?.[1] ?? '';
  return [...declaration.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('');
}

const fakeSender = {
  print: vi.fn((_options: unknown, done: (ok: boolean, reason: string) => void) =>
    done(false, 'cancelled'),
  ),
  printToPDF: vi.fn(async () => new Uint8Array([0x25, 0x50])),
};

function registerAll(): BackupBroker {
  electron.ipcMain.handle.mockReset();
  const backupBroker = new BackupBroker();
  registerIpcHandlers({
    changeLanguage: (language) => writeLanguage(userData, language),
    backupBroker,
  });
  return backupBroker;
}

beforeEach(() => {
  electron.app.getPath.mockImplementation((name: string) =>
    name === 'userData' ? userData : elsewhere,
  );
  electron.dialog.showSaveDialog.mockReset();
  electron.shell.openPath.mockClear();
  writes.paths.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('Content-Security-Policy', () => {
  const ALLOWED = new Set(["'self'", "'none'"]);
  // Styles: Mantine injects style attributes. Images and workers: data:/blob: URLs made locally.
  const EXTRA: Record<string, string[]> = {
    'style-src': ["'unsafe-inline'"],
    'img-src': ['data:', 'blob:'],
    'worker-src': ['blob:'],
  };

  it.each([
    ['electron/main/csp.ts (header)', CSP_HEADER],
    ['electron/main/csp.ts (meta)', CSP],
    ['vite.config.ts', viteCsp()],
  ])('%s forbids inline scripts and every remote origin', (_label, policy) => {
    const map = directives(policy);
    expect(map.get('default-src')).toEqual(["'self'"]);
    expect(map.get('script-src')).toEqual(["'self'"]);
    expect(map.get('object-src')).toEqual(["'none'"]);
    expect(map.get('base-uri')).toEqual(["'none'"]);
    for (const [name, sources] of map) {
      for (const source of sources) {
        expect(
          ALLOWED.has(source) || (EXTRA[name] ?? []).includes(source),
          `${name} ${source}`,
        ).toBe(true);
      }
    }
  });

  it('the built page has no inline script or inline event handler', () => {
    const dist = path.join(
      ROOT,
      process.env.KOOPSUZ_RENDERER_DIST ?? 'dist/renderer',
      'index.html',
    );
    const source = path.join(ROOT, 'renderer/index.html');
    for (const file of [source, dist].filter(existsSync)) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        expect(tag, file).toMatch(/\ssrc=/);
        expect(tag.replace(/<script\b[^>]*>|<\/script>/gi, '').trim(), file).toBe('');
      }
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});

describe('IPC senders', () => {
  it('every channel of the contract has a handler', () => {
    registerAll();
    const registered = electron.ipcMain.handle.mock.calls.map(([name]) => name as string);
    expect([...registered].sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s refuses a foreign sender before doing anything', async (channel) => {
    registerAll();
    for (const url of [
      'https://evil.example/',
      'file:///C:/page.html',
      'app://koopsuz.evil/',
      null,
    ]) {
      const result = await invoke(
        electron.ipcMain.handle,
        channel,
        invokeEvent(url, fakeSender),
        undefined,
      );
      expect(result).toEqual({ ok: false, error: 'forbidden-sender' });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(electron.shell.openPath).not.toHaveBeenCalled();
    expect(fakeSender.print).not.toHaveBeenCalled();
    expect(writes.paths).toEqual([]);
  });
});

describe('file writes', () => {
  const inside = (folder: string, file: string) => {
    const relative = path.relative(path.resolve(folder), path.resolve(file));
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };

  it('only the modules that write to a chosen path or the data folder touch the file system', () => {
    // Each entry: a main-process module allowed to write, and where it writes.
    const allowed: Record<string, string> = {
      'save-file.ts': 'the path the save dialog returned',
      'backup-store.ts': '<userData>/backups',
      'i18n.ts': '<userData>/language file',
      'window-state.ts': '<userData>/window state file',
      'ipc/backup.ts': 'creates <userData>/backups before opening it',
      'crash-recovery.ts': '<userData>/logs, the shell event log',
      'durable-write.ts':
        'new files in the folder backup-store.ts or exchange-folder.ts names (<userData>/backups, the exchange folder)',
      'exchange-folder.ts':
        '<userData>/exchange folder note, and packages in the exchange folder the open dialog returned',
    };
    const writers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const text = readFileSync(full, 'utf8');
          if (
            /\b(writeFile|writeFileSync|appendFile|createWriteStream|rename|renameSync|copyFile|mkdir|mkdirSync|unlink|rm|rmSync)\s*[(,}]/.test(
              text,
            )
          ) {
            writers.push(path.relative(__dirname, full).split(path.sep).join('/'));
          }
        }
      }
    };
    walk(__dirname);
    expect(writers.sort()).toEqual(Object.keys(allowed).sort());
  });

  it('valid and 600 hostile calls on every channel write only inside userData or at the dialog’s path', async () => {
    const chosen = path.join(elsewhere, 'План.xlsx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const exchangeFolder = mkdtempSync(path.join(elsewhere, 'exchange-'));
    electron.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [exchangeFolder],
    });
    const broker = registerAll();
    const valid: Record<ChannelName, unknown> = {
      'app:get-info': undefined,
      'app:set-language': { language: 'ky' },
      'app:open-data-folder': undefined,
      'files:save-bytes': {
        suggestedName: 'План.xlsx',
        bytes: new Uint8Array([1]),
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      },
      'print:print-document': { orientation: 'landscape' },
      'print:save-pdf': { suggestedName: 'План.pdf' },
      'backup:await-request': undefined,
      'backup:deliver': { requestId: crypto.randomUUID(), bytes: new Uint8Array([0x1f, 0x8b]) },
      'backup:write-safety': { bytes: await backupBytes() },
      'backup:get-status': undefined,
      'backup:read': { name: '../../koopsuz-auto-2026-11-05-143000.koopsuz' },
      'backup:open-folder': undefined,
      ...EXCHANGE_PAYLOADS,
    };
    const call = (channel: ChannelName, input: unknown) =>
      channel === 'backup:await-request'
        ? Promise.race([
            invoke(electron.ipcMain.handle, channel, invokeEvent(TRUSTED_URL, fakeSender), input),
            Promise.resolve(null),
          ])
        : invoke(electron.ipcMain.handle, channel, invokeEvent(TRUSTED_URL, fakeSender), input);
    for (const channel of NAMES) await call(channel, valid[channel]);
    const rng = prng(424242);
    for (let n = 0; n < 600; n += 1) {
      const channel = rng.pick(NAMES);
      const base = valid[channel];
      const input =
        base && typeof base === 'object' && rng.next() < 0.6
          ? {
              ...(base as object),
              [rng.pick([...Object.keys(base as object), 'path', 'folder'])]: randomValue(rng),
            }
          : randomValue(rng);
      // What crosses IPC is a structured clone: prototypes are not carried.
      await call(channel, structuredClone(input));
    }
    void broker;
    expect(writes.paths.length).toBeGreaterThan(0);
    for (const written of writes.paths) {
      expect(
        inside(userData, written) || written === chosen || inside(exchangeFolder, written),
        written,
      ).toBe(true);
    }
    expect(writes.paths.some((p) => inside(exchangeFolder, p))).toBe(true);
    expect(writes.paths).toContain(chosen);
    expect(writes.paths.some((p) => inside(path.join(userData, 'backups'), p))).toBe(true);
  });
});
