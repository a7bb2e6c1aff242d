/*
 * The only place the main process writes files the clerk asked for (architecture A8): a native
 * save dialog picks the path, and bytes are written only to the path it returned.
 */
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IpcError } from './ipc/register';

export interface SaveDialogRequest {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
}

function documentsFolder(): string | null {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops have no documents folder; the dialog then opens in its own default.
    return null;
  }
}

/** Asks where to save; null when the clerk cancels. */
export async function askSavePath(
  window: BrowserWindow | null,
  request: SaveDialogRequest,
): Promise<string | null> {
  const folder = documentsFolder();
  const options = {
    title: request.title,
    defaultPath: folder ? path.join(folder, request.suggestedName) : request.suggestedName,
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as const,
  };
  const result = window
    ? await dialog.showSaveDialog(window, { ...options, properties: [...options.properties] })
    : await dialog.showSaveDialog({ ...options, properties: [...options.properties] });
  if (result.canceled || !result.filePath) return null;
  return result.filePath;
}

/** Writes to a path the dialog returned; a disk or permission error becomes `write-failed`. */
export async function writeChosenFile(filePath: string, bytes: Uint8Array): Promise<void> {
  if (!path.isAbsolute(filePath)) throw new IpcError('write-failed', { cause: filePath });
  try {
    await writeFile(filePath, bytes);
  } catch (error) {
    throw new IpcError('write-failed', { cause: error });
  }
}
