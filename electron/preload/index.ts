/*
 * The preload: exposes `window.api`, one named function per channel of shared/ipc.ts, each bound
 * to its fixed channel (architecture A8). Neither ipcRenderer nor a generic invoke ever reaches
 * the page, so a script in the renderer cannot call a channel that is not listed here.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { apiMethods, DesktopApi } from '../../shared/ipc';

// A type-only copy of apiMethods: importing the value would bundle zod (~700 kB) into every page
// load. `satisfies` makes a missing, extra or misspelt channel a compile error.
const channel = {
  getAppInfo: 'app:get-info',
  setLanguage: 'app:set-language',
  openDataFolder: 'app:open-data-folder',
  saveBytes: 'files:save-bytes',
  printDocument: 'print:print-document',
  savePdf: 'print:save-pdf',
  awaitBackupRequest: 'backup:await-request',
  deliverBackup: 'backup:deliver',
  writeSafetyBackup: 'backup:write-safety',
  getBackupStatus: 'backup:get-status',
  readBackup: 'backup:read',
  openBackupFolder: 'backup:open-folder',
} as const satisfies typeof apiMethods;

export const api: DesktopApi = {
  getAppInfo: () => ipcRenderer.invoke(channel.getAppInfo),
  setLanguage: (input) => ipcRenderer.invoke(channel.setLanguage, input),
  openDataFolder: () => ipcRenderer.invoke(channel.openDataFolder),
  saveBytes: (input) => ipcRenderer.invoke(channel.saveBytes, input),
  printDocument: (input) => ipcRenderer.invoke(channel.printDocument, input),
  savePdf: (input) => ipcRenderer.invoke(channel.savePdf, input),
  awaitBackupRequest: () => ipcRenderer.invoke(channel.awaitBackupRequest),
  deliverBackup: (input) => ipcRenderer.invoke(channel.deliverBackup, input),
  writeSafetyBackup: (input) => ipcRenderer.invoke(channel.writeSafetyBackup, input),
  getBackupStatus: () => ipcRenderer.invoke(channel.getBackupStatus),
  readBackup: (input) => ipcRenderer.invoke(channel.readBackup, input),
  openBackupFolder: () => ipcRenderer.invoke(channel.openBackupFolder),
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
