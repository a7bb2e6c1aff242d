import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openApp, screenshot } from './browser';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function policeFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('УВД');
  ws.addRow(['Период', 'Категория', 'Количество']);
  ws.addRow(['1 кв. 2025', 'Мошенничество (в т. ч. по телефону и в интернете)', 12]);
  ws.addRow(['2 кв. 2025', 'fraud', 8]);
  ws.addRow(['2 кв. 2025', 'Ст. 209 Разбой', 4]);
  ws.addRow(['весна', 'fraud', 2]);
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, 'police-stats.xlsx');
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

describe('police statistics import', () => {
  it('imports a police workbook: columns guessed, an unknown category mapped, bad rows reported', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    await page.getByTestId('nav-study').click();
    await page.getByTestId('study-tab-police').click();

    // Not a spreadsheet: a clear refusal, nothing changes.
    await page
      .getByTestId('police-import')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'photo.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      });
    await page.getByTestId('police-import-error').getByText('Это не таблица').waitFor();

    await page
      .getByTestId('police-import')
      .locator('input[type=file]')
      .setInputFiles(await policeFile());
    await page.getByTestId('police-import-preview').waitFor();
    await page.getByText('Строка 5: «весна» — не период').waitFor();
    expect(await page.getByTestId('police-import-summary').textContent()).toBe(
      'Будет импортировано чисел: 2, пропущено строк: 2.',
    );
    // The unknown category «Ст. 209 Разбой» means street robbery.
    await page.getByTestId('police-values-0').click();
    await page.getByRole('option', { name: 'Грабежи и уличные кражи' }).click();
    await page.getByText('Будет импортировано чисел: 3, пропущено строк: 1.').waitFor();
    await screenshot(page, 'study-police-import');
    await page.getByTestId('police-import-confirm').click();
    await page.getByTestId('police-import-done').waitFor();
    await expect.poll(() => page.getByTestId('police-fraud-2025-Q1').inputValue()).toBe('12');
    expect(await page.getByTestId('police-street-robbery-2025-Q2').inputValue()).toBe('4');
    expect(await page.getByTestId('police-fraud-2025-Q2').inputValue()).toBe('8');
    expect(errors).toEqual([]);
    await context.close();
  });
});
