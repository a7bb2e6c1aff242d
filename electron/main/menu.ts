/*
 * The localized application menu. Print and Save as PDF run the same functions as the print:*
 * channels, for the focused window; the menu is rebuilt whenever the renderer reports a new
 * language over app:set-language.
 */
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
} from 'electron';
import type { Language } from '../../shared/languages';
import { menuLabels, setCurrentLanguage, writeLanguage, type MenuLabels } from './i18n';
import { openDataFolder } from './ipc/app';
import { printDocument, savePdf } from './ipc/print';

export interface MenuActions {
  print(): void;
  savePdf(): void;
  openDataFolder(): void;
  about(): void;
}

export interface MenuOptions {
  /** Developer tools are offered only when running from sources. */
  isPackaged: boolean;
}

/** The menu as data: pure, so every language can be checked without Electron. */
export function menuTemplate(
  labels: MenuLabels,
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: labels.reload },
    { type: 'separator' },
    { role: 'resetZoom', label: labels.resetZoom },
    { role: 'zoomIn', label: labels.zoomIn },
    { role: 'zoomOut', label: labels.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: labels.toggleFullscreen },
  ];
  if (!options.isPackaged) view.push({ role: 'toggleDevTools', label: labels.toggleDevTools });
  return [
    {
      label: labels.file,
      submenu: [
        { id: 'print', label: labels.print, accelerator: 'CmdOrCtrl+P', click: actions.print },
        {
          id: 'save-pdf',
          label: labels.savePdf,
          accelerator: 'CmdOrCtrl+Shift+S',
          click: actions.savePdf,
        },
        { type: 'separator' },
        { id: 'open-data-folder', label: labels.openDataFolder, click: actions.openDataFolder },
        { type: 'separator' },
        { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    { label: labels.view, submenu: view },
    { label: labels.help, submenu: [{ id: 'about', label: labels.about, click: actions.about }] },
  ];
}

function targetWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
}

function showError(window: BrowserWindow | null, labels: MenuLabels, message: string): void {
  const options: MessageBoxOptions = {
    type: 'error',
    title: labels.errorTitle,
    message,
    buttons: [labels.ok],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Menu actions bound to the real app, reporting failures in the menu's language. */
export function menuActions(labels: MenuLabels): MenuActions {
  return {
    print: () => {
      const window = targetWindow();
      if (!window) return;
      printDocument(window.webContents).catch((error: unknown) => {
        console.error('[menu] print failed', error);
      });
    },
    savePdf: () => {
      const window = targetWindow();
      if (!window) return;
      savePdf(window, window.webContents, labels.defaultPdfName).catch((error: unknown) => {
        console.error('[menu] save as PDF failed', error);
        showError(window, labels, labels.saveFailed);
      });
    },
    openDataFolder: () => {
      openDataFolder().catch((error: unknown) => {
        console.error('[menu] open data folder failed', error);
        showError(targetWindow(), labels, labels.openFolderFailed);
      });
    },
    about: () => {
      const options: MessageBoxOptions = {
        type: 'info',
        title: labels.aboutTitle,
        message: app.getName(),
        detail: `${labels.version} ${app.getVersion()}\n\n${labels.aboutDetail}`,
        buttons: [labels.ok],
      };
      const window = targetWindow();
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  };
}

/** Builds and installs the application menu in `language`. */
export function buildMenu(language: Language): Menu {
  const labels = menuLabels(language);
  const menu = Menu.buildFromTemplate(
    menuTemplate(labels, menuActions(labels), { isPackaged: app.isPackaged }),
  );
  Menu.setApplicationMenu(menu);
  return menu;
}

/**
 * Switches the menu and native dialogs to `language`; with `saveIn` (app:set-language) the choice
 * is also kept for the next start.
 */
export async function applyLanguage(
  language: Language,
  options: { saveIn?: string } = {},
): Promise<void> {
  setCurrentLanguage(language);
  buildMenu(language);
  if (options.saveIn !== undefined) await writeLanguage(options.saveIn, language);
}
