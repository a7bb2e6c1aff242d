import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: {
    getName: vi.fn(() => 'Koopsuz'),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn((name: string) => `/home/clerk/.config/Koopsuz/${name}`),
  },
  shell: { openPath: vi.fn(async () => '') },
}));
vi.mock('electron', () => electron);

import { appInfoSchema } from '../../../shared/ipc';
import { invoke, invokeEvent, TRUSTED_URL } from '../../test-support/ipc';
import { registerAppHandlers } from './app';

const changeLanguage = vi.fn(async () => undefined);
const call = (channel: string, ...args: unknown[]) =>
  invoke(electron.ipcMain.handle, channel, invokeEvent(TRUSTED_URL), ...args);

beforeEach(() => {
  electron.ipcMain.handle.mockReset();
  electron.shell.openPath.mockClear();
  changeLanguage.mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerAppHandlers({ changeLanguage });
});

describe('app channels', () => {
  it('app:get-info answers name, version and the data folder', async () => {
    const result = (await call('app:get-info')) as { ok: true; value: unknown };
    expect(result.ok).toBe(true);
    expect(appInfoSchema.parse(result.value)).toMatchObject({
      name: 'Koopsuz',
      version: '0.1.0',
      dataFolder: '/home/clerk/.config/Koopsuz/userData',
    });
  });

  it('app:set-language passes a known language on', async () => {
    expect(await call('app:set-language', { language: 'ky' })).toEqual({ ok: true, value: null });
    expect(changeLanguage).toHaveBeenCalledWith('ky');
  });

  it.each([{ language: 'de' }, { language: 'KY' }, 'ru', undefined])(
    'app:set-language refuses %j',
    async (input) => {
      expect(await call('app:set-language', input)).toEqual({ ok: false, error: 'invalid-input' });
      expect(changeLanguage).not.toHaveBeenCalled();
    },
  );

  it('app:open-data-folder opens userData and nothing else', async () => {
    expect(await call('app:open-data-folder')).toEqual({ ok: true, value: null });
    expect(electron.shell.openPath).toHaveBeenCalledWith('/home/clerk/.config/Koopsuz/userData');
  });

  it('app:open-data-folder ignores a path sent by the renderer', async () => {
    expect(await call('app:open-data-folder', 'C:\\Windows')).toEqual({
      ok: false,
      error: 'invalid-input',
    });
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });

  it('app:open-data-folder reports open-failed when the file manager refuses', async () => {
    electron.shell.openPath.mockResolvedValueOnce('Failed to open path');
    expect(await call('app:open-data-folder')).toEqual({ ok: false, error: 'open-failed' });
  });
});
