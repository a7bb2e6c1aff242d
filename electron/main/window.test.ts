import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;
const electron = vi.hoisted(() => {
  const primary = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const created: FakeWindow[] = [];
  class FakeWindow {
    listeners = new Map<string, Listener>();
    constructor(readonly options: Record<string, unknown>) {
      created.push(this);
    }
    once = vi.fn((name: string, listener: Listener) => this.listeners.set(name, listener));
    on = vi.fn((name: string, listener: Listener) => this.listeners.set(name, listener));
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    maximize = vi.fn();
    isMaximized = vi.fn(() => false);
    getNormalBounds = vi.fn(() => ({ x: 40, y: 30, width: 1300, height: 820 }));
    emit(name: string) {
      this.listeners.get(name)?.();
    }
  }
  return {
    BrowserWindow: FakeWindow,
    created,
    primary,
    screen: {
      getPrimaryDisplay: vi.fn(() => primary),
      getDisplayMatching: vi.fn(() => primary),
    },
  };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, screen: electron.screen }));

import { createMainWindow, windowOptions } from './window';
import { fitToScreen, readWindowState, WINDOW_STATE_FILE } from './window-state';

const folder = mkdtempSync(path.join(tmpdir(), 'koopsuz-window-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let userDataDir: string;
let counter = 0;

beforeEach(() => {
  userDataDir = path.join(folder, `profile-${counter++}`);
  mkdirSync(userDataDir);
  electron.created.length = 0;
  vi.clearAllMocks();
});

const stateFile = () => path.join(userDataDir, WINDOW_STATE_FILE);
const open = () => createMainWindow({ preloadPath: '/app/dist/preload/index.cjs', userDataDir });
const options = (window: unknown) => (window as { options: Record<string, unknown> }).options;

describe('window options', () => {
  it('lock the renderer down (architecture A8)', () => {
    const fitted = fitToScreen(null, electron.screen as never);
    const { webPreferences } = windowOptions(fitted, '/app/dist/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist/preload/index.cjs',
    });
  });

  it('open hidden at 1280x800 with a 1024x640 minimum, and load the app origin', async () => {
    const window = await open();
    expect(options(window)).toMatchObject({
      show: false,
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 640,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://koopsuz/index.html');
    expect(window.show).not.toHaveBeenCalled();
    (window as unknown as { emit(name: string): void }).emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
    expect(window.maximize).not.toHaveBeenCalled();
  });
});

describe('window state', () => {
  it('is saved on close and restored, maximized included', async () => {
    const first = await open();
    vi.mocked(first.isMaximized).mockReturnValue(true);
    (first as unknown as { emit(name: string): void }).emit('close');
    expect(JSON.parse(readFileSync(stateFile(), 'utf8'))).toEqual({
      x: 40,
      y: 30,
      width: 1300,
      height: 820,
      maximized: true,
    });
    const second = await open();
    expect(options(second)).toMatchObject({ x: 40, y: 30, width: 1300, height: 820 });
    (second as unknown as { emit(name: string): void }).emit('ready-to-show');
    expect(second.maximize).toHaveBeenCalled();
  });

  it.each([
    ['broken JSON', '{"x": 10, "y":'],
    ['a wrong shape', '{"bounds": [1, 2, 3]}'],
    ['text in numbers', '{"x":"1","y":"2","width":"1300","height":"800","maximized":false}'],
    ['a window too small', '{"x":0,"y":0,"width":10,"height":10,"maximized":false}'],
    ['an array', '[]'],
    ['null', 'null'],
  ])('is ignored when the file holds %s', async (_label, text) => {
    writeFileSync(stateFile(), text);
    expect(await readWindowState(userDataDir)).toBeNull();
    const window = await open();
    expect(options(window)).toMatchObject({ width: 1280, height: 800, x: 320, y: 120 });
  });

  it('brings a window from a monitor that is gone back onto the screen', async () => {
    writeFileSync(
      stateFile(),
      JSON.stringify({ x: 5000, y: -3000, width: 1300, height: 820, maximized: false }),
    );
    const window = await open();
    expect(electron.screen.getDisplayMatching).toHaveBeenCalledWith({
      x: 5000,
      y: -3000,
      width: 1300,
      height: 820,
    });
    expect(options(window)).toMatchObject({ x: 1920 - 1300, y: 0, width: 1300, height: 820 });
  });

  it('shrinks a window larger than the display it lands on', () => {
    const small = { workArea: { x: 1920, y: 0, width: 1366, height: 728 } };
    const screen = { getPrimaryDisplay: () => small, getDisplayMatching: () => small };
    const saved = { x: 1950, y: 10, width: 2500, height: 1400, maximized: false };
    expect(fitToScreen(saved, screen as never)).toEqual({
      x: 1920,
      y: 0,
      width: 1366,
      height: 728,
      maximized: false,
    });
  });

  it('does not stop the window closing when the state cannot be written', async () => {
    const window = await open();
    rmSync(userDataDir, { recursive: true });
    writeFileSync(userDataDir, 'a file where the folder was');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => (window as unknown as { emit(name: string): void }).emit('close')).not.toThrow();
    expect(existsSync(stateFile())).toBe(false);
  });
});
