/*
 * The wiring: checks order (scheme before ready), that every channel of the contract gets a
 * handler, and that a second copy sets nothing up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const userData = mkdtempSync(path.join(tmpdir(), 'koopsuz-index-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

const electron = vi.hoisted(() => {
  const state = { gotLock: true, ready: () => {} };
  const windows: {
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    on: ReturnType<typeof vi.fn>;
    webContents: { on: ReturnType<typeof vi.fn> };
  }[] = [];
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    webContents = { on: vi.fn() };
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  return {
    state,
    windows,
    module: {
      app: {
        isPackaged: true,
        requestSingleInstanceLock: vi.fn(() => state.gotLock),
        quit: vi.fn(),
        exit: vi.fn(),
        on: vi.fn(),
        whenReady: vi.fn(() => new Promise<void>((resolve) => (state.ready = resolve))),
        getAppPath: vi.fn(() => '/opt/Koopsuz/resources/app.asar'),
        getPath: vi.fn(),
        getName: vi.fn(() => 'Koopsuz'),
        getVersion: vi.fn(() => '0.1.0'),
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
        },
      },
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
      BrowserWindow,
      screen: { getPrimaryDisplay: () => display, getDisplayMatching: () => display },
      dialog: {},
      shell: {},
    },
  };
});
vi.mock('electron', () => electron.module);

import { channels } from '../../shared/ipc';

const { app, protocol, ipcMain, session } = electron.module;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.windows.length = 0;
  app.getPath.mockReturnValue(userData);
});

describe('main process start-up', () => {
  it('registers the scheme before ready, then wires everything once ready', async () => {
    electron.state.gotLock = true;
    await import('./index');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));

    electron.state.ready();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));

    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const registered = ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(registered.sort()).toEqual(Object.keys(channels).sort());
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalled();

    const window = electron.windows[0];
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join('/opt/Koopsuz/resources/app.asar', 'dist', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://koopsuz/index.html');
    // Crash recovery watches the page.
    expect(window?.webContents.on).toHaveBeenCalledWith(
      'render-process-gone',
      expect.any(Function),
    );
    expect(window?.on).toHaveBeenCalledWith('unresponsive', expect.any(Function));
  });

  it('sets nothing up in a second copy', async () => {
    electron.state.gotLock = false;
    await import('./index');
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });
});
