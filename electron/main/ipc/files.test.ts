import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-mock')).electron);
vi.mock('node:fs/promises', async (original) =>
  (await import('../../test-support/electron-mock')).fsPromisesWithSpy(original),
);

import { electron, fsSpy } from '../../test-support/electron-mock';
import { invoke, invokeEvent, TRUSTED_URL } from '../../test-support/ipc';
import { registerFileHandlers } from './files';

const folder = mkdtempSync(path.join(tmpdir(), 'koopsuz-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const valid = {
  suggestedName: 'План 2027.xlsx',
  bytes: new Uint8Array([0x50, 0x4b, 3, 4]),
  filters: [{ name: 'Excel', extensions: ['xlsx'] }],
};

const save = (url: string, ...args: unknown[]) =>
  invoke(electron.ipcMain.handle, 'files:save-bytes', invokeEvent(url), ...args);

beforeEach(() => {
  electron.ipcMain.handle.mockReset();
  electron.dialog.showSaveDialog.mockReset();
  fsSpy.writeFile.mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerFileHandlers();
});
afterEach(() => vi.mocked(console.error).mockRestore());

describe('files:save-bytes', () => {
  it('asks where to save with the suggested name and filters, then writes there', async () => {
    const target = path.join(folder, 'plan.xlsx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await save(TRUSTED_URL, valid);
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    const [, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, never];
    expect(options).toMatchObject({
      defaultPath: path.join('/home/clerk/Documents', 'План 2027.xlsx'),
      filters: valid.filters,
    });
    expect(new Uint8Array(readFileSync(target))).toEqual(valid.bytes);
    // The spy sees real writes, so its "not called" below means something.
    expect(fsSpy.writeFile).toHaveBeenCalledOnce();
  });

  it('writes nothing when the clerk cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await save(TRUSTED_URL, valid)).toEqual({ ok: true, value: { saved: false } });
    expect(fsSpy.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['bytes as a number array', { ...valid, bytes: [1, 2, 3] }],
    ['bytes as a string', { ...valid, bytes: 'PK' }],
    ['a path as the name', { ...valid, suggestedName: '../../Windows/evil.dll' }],
    ['an absolute name', { ...valid, suggestedName: 'C:\\Windows\\evil.dll' }],
    ['no filters', { suggestedName: valid.suggestedName, bytes: valid.bytes }],
    ['a bad extension', { ...valid, filters: [{ name: 'x', extensions: ['*.exe'] }] }],
    ['nothing', undefined],
  ])('refuses %s: no dialog, nothing written', async (_label, payload) => {
    const result = await save(TRUSTED_URL, payload);
    expect(result).toEqual({ ok: false, error: 'invalid-input' });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(fsSpy.writeFile).not.toHaveBeenCalled();
  });

  it.each(['https://evil.example/', 'file:///tmp/page.html'])(
    'refuses the sender %s: no dialog, nothing written',
    async (url) => {
      expect(await save(url, valid)).toEqual({ ok: false, error: 'forbidden-sender' });
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
      expect(fsSpy.writeFile).not.toHaveBeenCalled();
    },
  );

  it('reports write-failed when the chosen folder cannot be written', async () => {
    const target = path.join(folder, 'no-such-folder', 'plan.xlsx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await save(TRUSTED_URL, valid)).toEqual({ ok: false, error: 'write-failed' });
    expect(readdirSync(folder)).not.toContain('no-such-folder');
  });
});
