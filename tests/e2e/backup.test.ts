/*
 * Backup and restore as the clerk does it in the plain-browser build: back up (a download),
 * change the data, restore from the file (a safety download first), refuse a file that is not a
 * backup with a reason in the clerk's language.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openApp, screenshot } from './browser';
import { FramePage } from './pages/frame';
import { backupFileInput, download } from './pages/backup';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('backup and restore in the browser', () => {
  it('backs up, restores the whole database after a change, and refuses a foreign file', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const frame = new FramePage(page);
    await frame.openSettings();
    await frame.loadSample();
    await page.getByTestId('sample-badge').waitFor();
    await page.getByTestId('backup-reminder').waitFor();
    expect(await page.getByTestId('last-backup').textContent()).toBe(
      'Резервная копия ещё ни разу не делалась',
    );

    const backup = await download(page, () => page.getByTestId('backup-now').click());
    expect(backup.name).toMatch(/^koopsuz-\d{4}-\d{2}-\d{2}-\d{6}\.koopsuz$/);
    const text = gunzipSync(readFileSync(backup.path)).toString('utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as {
      magic: string;
      territories: unknown[];
    };
    expect(header.magic).toBe('koopsuz-backup');
    expect(header.territories).toHaveLength(2);
    await page
      .getByTestId('last-backup')
      .filter({ hasText: 'Последняя резервная копия' })
      .waitFor();
    await page.getByTestId('backup-now').scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-settings-ru');

    // The clerk removes the sample, then wants it back.
    await frame.removeSample();
    await page
      .getByText('Пример удалён')
      .or(page.getByText('Пример района удалён'))
      .first()
      .waitFor()
      .catch(() => undefined);
    await page
      .getByTestId('sample-badge')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await expect.poll(() => frame.territoryOptions()).not.toContain('Свердловский район (Пример)');

    await backupFileInput(page).setInputFiles(backup.path);
    await page.getByTestId('restore-dialog').or(page.getByTestId('backup-error')).waitFor();
    expect(await page.getByTestId('backup-error').count(), errors.join('\n')).toBe(0);
    expect(await page.getByTestId('restore-dialog').textContent()).toContain('Свердловский район');
    await screenshot(page, 'backup-restore-dialog-ru');
    const safety = await download(page, () => page.getByTestId('restore-confirm').click());
    expect(safety.name).toMatch(/^koopsuz-safety-/);
    await page.getByText('Данные восстановлены из резервной копии').waitFor();
    await page.getByTestId('sample-badge').waitFor();
    await expect
      .poll(() => frame.territoryOptions())
      .toEqual(expect.arrayContaining(['Первомайский район', 'Свердловский район (Пример)']));

    // Another program's JSON: refused with the reason, nothing changed.
    const foreign = resolve(ARTIFACTS, 'not-a-backup.koopsuz');
    writeFileSync(foreign, JSON.stringify({ version: 3, items: [] }));
    await backupFileInput(page).setInputFiles(foreign);
    await page.getByTestId('backup-error').waitFor();
    expect(await page.getByTestId('backup-error').textContent()).toContain(
      'Это не резервная копия Koopsuz',
    );
    expect(await page.getByTestId('backup-error').textContent()).toContain(
      'Текущие данные не изменены.',
    );
    await page.getByTestId('backup-error').scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-refused-ru');

    // A truncated copy of the real backup, in Kyrgyz.
    await frame.setLanguage('ky');
    const truncated = resolve(ARTIFACTS, 'truncated.koopsuz');
    const bytes = readFileSync(backup.path);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await backupFileInput(page).setInputFiles(truncated);
    await page.getByTestId('backup-error').filter({ hasText: 'бузулган же толук эмес' }).waitFor();
    await screenshot(page, 'backup-refused-ky');
    expect(await frame.territoryOptions()).toEqual(expect.arrayContaining(['Первомайский район']));
    expect(errors.filter((e) => !e.includes('[backup]'))).toEqual([]);
    await context.close();
  });

  it('warns when the data uses most of the space the browser grants', async () => {
    const { page, context } = await openApp(browser, {
      initScript: () => {
        Object.defineProperty(navigator.storage, 'estimate', {
          value: async () => ({ usage: 95 * 1024 * 1024, quota: 100 * 1024 * 1024 }),
        });
      },
    });
    await new WizardPage(page).complete(WIZARD_DATA.en);
    await new FramePage(page).openSettings();
    expect(await page.getByTestId('storage-low').textContent()).toContain(
      'Storage space is almost used up',
    );
    await context.close();
  });

  it('restores one territory of two, leaving the other as it is now', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const frame = new FramePage(page);
    await frame.openSettings();
    await frame.loadSample();
    await page.getByTestId('sample-badge').waitFor();
    const backup = await download(page, () => page.getByTestId('backup-now').click());

    // After the backup: the clerk changes Первомайский and removes the sample.
    await frame.switchTerritory('Первомайский район');
    await page.getByTestId('sample-badge').waitFor({ state: 'detached' });
    await page.getByTestId('office-headPosition-ru').fill('Исполняющий обязанности главы');
    await page.getByTestId('office-save').click();
    await page.getByText('Сохранено').first().waitFor();
    await frame.removeSample();

    await backupFileInput(page).setInputFiles(backup.path);
    await page.getByTestId('restore-scope-territory').click();
    await page.getByTestId('restore-territory').click();
    await page.getByRole('listbox').getByRole('option', { name: 'Первомайский район' }).click();
    expect(await page.getByTestId('restore-dialog').textContent()).toContain(
      'Данные территории «Первомайский район» будут заменены',
    );
    await download(page, () => page.getByTestId('restore-confirm').click());
    await page.getByText('Данные восстановлены из резервной копии').waitFor();
    await page
      .getByTestId('office-headPosition-ru')
      .filter({ hasNot: page.locator('[value="Исполняющий обязанности главы"]') })
      .waitFor();
    expect(await page.getByTestId('office-headPosition-ru').inputValue()).toBe(
      WIZARD_DATA.ru.headPosition,
    );
    // The sample stays removed: only the chosen territory came back.
    await expect
      .poll(() => frame.territoryOptions())
      .toEqual(['Первомайский район', '+ Добавить территорию']);
    expect(errors.filter((e) => !e.includes('[backup]'))).toEqual([]);
    await context.close();
  });
});
