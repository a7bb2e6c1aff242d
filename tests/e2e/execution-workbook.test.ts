/*
 * The execution workbook for finance (issue 16), exported from the sample district's monitoring
 * screen for the second quarter of 2026: LibreOffice recalculates it, and its totals per source
 * (planned, spent in the quarter, cumulative, in kind apart) and of the register equal sums this
 * test makes itself from the records it reads from IndexedDB with the browser's own API. The same
 * workbook is listed in «Документы» beside the budget workbook and saves from there, in ky too.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recalculatedSheets } from '../fixtures/libreoffice';
import { launch, openApp, type Session } from './browser';
import { startWithSample } from './pages/frame';
import { storedRecords, type StoredRow } from './stored';

let browser: Browser;
let session: Session;
beforeAll(async () => {
  browser = await launch();
  session = await openApp(browser);
  await startWithSample(session.page);
});
afterAll(async () => {
  await browser?.close();
});

type Sums = Record<string, number[]>;

/** Per source: planned, planned in kind, spent in Q2, in kind, cumulative to 30 June, in kind; and the register. */
async function recordSums(
  page: Page,
): Promise<{ startYear: number; bySource: Sums; register: number }> {
  const { plans, budgetLines, expenditures } = await storedRecords(page, [
    'plans',
    'budgetLines',
    'expenditures',
  ]);
  const plan = plans!.find((p) => p.status === 'approved')!;
  const key = (r: StoredRow) => (r.originId ?? r.id) as string;
  const planLines = budgetLines!.filter((l) => l.planId === plan.id);
  const keys = new Set(planLines.map(key));
  const bySource: Sums = {};
  for (const s of ['localBudget', 'business', 'donors', 'residents']) {
    bySource[s] = [0, 0, 0, 0, 0, 0];
    for (const l of planLines) {
      bySource[s]![0] += l.shares[s];
      if (s === 'residents' && l.residentsInKind) bySource[s]![1] += l.shares[s];
    }
  }
  let register = 0;
  for (const e of expenditures!) {
    if (e.seriesId !== plan.seriesId || !keys.has(e.lineKey)) continue;
    register += e.amountTyiyn;
    if (e.date > '2026-06-30') continue;
    const f = bySource[e.source]!;
    f[4] += e.amountTyiyn;
    if (e.inKind) f[5] += e.amountTyiyn;
    if (e.date < '2026-04-01') continue;
    f[2] += e.amountTyiyn;
    if (e.inKind) f[3] += e.amountTyiyn;
  }
  return { startYear: plan.startYear as number, bySource, register };
}

describe('execution workbook from the monitoring screen', () => {
  it('exports the second quarter, and LibreOffice’s totals equal the sums of the records', async () => {
    const { page } = session;
    const sums = await recordSums(page);
    expect(sums.startYear).toBe(2026);
    await page.keyboard.press('Alt+6');
    await page.getByTestId('monitoring-open').first().click();
    await page.getByTestId('monitoring-screen').waitFor();
    await page.getByTestId('monitoring-period-kind').getByText('Квартал').click();
    await page.getByTestId('monitoring-period').click();
    // Quarters run from the plan's first: the second option is II кв. 2026.
    await page.getByRole('listbox').getByRole('option').nth(1).click();
    const warnings: string[] = [];
    page.on('console', (message) => warnings.push(message.text()));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('monitoring-export-excel').click(),
    ]);
    expect(warnings.filter((w) => w.includes('workbook worker unavailable'))).toEqual([]);
    expect(download.suggestedFilename()).toMatch(
      / — исполнение бюджета — \d\d\.\d\d\.\d{4}\.xlsx$/,
    );
    const sheets = recalculatedSheets(readFileSync((await download.path())!), 'execution');
    const summary = sheets.get('Исполнение')!;
    expect(summary[2]![0]!.replace(/\u00a0/g, ' ')).toContain('II кв. 2026, 01.04.2026–30.06.2026');
    const cents = (text: string | undefined) => Math.round(Number(text) * 100);
    const names = ['Местный бюджет', 'Бизнес', 'Доноры', 'Жители'];
    const sources = ['localBudget', 'business', 'donors', 'residents'];
    sources.forEach((source, i) => {
      const row = summary.find((cells) => cells[0] === names[i])!;
      expect(row.slice(1, 7).map(cents), source).toEqual(sums.bySource[source]);
    });
    const total = summary.find((cells) => cells[0] === 'Итого по плану')!;
    for (const column of [0, 2, 4])
      expect(cents(total[column + 1])).toBe(
        sources.reduce((n, s) => n + sums.bySource[s]![column]!, 0),
      );
    // The quarter and the cumulative figure differ, and something was given in kind.
    expect(cents(total[3])).toBeLessThan(cents(total[5]));
    expect(cents(total[6])).toBeGreaterThan(0);
    const register = sheets.get('Реестр расходов')!.find((cells) => cells[4] === 'Итого по плану')!;
    expect(cents(register[11])).toBe(sums.register);
  }, 240_000);

  it('is listed in «Документы» beside the budget workbook and saves from there, in ky too', async () => {
    const { page } = session;
    const sums = await recordSums(page);
    await page.getByTestId('nav-documents').click();
    const items = page.getByTestId('workbook-item');
    await items.first().waitFor();
    const budget = items.and(page.locator('[data-kind="budgetWorkbook"]'));
    const execution = items.and(page.locator('[data-kind="executionWorkbook"]'));
    expect(await budget.count()).toBeGreaterThan(0);
    // One per monitored plan: the sample follows one approved plan.
    expect(await execution.count()).toBe(1);
    expect(await execution.textContent()).toContain('Исполнение бюджета (Excel), версия 1');
    await page.getByTestId('documents-language').click();
    await page.getByRole('option', { name: 'Кыргызча', exact: true }).click();
    await execution.getByTestId('workbook-period').click();
    await page.getByRole('option', { name: /^II\s+кв\.\s+2026$/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      execution.getByTestId('workbook-save').click(),
    ]);
    const sheets = recalculatedSheets(readFileSync((await download.path())!), 'execution-ky');
    // The Kyrgyz workbook: its sheets and source names in Kyrgyz, the same totals.
    const summary = [...sheets.values()][0]!;
    expect(summary[2]![0]!.replace(/\u00a0/g, ' ')).toContain('01.04.2026–30.06.2026');
    const cents = (text: string | undefined) => Math.round(Number(text) * 100);
    const row = summary.find((cells) => cells[0] === 'Жергиликтүү бюджет')!;
    expect(row.slice(1, 7).map(cents)).toEqual(sums.bySource['localBudget']);
    const [plan] = await Promise.all([
      page.waitForEvent('download'),
      budget.first().getByTestId('workbook-save').click(),
    ]);
    expect(plan.suggestedFilename()).toMatch(/\.xlsx$/);
  }, 240_000);
});
