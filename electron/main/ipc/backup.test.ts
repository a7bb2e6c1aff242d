import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const userData = mkdtempSync(path.join(tmpdir(), 'koopsuz-backup-ipc-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: { getPath: vi.fn() },
  shell: { openPath: vi.fn(async () => '') },
}));
vi.mock('electron', () => electron);

import { invoke, invokeEvent, TRUSTED_URL } from '../../test-support/ipc';
import { BackupBroker } from '../auto-backup';
import { registerBackupHandlers } from './backup';

const GZ = new Uint8Array([0x1f, 0x8b, 8, 0]);
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
  registerBackupHandlers(broker);
});

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
