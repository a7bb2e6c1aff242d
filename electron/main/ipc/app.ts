/* app:* channels: what the app is, the clerk's language, and the way to the data folder. */
import { app, shell } from 'electron';
import type { AppInfo } from '../../../shared/ipc';
import type { Language } from '../../../shared/languages';
import { handle, IpcError } from './register';

export function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    platform: process.platform,
    dataFolder: app.getPath('userData'),
  };
}

/** Opens userData in the file manager; the only folder the app opens on its own. */
export async function openDataFolder(): Promise<void> {
  // shell.openPath reports failure as a message, not an exception.
  const problem = await shell.openPath(app.getPath('userData'));
  if (problem !== '') throw new IpcError('open-failed', { cause: problem });
}

export interface AppHandlerDeps {
  /** Persists the language and relocalizes the menu. */
  changeLanguage(language: Language): Promise<void>;
}

export function registerAppHandlers(deps: AppHandlerDeps): void {
  handle('app:get-info', () => appInfo());
  handle('app:set-language', async ({ language }) => {
    await deps.changeLanguage(language);
    return null;
  });
  handle('app:open-data-folder', async () => {
    await openDataFolder();
    return null;
  });
}
