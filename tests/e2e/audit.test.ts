/* The change log screen: entries the clerk's work wrote, filtered, shown readably, exported to Excel. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openApp, screenshot } from './browser';
import { FramePage } from './pages/frame';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('change log', () => {
  it('lists who changed what, filters, shows before/after and exports to Excel', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const frame = new FramePage(page);
    await frame.openSettings();
    await page.getByTestId('user-name').fill('Айгүл Садыкова');
    await page.getByTestId('user-name-save').click();
    await page.getByText('Сохранено').first().waitFor();
    await page.getByTestId('office-headPosition-ru').fill('Глава администрации района');
    await page.getByTestId('office-save').click();
    await page.getByText('Сохранено').first().waitFor();

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row').first().waitFor();
    const rows = await page.getByTestId('audit-row').count();
    // The territory created by the wizard and its office details; settings changes are hidden.
    expect(rows).toBeGreaterThanOrEqual(2);

    // Only the change of the office details.
    await page.getByTestId('audit-action').click();
    await page.getByRole('option', { name: 'изменение' }).click();
    await page.getByTestId('audit-table').click();
    await page.getByRole('option', { name: 'Территории' }).click();
    await page.getByTestId('audit-count').filter({ hasText: 'Записей: 1' }).waitFor();
    const row = page.getByTestId('audit-row');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Айгүл Садыкова');
    await row.getByRole('button').click();
    const changes = page.getByTestId('audit-changes');
    await changes.waitFor();
    expect(await changes.textContent()).toContain(
      'Реквизиты администрации › Должность руководителя (рус.)',
    );
    expect(await changes.textContent()).toContain('Глава администрации района');
    await screenshot(page, 'audit-ru');

    // Dates typed as dd.mm.yyyy: today keeps the entry, tomorrow has none. "Today" is the page's
    // (the browser runs in Bishkek time), not this Node process's zone: after 18:00 UTC they differ.
    const [today, tomorrow] = await page.evaluate(() => {
      const ddmm = (d: Date) =>
        `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
      const now = new Date();
      return [ddmm(now), ddmm(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1))];
    });
    await page.getByTestId('audit-from').fill(today);
    await page.getByTestId('audit-from').press('Enter');
    await page.getByTestId('audit-count').filter({ hasText: 'Записей: 1' }).waitFor();
    await page.getByTestId('audit-from').fill(tomorrow);
    await page.getByTestId('audit-from').press('Enter');
    await page.getByTestId('audit-empty').waitFor();
    await page.getByTestId('audit-from').fill('');
    await page.getByTestId('audit-from').press('Enter');
    await page.getByTestId('audit-count').filter({ hasText: 'Записей: 1' }).waitFor();

    // The user filter: someone else has no entries.
    await page.getByTestId('audit-user').fill('Бакыт');
    await page.getByTestId('audit-empty').waitFor();
    await page.getByTestId('audit-user').fill('айгүл');
    await page.getByTestId('audit-row').first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^журнал-изменений-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = resolve(ARTIFACTS, 'audit-export.xlsx');
    await download.saveAs(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Журнал')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Когда');
    expect(sheet.rowCount).toBe(2);
    expect(String(sheet.getRow(2).getCell(7).value)).toContain(
      'Реквизиты администрации › Должность руководителя (рус.): Глава администрации → Глава администрации района',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
