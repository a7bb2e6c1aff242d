/* exchange:* channels: the exchange folder the clerk chose, its packages, outgoing packages. */
import { app, BrowserWindow, dialog } from 'electron';
import en from '../../../shared/i18n/en/exchange.json';
import ky from '../../../shared/i18n/ky/exchange.json';
import ru from '../../../shared/i18n/ru/exchange.json';
import type { ExchangeFolderStatus } from '../../../shared/ipc';
import {
  chosenExchangeFolder,
  listExchangeFolder,
  readExchangeFile,
  rememberExchangeFolder,
  writeExchangeFile,
} from '../exchange-folder';
import { currentLanguage } from '../i18n';
import { handle, IpcError } from './register';

const titles = { ru, ky, en };

async function status(userDataDir: string): Promise<ExchangeFolderStatus> {
  const folder = await chosenExchangeFolder(userDataDir);
  if (!folder) return { folder: null, files: [] };
  try {
    return { folder, files: await listExchangeFolder(folder) };
  } catch (error) {
    // A share that is offline: the folder is still the clerk's choice, with nothing to offer.
    console.error('[exchange] folder unreadable', error);
    return { folder, files: [] };
  }
}

async function folderOrFail(userDataDir: string): Promise<string> {
  const folder = await chosenExchangeFolder(userDataDir);
  if (!folder) throw new IpcError('open-failed', { cause: 'no exchange folder chosen' });
  return folder;
}

export function registerExchangeHandlers(userData = () => app.getPath('userData')): void {
  handle('exchange:get-folder', () => status(userData()));
  handle('exchange:choose-folder', async (_input, event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: titles[currentLanguage()].folder.dialogTitle,
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const folder = result.filePaths[0];
    if (result.canceled || !folder) return null;
    await rememberExchangeFolder(userData(), folder);
    return status(userData());
  });
  handle('exchange:write-package', async ({ name, bytes }) => {
    const folder = await folderOrFail(userData());
    try {
      return { name: await writeExchangeFile(folder, name, bytes) };
    } catch (error) {
      throw new IpcError('write-failed', { cause: error });
    }
  });
  handle('exchange:read-package', async ({ name }) => {
    const folder = await folderOrFail(userData());
    try {
      return await readExchangeFile(folder, name);
    } catch (error) {
      throw new IpcError('read-failed', { cause: error });
    }
  });
}
