import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

import { invoke, invokeEvent, TRUSTED_URL } from '../../test-support/ipc';
import { handle, IpcError } from './register';

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  electron.ipcMain.handle.mockReset();
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());

const FOREIGN_SENDERS = [
  'https://evil.example/',
  'file:///C:/Users/clerk/Desktop/page.html',
  'http://127.0.0.1:47813/',
  'app://evil/index.html',
  'app://koopsuz.evil.example/index.html',
  'about:blank',
];

describe('handle', () => {
  it('registers the channel with ipcMain.handle', () => {
    handle('app:get-info', vi.fn());
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('app:get-info', expect.any(Function));
  });

  it('passes parsed input to the handler and wraps its value', async () => {
    const fn = vi.fn(() => ({ printed: true }));
    handle('print:print-document', fn);
    const event = invokeEvent(TRUSTED_URL);
    const result = await invoke(electron.ipcMain.handle, 'print:print-document', event, {
      orientation: 'landscape',
    });
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(fn).toHaveBeenCalledWith({ orientation: 'landscape' }, event);
  });

  it.each(FOREIGN_SENDERS)('refuses the sender %s without running the handler', async (url) => {
    const fn = vi.fn(() => ({ printed: true }));
    handle('print:print-document', fn);
    const result = await invoke(electron.ipcMain.handle, 'print:print-document', invokeEvent(url), {
      orientation: 'portrait',
    });
    expect(result).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame is gone', async () => {
    const fn = vi.fn(() => null);
    handle('app:open-data-folder', fn);
    const result = await invoke(electron.ipcMain.handle, 'app:open-data-folder', invokeEvent(null));
    expect(result).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([
    [[{ orientation: 'sideways' }]],
    [[{}]],
    [['landscape']],
    [[]],
    [[{ orientation: 'portrait' }, 'extra']],
  ])('refuses malformed input %j', async (args) => {
    const fn = vi.fn(() => ({ printed: true }));
    handle('print:print-document', fn);
    const result = await invoke(
      electron.ipcMain.handle,
      'print:print-document',
      invokeEvent(TRUSTED_URL),
      ...args,
    );
    expect(result).toEqual({ ok: false, error: 'invalid-input' });
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses input on a channel that takes none', async () => {
    const fn = vi.fn(() => null);
    handle('app:open-data-folder', fn);
    const event = invokeEvent(TRUSTED_URL);
    const result = await invoke(electron.ipcMain.handle, 'app:open-data-folder', event, 'C:/');
    expect(result).toEqual({ ok: false, error: 'invalid-input' });
    expect(fn).not.toHaveBeenCalled();
  });

  it('answers an expected failure with its code', async () => {
    handle('app:open-data-folder', () => {
      throw new IpcError('open-failed');
    });
    const event = invokeEvent(TRUSTED_URL);
    const result = await invoke(electron.ipcMain.handle, 'app:open-data-folder', event);
    expect(result).toEqual({ ok: false, error: 'open-failed' });
  });

  it('answers a programming error with "internal" and logs it with the channel', async () => {
    handle('app:get-info', async () => {
      throw new TypeError('boom');
    });
    const result = await invoke(electron.ipcMain.handle, 'app:get-info', invokeEvent(TRUSTED_URL));
    expect(result).toEqual({ ok: false, error: 'internal' });
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining('app:get-info'),
      expect.any(TypeError),
    );
  });
});

describe('hostile input objects', () => {
  it('answers invalid-input when reading the payload throws', async () => {
    const { invokeChecked } = await import('./register');
    const hostile = Object.defineProperty({}, 'language', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const event = { senderFrame: { url: 'app://koopsuz/index.html', origin: 'app://koopsuz' } };
    const fn = vi.fn();
    const result = await invokeChecked('app:set-language', fn, event as never, [hostile]);
    expect(result).toEqual({ ok: false, error: 'invalid-input' });
    expect(fn).not.toHaveBeenCalled();
  });
});
