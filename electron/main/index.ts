/* The main process: wiring only. Each concern lives in its own module beside this one. */
import { app, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Language } from '../../shared/languages';
import { readLanguage, setCurrentLanguage, writeLanguage } from './i18n';
import { registerAppHandlers } from './ipc/app';
import { registerFileHandlers } from './ipc/files';
import { registerPrintHandlers } from './ipc/print';
import { buildMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, installSecurity } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

// The bundle is dist/main/index.cjs; the renderer and preload are built beside it.
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, '..', 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;

async function changeLanguage(language: Language): Promise<void> {
  setCurrentLanguage(language);
  buildMenu(language);
  await writeLanguage(app.getPath('userData'), language);
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  registerAppProtocol(rendererRoot);
  const userDataDir = app.getPath('userData');
  const language = await readLanguage(userDataDir);
  setCurrentLanguage(language);
  buildMenu(language);
  registerAppHandlers({ changeLanguage });
  registerFileHandlers();
  registerPrintHandlers();
  mainWindow = await createMainWindow({ preloadPath, userDataDir });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Both must happen before the app is ready.
registerAppScheme();
if (claimSingleInstance(app, () => mainWindow)) {
  installSecurity(app);
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    console.error('[main] start-up failed', error);
    app.exit(1);
  });
}
