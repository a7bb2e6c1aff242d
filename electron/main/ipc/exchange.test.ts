import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const root = mkdtempSync(path.join(tmpdir(), 'koopsuz-exchange-ipc-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: { getPath: vi.fn() },
  dialog: { showOpenDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
}));
vi.mock('electron', () => electron);

import { invoke, invokeEvent, TRUSTED_URL } from '../../test-support/ipc';
import { registerExchangeHandlers } from './exchange';

const call = (channel: string, ...args: unknown[]) =>
  invoke(electron.ipcMain.handle, channel, invokeEvent(TRUSTED_URL), ...args);
const NAME = 'koopsuz-Leninsky-0001.koopsuz-exchange';
let userData: string;
let folder: string;

beforeEach(() => {
  userData = mkdtempSync(path.join(root, 'user-'));
  folder = mkdtempSync(path.join(root, 'shared-'));
  electron.ipcMain.handle.mockReset();
  electron.app.getPath.mockReturnValue(userData);
  electron.dialog.showOpenDialog.mockReset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerExchangeHandlers();
});

describe('exchange channels', () => {
  it('before a folder is chosen: none listed, nothing written or read', async () => {
    expect(await call('exchange:get-folder')).toEqual({
      ok: true,
      value: { folder: null, files: [] },
    });
    const bytes = new Uint8Array([1, 2]);
    expect(await call('exchange:write-package', { name: NAME, bytes })).toEqual({
      ok: false,
      error: 'open-failed',
    });
    expect(await call('exchange:read-package', { name: NAME })).toEqual({
      ok: false,
      error: 'open-failed',
    });
  });

  it('a cancelled dialog changes nothing; a chosen folder is remembered and listed', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('exchange:choose-folder')).toEqual({ ok: true, value: null });
    expect(existsSync(path.join(userData, 'exchange-folder.json'))).toBe(false);

    writeFileSync(path.join(folder, NAME), 'package');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const chosen = (await call('exchange:choose-folder')) as {
      ok: true;
      value: { folder: string; files: { name: string }[] };
    };
    expect(chosen.value.folder).toBe(folder);
    expect(chosen.value.files.map((f) => f.name)).toEqual([NAME]);
    expect((await call('exchange:get-folder')) as unknown).toEqual(chosen);
  });

  it('writes into the chosen folder and reads from it, only by package names', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    await call('exchange:choose-folder');
    const bytes = new TextEncoder().encode('signed package');
    expect(await call('exchange:write-package', { name: NAME, bytes })).toEqual({
      ok: true,
      value: { name: NAME },
    });
    expect(readFileSync(path.join(folder, NAME), 'utf8')).toBe('signed package');
    const read = (await call('exchange:read-package', { name: NAME })) as {
      ok: true;
      value: Uint8Array;
    };
    expect(new TextDecoder().decode(read.value)).toBe('signed package');
    expect(await call('exchange:read-package', { name: '../exchange-folder.json' })).toEqual({
      ok: false,
      error: 'invalid-input',
    });
    expect(
      await call('exchange:write-package', { name: 'koopsuz-x.exe', bytes: new Uint8Array([1]) }),
    ).toEqual({ ok: false, error: 'invalid-input' });
  });
});
