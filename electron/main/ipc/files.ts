/* files:* channels: bytes built in the renderer (spreadsheets, Word files) saved where the clerk picks. */
import { BrowserWindow } from 'electron';
import type { SaveResult } from '../../../shared/ipc';
import { currentLanguage, menuLabels } from '../i18n';
import { askSavePath, writeChosenFile } from '../save-file';
import { handle, type ChannelValue } from './register';

/** Asks for a path, then writes; cancel writes nothing. */
export async function saveBytes(
  window: BrowserWindow | null,
  input: ChannelValue<'files:save-bytes'>,
): Promise<SaveResult> {
  const filePath = await askSavePath(window, {
    title: menuLabels(currentLanguage()).saveFileTitle,
    suggestedName: input.suggestedName,
    filters: input.filters,
  });
  if (filePath === null) return { saved: false };
  await writeChosenFile(filePath, input.bytes);
  return { saved: true, path: filePath };
}

export function registerFileHandlers(): void {
  handle('files:save-bytes', (input, event) =>
    saveBytes(BrowserWindow.fromWebContents(event.sender), input),
  );
}
