import type { AppInfo, SaveResult } from '../../shared/ipc';
import type { Language } from '../../shared/languages';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * Everything the renderer needs from the desktop (architecture A7). Two implementations:
 * Electron (through the preload's window.api) and the plain browser.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Hands bytes to the clerk: a save dialog in Electron, a download in the browser. */
  saveBytes(
    bytes: Uint8Array<ArrayBuffer>,
    suggestedName: string,
    filters: FileFilter[],
  ): Promise<SaveResult>;
  /** Prints the current document (its own @page). */
  printDocument(orientation: 'portrait' | 'landscape'): Promise<void>;
  /** Saves the current document as PDF; in the browser this opens the print dialog (choose "Save as PDF"). */
  savePdf(suggestedName: string): Promise<SaveResult>;
  setLanguage(language: Language): Promise<void>;
  /** Opens the data folder; false where there is none (browser). */
  openDataFolder(): Promise<boolean>;
}
