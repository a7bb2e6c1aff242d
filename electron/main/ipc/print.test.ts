import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-mock')).electron);
vi.mock('node:fs/promises', async (original) =>
  (await import('../../test-support/electron-mock')).fsPromisesWithSpy(original),
);

import { electron, fsSpy } from '../../test-support/electron-mock';
import { invoke, invokeEvent, TRUSTED_URL } from '../../test-support/ipc';
import { setCurrentLanguage } from '../i18n';
import { registerPrintHandlers } from './print';

const folder = mkdtempSync(path.join(tmpdir(), 'koopsuz-print-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

function fakeContents(printOutcome: [boolean, string] = [true, '']) {
  return {
    print: vi.fn((_options: unknown, callback: (ok: boolean, reason: string) => void) =>
      callback(...printOutcome),
    ),
    printToPDF: vi.fn(async () => Buffer.from(PDF)),
  };
}

const call = (channel: string, sender: object, ...args: unknown[]) =>
  invoke(electron.ipcMain.handle, channel, invokeEvent(TRUSTED_URL, sender), ...args);

beforeEach(() => {
  electron.ipcMain.handle.mockReset();
  electron.dialog.showSaveDialog.mockReset();
  fsSpy.writeFile.mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  setCurrentLanguage('ru');
  registerPrintHandlers();
});

describe('print:print-document', () => {
  it.each([
    ['landscape', true],
    ['portrait', false],
  ])('prints %s through the system dialog', async (orientation, landscape) => {
    const contents = fakeContents();
    const result = await call('print:print-document', contents, { orientation });
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(contents.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false, printBackground: true, landscape }),
      expect.any(Function),
    );
  });

  it('answers printed: false when the clerk cancels', async () => {
    const contents = fakeContents([false, 'Print job canceled']);
    expect(await call('print:print-document', contents, { orientation: 'portrait' })).toEqual({
      ok: true,
      value: { printed: false },
    });
  });

  it('answers print-failed when the printer fails', async () => {
    const contents = fakeContents([false, 'Print job failed']);
    expect(await call('print:print-document', contents, { orientation: 'portrait' })).toEqual({
      ok: false,
      error: 'print-failed',
    });
  });
});

describe('print:save-pdf', () => {
  it('asks where to save, renders at the CSS page size and writes the PDF', async () => {
    const target = path.join(folder, 'plan.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const contents = fakeContents();
    const result = await call('print:save-pdf', contents, { suggestedName: 'План' });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(contents.printToPDF).toHaveBeenCalledWith({
      preferCSSPageSize: true,
      printBackground: true,
    });
    const [, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, never];
    expect(options).toMatchObject({
      title: 'Сохранить как PDF',
      defaultPath: path.join('/home/clerk/Documents', 'План.pdf'),
      filters: [{ name: 'Документ PDF', extensions: ['pdf'] }],
    });
    expect(new Uint8Array(readFileSync(target))).toEqual(PDF);
  });

  it('does not render or write anything when the clerk cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const contents = fakeContents();
    const result = await call('print:save-pdf', contents, { suggestedName: 'plan.pdf' });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(fsSpy.writeFile).not.toHaveBeenCalled();
  });

  it('refuses a suggested name with folders in it', async () => {
    const contents = fakeContents();
    const result = await call('print:save-pdf', contents, { suggestedName: '../../x.pdf' });
    expect(result).toEqual({ ok: false, error: 'invalid-input' });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender before any dialog', async () => {
    const contents = fakeContents();
    const event = invokeEvent('https://evil.example/', contents);
    const result = await invoke(electron.ipcMain.handle, 'print:save-pdf', event, {
      suggestedName: 'x.pdf',
    });
    expect(result).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });
});
