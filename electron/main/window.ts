/*
 * The main window: the security flags of architecture A8, the app:// start page, and the size and
 * place the clerk left it in.
 */
import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { APP_START_URL } from './origin';
import {
  fitToScreen,
  MIN_SIZE,
  readWindowState,
  trackWindowState,
  type WindowState,
} from './window-state';

/** BrowserWindow options for a fitted state; pure so the security flags can be tested. */
export function windowOptions(
  state: Required<WindowState>,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Koopsuz',
    backgroundColor: '#ffffff',
    // Shown on ready-to-show so the clerk never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  userDataDir: string;
}

/** Creates the main window where it was last left and starts loading the app. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const state = fitToScreen(await readWindowState(options.userDataDir), screen);
  const window = new BrowserWindow(windowOptions(state, options.preloadPath));
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  trackWindowState(window, options.userDataDir);
  window.loadURL(APP_START_URL).catch((error: unknown) => {
    console.error('[window] cannot load', APP_START_URL, error);
  });
  return window;
}
