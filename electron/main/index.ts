/* The main process: wiring only. Each concern lives in its own module beside this one. */
import { app, dialog, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { BackupBroker, installAutoBackup } from './auto-backup';
import { backupsFolder } from './backup-store';
import { installCrashRecovery, reportBackupFailure } from './crash-recovery';
import { readLanguage } from './i18n';
import { registerIpcHandlers } from './ipc';
import { applyLanguage } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, installSecurity } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

// getAppPath() is the folder (or app.asar) holding package.json; the builds live in its dist/.
const distDir = (): string => path.join(app.getAppPath(), 'dist');

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  registerAppProtocol(path.join(distDir(), 'renderer'));
  const userDataDir = app.getPath('userData');
  await applyLanguage(await readLanguage(userDataDir));
  const backupBroker = new BackupBroker();
  registerIpcHandlers({
    changeLanguage: (language) => applyLanguage(language, { saveIn: userDataDir }),
    backupBroker,
  });
  installAutoBackup(app, backupBroker);
  mainWindow = await createMainWindow({
    preloadPath: path.join(distDir(), 'preload', 'index.cjs'),
    userDataDir,
  });
  const window = mainWindow;
  installCrashRecovery(window, {
    dialog,
    broker: backupBroker,
    userDataDir,
    quit: () => app.quit(),
  });
  // After the window is shown (createMainWindow's own ready-to-show listener runs first).
  window.once('ready-to-show', () => {
    reportBackupFailure(window, backupsFolder(userDataDir), dialog).catch((error: unknown) =>
      console.error('[backup] cannot report the last failure', error),
    );
  });
  window.on('closed', () => {
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
