import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { FramePage } from './pages/frame';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Stands in for the preload: a `window.api` that records every call, as Electron's would reach
 * the main process. The main-process side (menu rebuilt per language) has its own unit tests.
 */
function fakePreload() {
  const calls: { method: string; input: unknown }[] = [];
  const ok = (value: unknown) => Promise.resolve({ ok: true, value });
  const record = (method: string, value: unknown) => (input?: unknown) => {
    calls.push({ method, input });
    return ok(value);
  };
  Object.defineProperty(window, '__apiCalls', { value: calls });
  Object.defineProperty(window, 'api', {
    value: Object.freeze({
      getAppInfo: record('getAppInfo', {
        name: 'Koopsuz',
        version: '9.9.9',
        electron: '45.0.0',
        chrome: '142',
        platform: 'win32',
        dataFolder: 'C:\\Users\\clerk\\AppData\\Roaming\\Koopsuz',
      }),
      setLanguage: record('setLanguage', null),
      openDataFolder: record('openDataFolder', null),
      saveBytes: record('saveBytes', { saved: true, path: 'C:\\x.xlsx' }),
      printDocument: record('printDocument', { printed: true }),
      savePdf: record('savePdf', { saved: true, path: 'C:\\x.pdf' }),
    }),
  });
}

describe('the desktop seam', () => {
  it('tells the main process every language change (so the menu follows) and uses desktop features', async () => {
    const { page, context } = await openApp(browser, { initScript: fakePreload });
    await new WizardPage(page).complete(WIZARD_DATA.ky);
    const frame = new FramePage(page);
    await frame.setLanguage('en');
    await page.getByTestId('nav-settings').getByText('Settings').waitFor();
    await frame.setLanguage('ru');
    await page.getByTestId('nav-settings').getByText('Настройки').waitFor();
    await frame.openSettings();
    await page.getByText('Настольное приложение (Electron 45.0.0)').waitFor();
    await page.getByText('Версия 9.9.9').waitFor();
    await page.getByRole('button', { name: 'Открыть папку с данными' }).click();

    const calls = await page.evaluate(
      () => (window as unknown as { __apiCalls: unknown[] }).__apiCalls,
    );
    const languages = calls
      .filter((c) => (c as { method: string }).method === 'setLanguage')
      .map((c) => (c as { input: { language: string } }).input.language);
    expect(languages).toEqual(['ky', 'en', 'ru']);
    expect(calls).toContainEqual({ method: 'openDataFolder' });
    await context.close();
  });
});
