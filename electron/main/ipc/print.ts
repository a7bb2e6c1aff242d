/*
 * print:* channels (architecture A9): the current document route is printed or rendered to PDF by
 * Chromium, honouring the document's own @page size. The menu's Print and Save as PDF call the
 * same functions for the focused window.
 */
import { BrowserWindow, type WebContents } from 'electron';
import type { PAGE_ORIENTATIONS, SaveResult } from '../../../shared/ipc';
import { currentLanguage, menuLabels } from '../i18n';
import { askSavePath, writeChosenFile } from '../save-file';
import { handle, IpcError } from './register';

export type PageOrientation = (typeof PAGE_ORIENTATIONS)[number];

/**
 * Opens the system print dialog. Without an orientation (the menu) the document's @page rule and
 * the dialog decide. Cancelling is not an error: it answers printed: false.
 */
export function printDocument(
  contents: WebContents,
  orientation?: PageOrientation,
): Promise<boolean> {
  const options = {
    silent: false,
    printBackground: true,
    ...(orientation ? { landscape: orientation === 'landscape' } : {}),
  };
  return new Promise((resolve, reject) => {
    contents.print(options, (success, failureReason) => {
      if (success) resolve(true);
      else if (/cancel/i.test(failureReason)) resolve(false);
      else reject(new IpcError('print-failed', { cause: failureReason }));
    });
  });
}

function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/** Asks where to save, renders the page to PDF at its CSS page size, then writes it. */
export async function savePdf(
  window: BrowserWindow | null,
  contents: WebContents,
  suggestedName: string,
): Promise<SaveResult> {
  const labels = menuLabels(currentLanguage());
  const filePath = await askSavePath(window, {
    title: labels.savePdfTitle,
    suggestedName: withPdfExtension(suggestedName),
    filters: [{ name: labels.pdfFilter, extensions: ['pdf'] }],
  });
  if (filePath === null) return { saved: false };
  const pdf = await contents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  await writeChosenFile(filePath, pdf);
  return { saved: true, path: filePath };
}

export function registerPrintHandlers(): void {
  handle('print:print-document', async (input, event) => ({
    printed: await printDocument(event.sender, input.orientation),
  }));
  handle('print:save-pdf', (input, event) =>
    savePdf(BrowserWindow.fromWebContents(event.sender), event.sender, input.suggestedName),
  );
}
