import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const userData = mkdtempSync(path.join(tmpdir(), 'koopsuz-backup-ipc-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: { getPath: vi.fn() },
  shell: { openPath: vi.fn(async () => '') },
}));
vi.mock('electron', () => electron);

import { invoke, invokeEvent, TRUSTED_URL } from '../../test-support/ipc';
import { backupBytes, gzipText } from '../../test-support/backup-bytes';
import { BackupBroker } from '../auto-backup';
import { registerBackupHandlers } from './backup';

let GZ: Uint8Array;
beforeAll(async () => {
  GZ = await backupBytes();
});
const call = (channel: string, url: string, ...args: unknown[]) =>
  invoke(electron.ipcMain.handle, channel, invokeEvent(url), ...args);
const backups = path.join(userData, 'backups');
let broker: BackupBroker;

beforeEach(() => {
  electron.ipcMain.handle.mockReset();
  electron.app.getPath.mockReturnValue(userData);
  electron.shell.openPath.mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  broker = new BackupBroker();
  clock.now = 1_000_000;
  registerBackupHandlers(broker, () => clock.now);
});
const clock = { now: 0 };

describe('backup channels', () => {
  it('write-safety writes into <userData>/backups under its own name', async () => {
    const result = (await call('backup:write-safety', TRUSTED_URL, { bytes: GZ })) as {
      ok: true;
      value: { name: string; path: string };
    };
    expect(result.ok).toBe(true);
    expect(result.value.name).toMatch(/^koopsuz-safety-.*\.koopsuz$/);
    expect(path.dirname(result.value.path)).toBe(backups);
    expect(readdirSync(backups)).toContain(result.value.name);
  });

  it.each([
    ['gzip of another program', () => gzipText('{"a":1}\n{"b":2}')],
    ['a header without the magic', () => backupBytes({ magic: 'other' })],
    ['a header of a newer file format', () => backupBytes({ format: 2 })],
    ['a header with a broken checksum field', () => backupBytes({ checksum: 'x' })],
    ['gzip without a line break', () => gzipText('{"magic":"koopsuz-backup"}')],
    ['a truncated gzip', async () => (await backupBytes()).slice(0, 12)],
    ['bytes that are not gzip', async () => new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])],
  ])('write-safety refuses %s and writes nothing', async (_label, make) => {
    const before = safeList();
    expect(await call('backup:write-safety', TRUSTED_URL, { bytes: await make() })).toEqual({
      ok: false,
      error: 'invalid-input',
    });
    expect(safeList()).toEqual(before);
  });

  it('write-safety refuses a gzip bomb without inflating it: no line break in the first 1 MB', async () => {
    const { gzipSync } = await import('node:zlib');
    const bomb = new Uint8Array(gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)));
    expect(await call('backup:write-safety', TRUSTED_URL, { bytes: bomb })).toEqual({
      ok: false,
      error: 'invalid-input',
    });
  });

  it('write-safety is rate-limited: five in ten minutes, then refused until the window moves', async () => {
    for (let i = 0; i < 5; i += 1) {
      clock.now += 1000;
      expect(await call('backup:write-safety', TRUSTED_URL, { bytes: GZ })).toMatchObject({
        ok: true,
      });
    }
    const before = safeList();
    expect(await call('backup:write-safety', TRUSTED_URL, { bytes: GZ })).toEqual({
      ok: false,
      error: 'write-failed',
    });
    expect(safeList()).toEqual(before);
    clock.now += 10 * 60 * 1000;
    expect(await call('backup:write-safety', TRUSTED_URL, { bytes: GZ })).toMatchObject({
      ok: true,
    });
  });

  it('get-status lists the backups; read returns one of them', async () => {
    mkdirSync(backups, { recursive: true });
    writeFileSync(path.join(backups, 'koopsuz-auto-2026-11-05-143000.koopsuz'), GZ);
    writeFileSync(path.join(backups, 'other.txt'), 'x');
    const status = (await call('backup:get-status', TRUSTED_URL)) as {
      ok: true;
      value: { files: { name: string }[] };
    };
    expect(status.value.files.map((f) => f.name)).toContain(
      'koopsuz-auto-2026-11-05-143000.koopsuz',
    );
    expect(status.value.files.map((f) => f.name)).not.toContain('other.txt');
    expect(
      await call('backup:read', TRUSTED_URL, { name: 'koopsuz-auto-2026-11-05-143000.koopsuz' }),
    ).toEqual({
      ok: true,
      value: GZ,
    });
  });

  it.each([
    '../secrets.koopsuz',
    '..\\..\\Windows\\win.ini',
    '/etc/passwd',
    'C:\\Users\\clerk\\koopsuz-auto-2026-11-05-143000.koopsuz',
    'koopsuz-auto-2026-11-05-143000.koopsuz/../../x',
    'other.txt',
  ])('read refuses the name %s', async (name) => {
    expect(await call('backup:read', TRUSTED_URL, { name })).toEqual({
      ok: false,
      error: 'invalid-input',
    });
  });

  it('read of a missing backup answers read-failed', async () => {
    expect(
      await call('backup:read', TRUSTED_URL, { name: 'koopsuz-auto-2020-01-01-000000.koopsuz' }),
    ).toEqual({
      ok: false,
      error: 'read-failed',
    });
  });

  it('open-folder opens the backups folder and takes no path', async () => {
    expect(await call('backup:open-folder', TRUSTED_URL)).toEqual({ ok: true, value: null });
    expect(electron.shell.openPath).toHaveBeenCalledWith(backups);
    expect(await call('backup:open-folder', TRUSTED_URL, '/tmp')).toEqual({
      ok: false,
      error: 'invalid-input',
    });
  });

  it('await-request and deliver carry a backup to the broker', async () => {
    const bytes = broker.requestBytes(1000);
    const request = (await call('backup:await-request', TRUSTED_URL)) as {
      ok: true;
      value: { requestId: string };
    };
    expect(
      await call('backup:deliver', TRUSTED_URL, { requestId: request.value.requestId, bytes: GZ }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(await bytes).toEqual(GZ);
  });

  it.each([
    ['backup:write-safety', { bytes: new Uint8Array() }],
    ['backup:write-safety', { bytes: [0x1f, 0x8b] }],
    ['backup:write-safety', { bytes: GZ, name: '../../evil.dll' }],
    ['backup:deliver', { requestId: 'not-a-uuid', bytes: GZ }],
    ['backup:deliver', { requestId: crypto.randomUUID() }],
  ])('%s refuses %j', async (channel, input) => {
    const before = safeList();
    expect(await call(channel, TRUSTED_URL, input)).toEqual({ ok: false, error: 'invalid-input' });
    expect(safeList()).toEqual(before);
  });

  it.each([
    'backup:await-request',
    'backup:deliver',
    'backup:write-safety',
    'backup:get-status',
    'backup:read',
    'backup:open-folder',
  ])('%s refuses a foreign sender', async (channel) => {
    const before = safeList();
    expect(await call(channel, 'https://evil.example/', { bytes: GZ })).toEqual({
      ok: false,
      error: 'forbidden-sender',
    });
    expect(safeList()).toEqual(before);
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });
});

function safeList(): string[] {
  try {
    return readdirSync(backups).sort();
  } catch {
    return [];
  }
}
