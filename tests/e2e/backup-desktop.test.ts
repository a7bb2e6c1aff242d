/*
 * The desktop side of backups, with a stand-in preload (real Electron does not run here): the page
 * answers the main process's automatic-backup request with a real backup file; Settings shows the
 * backups folder, the failure of an earlier automatic backup, and restores from the list after
 * writing a safety backup through the desktop channel.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { FramePage } from './pages/frame';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A window.api with the backup channels; runs in the page before the app. */
function fakePreload() {
  const ok = (value: unknown) => Promise.resolve({ ok: true, value });
  const state = {
    delivered: null as Uint8Array | null,
    safety: [] as number[],
    release: null as null | ((v: unknown) => void),
    waits: 0,
  };
  Object.defineProperty(window, '__backup', { value: state });
  Object.defineProperty(window, '__requestBackup', {
    value: () =>
      state.release?.({ ok: true, value: { requestId: '5f0c4a6e-1d2b-4c3d-8e9f-0a1b2c3d4e5f' } }),
  });
  Object.defineProperty(window, 'api', {
    value: Object.freeze({
      getAppInfo: () =>
        ok({
          name: 'Koopsuz',
          version: '0.1.0',
          electron: '45.5.0',
          chrome: '142',
          platform: 'win32',
          dataFolder: 'C:\\Koopsuz',
        }),
      setLanguage: () => ok(null),
      openDataFolder: () => ok(null),
      saveBytes: () => ok({ saved: true, path: 'C:\\x' }),
      printDocument: () => ok({ printed: true }),
      savePdf: () => ok({ saved: true }),
      awaitBackupRequest: () => {
        state.waits += 1;
        return new Promise((resolve) => (state.release = resolve));
      },
      deliverBackup: (input: { bytes?: Uint8Array }) => {
        if (input.bytes) state.delivered = input.bytes;
        return ok(null);
      },
      writeSafetyBackup: (input: { bytes: Uint8Array }) => {
        state.safety.push(input.bytes.byteLength);
        // The page reloads after a restore: keep what the test checks.
        sessionStorage.setItem('test:safety', String(state.safety.length));
        return ok({
          name: 'koopsuz-safety-2026-11-26-120000.koopsuz',
          path: 'C:\\Koopsuz\\backups\\x',
        });
      },
      // No exchange folder chosen yet (Settings asks for it on open).
      getExchangeFolder: () => ok({ folder: null, files: [] }),
      getBackupStatus: () =>
        ok({
          folder: 'C:\\Users\\clerk\\AppData\\Roaming\\Koopsuz\\backups',
          files: [
            {
              name: 'koopsuz-auto-2026-11-25-180000.koopsuz',
              size: 20480,
              modifiedAt: '2026-11-25T12:00:00.000Z',
            },
          ],
          lastAutoAt: '2026-11-25T12:00:00.000Z',
          lastFailure: { at: '2026-11-26T03:00:00.000Z', reason: 'timeout' },
        }),
      readBackup: () => ok(state.delivered),
      openBackupFolder: () => ok(null),
    }),
  });
}

describe('desktop backups', () => {
  it('answers the automatic-backup request and restores from the backups folder', async () => {
    const { page, context, errors } = await openApp(browser, { initScript: fakePreload });
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const frame = new FramePage(page);
    await frame.openSettings();
    await frame.loadSample();
    await page.getByTestId('sample-badge').waitFor();

    // The main process asks (on quit or once a day); the page delivers a real backup file.
    await page.waitForFunction(
      () => (window as unknown as { __backup: { waits: number } }).__backup.waits > 0,
    );
    await page.evaluate(() =>
      (window as unknown as { __requestBackup: () => void }).__requestBackup(),
    );
    await page.waitForFunction(
      () => (window as unknown as { __backup: { delivered: unknown } }).__backup.delivered !== null,
    );
    const head = await page.evaluate(() =>
      Array.from(
        (window as unknown as { __backup: { delivered: Uint8Array } }).__backup.delivered.slice(
          0,
          2,
        ),
      ),
    );
    expect(head).toEqual([0x1f, 0x8b]);
    // …and waits for the next request.
    await page.waitForFunction(
      () => (window as unknown as { __backup: { waits: number } }).__backup.waits > 1,
    );

    await page.getByTestId('auto-backups').waitFor();
    expect(await page.getByTestId('auto-backup-failed').textContent()).toContain(
      'не удалась (программа не успела подготовить копию)',
    );
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);
    await page.getByTestId('auto-backups').scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-desktop-ru');

    await frame.removeSample();
    await page.getByTestId('sample-badge').waitFor({ state: 'detached' });
    await page.getByTestId('auto-backups').getByRole('button', { name: 'Восстановить' }).click();
    await page.getByTestId('restore-dialog').waitFor();
    expect(await page.getByTestId('restore-dialog').textContent()).toContain('в папке копий');
    await page.getByTestId('restore-confirm').click();
    await page.getByText('Данные восстановлены из резервной копии').waitFor();
    await page.getByTestId('sample-badge').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('test:safety'))).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });
});
