import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: {
    isPackaged: true,
    getName: vi.fn(() => 'Koopsuz'),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn((name: string) =>
      name === 'documents' ? '/home/clerk/Documents' : '/home/clerk/.config/Koopsuz',
    ),
  },
  shell: { openPath: vi.fn(async () => '') },
  dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  BrowserWindow: { getFocusedWindow: vi.fn(), getAllWindows: vi.fn(() => []) },
}));
vi.mock('electron', () => electron);

import { LANGUAGES } from '../../shared/languages';
import { invoke, invokeEvent, TRUSTED_URL } from '../test-support/ipc';
import { currentLanguage, menuLabels, readLanguage } from './i18n';
import { registerAppHandlers } from './ipc/app';
import { applyLanguage, buildMenu, menuActions, menuTemplate } from './menu';

const folder = mkdtempSync(path.join(tmpdir(), 'koopsuz-menu-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const allItems = (template: Item[]) => template.flatMap((top) => [top, ...submenu(top)]);
const noop = { print: vi.fn(), savePdf: vi.fn(), openDataFolder: vi.fn(), about: vi.fn() };

function lastTemplate(): Item[] {
  const calls = electron.Menu.buildFromTemplate.mock.calls;
  return calls[calls.length - 1]?.[0] as Item[];
}

beforeEach(() => {
  vi.clearAllMocks();
  electron.app.isPackaged = true;
});

describe('menuTemplate', () => {
  it.each(LANGUAGES)('is fully labelled in %s', (language) => {
    const labels = menuLabels(language);
    const template = menuTemplate(labels, noop, { isPackaged: true });
    expect(template.map((item) => item.label)).toEqual([
      labels.file,
      labels.edit,
      labels.view,
      labels.help,
    ]);
    for (const item of allItems(template)) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
    }
    expect(submenu(template[0]).map((item) => item.label)).toEqual([
      labels.print,
      labels.savePdf,
      undefined,
      labels.openDataFolder,
      undefined,
      labels.quit,
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      allItems(menuTemplate(menuLabels('ru'), noop, { isPackaged })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'togglefullscreen']));
    expect(roles(true)).toEqual(expect.arrayContaining(['undo', 'copy', 'paste', 'quit']));
  });

  it('wires the File and Help items to their actions', () => {
    const actions = { print: vi.fn(), savePdf: vi.fn(), openDataFolder: vi.fn(), about: vi.fn() };
    const items = allItems(menuTemplate(menuLabels('en'), actions, { isPackaged: true }));
    const byId = (id: string) => items.find((item) => item.id === id);
    expect(byId('print')?.click).toBe(actions.print);
    expect(byId('save-pdf')?.click).toBe(actions.savePdf);
    expect(byId('open-data-folder')?.click).toBe(actions.openDataFolder);
    expect(byId('about')?.click).toBe(actions.about);
  });
});

describe('buildMenu and set-language', () => {
  it('installs the menu in the requested language', () => {
    buildMenu('ky');
    expect(lastTemplate()[0]?.label).toBe(menuLabels('ky').file);
    expect(submenu(lastTemplate()[0])[0]?.label).toBe('Басып чыгаруу…');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template: lastTemplate() });
  });

  it('rebuilds the menu and remembers the language when app:set-language arrives', async () => {
    await applyLanguage('ru');
    expect(submenu(lastTemplate()[0])[0]?.label).toBe('Печать…');
    registerAppHandlers({
      changeLanguage: (language) => applyLanguage(language, { saveIn: folder }),
    });
    const result = await invoke(
      electron.ipcMain.handle,
      'app:set-language',
      invokeEvent(TRUSTED_URL),
      { language: 'en' },
    );
    expect(result).toEqual({ ok: true, value: null });
    expect(submenu(lastTemplate()[0])[0]?.label).toBe('Print…');
    expect(currentLanguage()).toBe('en');
    expect(await readLanguage(folder)).toBe('en');
  });
});

describe('menu actions', () => {
  function focusedWindow() {
    const webContents = {
      print: vi.fn((_o: unknown, callback: (ok: boolean, reason: string) => void) =>
        callback(true, ''),
      ),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-')),
    };
    const window = { webContents };
    electron.BrowserWindow.getFocusedWindow.mockReturnValue(window);
    return window;
  }

  it('Print prints the focused window, leaving orientation to the document', () => {
    const window = focusedWindow();
    menuActions(menuLabels('ru')).print();
    const [options] = window.webContents.print.mock.calls[0] as unknown as [object];
    expect(options).not.toHaveProperty('landscape');
  });

  it('Save as PDF asks in the menu language and renders at the CSS page size', async () => {
    const window = focusedWindow();
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    menuActions(menuLabels('ky')).savePdf();
    await vi.waitFor(() => expect(electron.dialog.showSaveDialog).toHaveBeenCalled());
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, never];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      defaultPath: path.join('/home/clerk/Documents', 'Документ.pdf'),
    });
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('About shows the name and version', () => {
    electron.BrowserWindow.getFocusedWindow.mockReturnValue(null);
    menuActions(menuLabels('en')).about();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'About Koopsuz',
        message: 'Koopsuz',
        detail: expect.stringContaining('Version 0.1.0'),
      }),
    );
  });

  it('Open Data Folder opens userData', () => {
    menuActions(menuLabels('ru')).openDataFolder();
    expect(electron.app.getPath).toHaveBeenCalledWith('userData');
    expect(electron.shell.openPath).toHaveBeenCalledWith('/home/clerk/.config/Koopsuz');
  });
});
