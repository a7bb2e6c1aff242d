/*
 * The city view in two browser profiles (issue 19, item 3): the district (the sample) reads its
 * own figures off its own screens — the budget summary, the monitoring screen, the study's
 * analysis — and sends its package; the city imports it, finds the city view in its navigation,
 * and shows the same figures, then prints them as the city summary.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { onlyEmbeddedPtSans, pdfPngs, printPdf, wordPdf } from './pdf';
import { download } from './pages/backup';
import { ExchangePage } from './pages/exchange';
import { sampleSession } from './pages/sample';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SOURCES = ['localBudget', 'business', 'donors', 'residents'] as const;

/** Money as the screens write it (`1 234 567,89` or `… сом`), in tyiyn. */
function tyiyn(text: string): number {
  const match = /-?[\d\s\u00a0]+(?:,\d{1,2})?/.exec(text);
  if (!match) throw new Error(`no amount in ${text}`);
  const [whole, fraction = ''] = match[0].replace(/[\s\u00a0]/g, '').split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allTextContents()).map((t) => t.trim());

/** What the district's own screens show. */
async function districtFigures(page: Page) {
  await page.getByTestId('nav-monitoring').click();
  await page.getByTestId('monitoring-open').first().click();
  await page.getByTestId('monitoring-progress').waitFor();
  const planId = /monitoring\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const progress = await page.getByTestId('monitoring-progress').textContent();
  const spent = tyiyn((await page.getByTestId('monitoring-spent').textContent())!);

  await page.evaluate((id) => (location.hash = `#/plan/${id}/summary`), planId);
  await page.getByTestId('summary-sources').waitFor();
  const amounts = await texts(page, '[data-testid=summary-sources] tbody tr td:nth-child(2)');
  // Rows: the four sources, unfunded, total.
  const bySource = Object.fromEntries(SOURCES.map((s, i) => [s, tyiyn(amounts[i]!)]));
  const total = tyiyn(amounts[5]!);

  await page.getByTestId('nav-study').click();
  await page.getByTestId('study-tab-analysis').click();
  await page.getByTestId('analysis-problems').waitFor();
  const respondents = (await page.getByTestId('analysis-respondents').textContent())!;
  const rows = await page.locator('[data-testid^=analysis-row-]').evaluateAll((trs) =>
    trs.map((tr) => ({
      code: tr.getAttribute('data-testid')!.slice('analysis-row-'.length),
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    })),
  );
  return { progress, spent, bySource, total, respondents, rows };
}

/** Digits grouped by three with no-break spaces, as shared/format.ts writes them. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

describe('the city view of an imported district', () => {
  it('shows the district’s own figures and prints them as the city summary', async () => {
    const district = await sampleSession(browser);
    const own = await districtFigures(district.page);
    expect(own.total).toBeGreaterThan(0);
    const exchange = new ExchangePage(district.page);
    await exchange.open();
    const made = await exchange.export();

    const city = await openApp(browser);
    await new WizardPage(city.page).complete({ ...WIZARD_DATA.ru, name: 'Мэрия города Бишкек' });
    // No districts yet: no city view in the navigation.
    await city.page.getByTestId('nav-settings').waitFor();
    expect(await city.page.getByTestId('nav-city').count()).toBe(0);
    const cityExchange = new ExchangePage(city.page);
    await cityExchange.open();
    expect(await cityExchange.choose(made.path)).toBe('trust');
    await city.page.getByTestId('exchange-trust-confirm').click();
    await city.page.getByTestId('exchange-imported').waitFor();

    await city.page.getByTestId('nav-city').click();
    await city.page.getByTestId('city-budgets').waitFor();
    const cell = (table: string, row: string, district = '0') =>
      city.page
        .locator(`[data-testid=${table}] tr[data-row="${row}"] td[data-district="${district}"]`)
        .textContent();

    // Budgets by source, the total and the spending: to the tyiyn.
    for (const source of SOURCES) {
      expect(tyiyn((await cell('city-budgets', source))!), source).toBe(own.bySource[source]);
      expect(tyiyn((await cell('city-budgets', source, 'city'))!), source).toBe(
        own.bySource[source],
      );
    }
    expect(tyiyn((await cell('city-budgets', 'total'))!)).toBe(own.total);
    expect(tyiyn((await cell('city-budgets', 'spent'))!)).toBe(own.spent);
    // Progress, as the monitoring screen writes it.
    expect(await cell('city-progress', 'percent')).toBe(own.progress);

    // Survey shares with N, and police rates per 100,000, as the study's analysis shows them.
    const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
    const n = String(digits(own.respondents));
    expect(n).not.toBe('0');
    expect(digits(await cell('city-shares', 'Опрошено (N)'))).toBe(Number(n));
    const named = own.rows.filter((r) => !r.cells[1]!.startsWith('0 /'));
    expect(named.length).toBeGreaterThan(2);
    for (const row of named) {
      const [count, of] = row.cells[1]!.split(' / ');
      expect(of).toBe(n);
      // Counts grouped as every figure is («373 из 1 000»), though the analysis writes «373 / 1000».
      expect(await cell('city-shares', row.code), row.code).toBe(
        `${row.cells[2]} (${grouped(count!)} из ${grouped(n)})`,
      );
    }
    const policed = own.rows.filter((r) => r.cells[4] !== '—');
    expect(policed.length).toBeGreaterThan(0);
    for (const row of policed)
      expect(await cell('city-rates', row.code), row.code).toBe(
        `${row.cells[5]} (${row.cells[4]})`,
      );

    // Each chart has its table view.
    await city.page.getByTestId('chart-view-city-budgets').getByText('Таблица').click();
    await city.page.getByTestId('chart-table-city-budgets').waitFor();
    await screenshot(city.page, 'city-view-ru');

    // The city workbook, built in a worker: the totals sheet holds the district's money.
    const workbook = await download(city.page, () =>
      city.page.getByTestId('city-workbook').click(),
    );
    expect(workbook.name).toMatch(/^Мэрия города Бишкек — сводка по городу — .+\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(workbook.path)).buffer);
    const totals = book.worksheets[0]!;
    const local = totals
      .getSheetValues()
      .find((row) => Array.isArray(row) && row[1] === 'Местный бюджет') as ExcelJS.CellValue[];
    // Columns: label, the district, the city (formula results).
    for (const value of local.slice(2, 4))
      expect(Math.round((value as { result: number }).result * 100)).toBe(own.bySource.localBudget);
    expect(book.worksheets.map((ws) => ws.name)).toHaveLength(2);

    // The city summary: listed in «Документы», and its preview carries the same figures.
    await city.page.getByTestId('nav-documents').click();
    await city.page.locator('[data-testid=document-item][data-kind=citySummary]').waitFor();
    await city.page.getByTestId('nav-city').click();
    await city.page.getByTestId('city-summary-link').click();
    const budgets = city.page.getByTestId('city-doc-budgets');
    await budgets.waitFor();
    const first = await texts(city.page, '[data-testid=city-doc-budgets] tbody tr');
    expect(first.length).toBe(8);
    const printed = await budgets.locator('tbody tr').first().locator('td').allTextContents();
    expect(tyiyn(printed[1]!)).toBe(own.bySource.localBudget);
    expect(tyiyn(printed[2]!)).toBe(own.bySource.localBudget);
    await screenshot(city.page, 'city-summary-ru');

    // Kyrgyz first, then Russian, in the ky+ru summary.
    await city.page.evaluate(
      () => (location.hash = location.hash.replace('lang=ru', 'lang=ky%2Bru')),
    );
    await expect
      .poll(() => city.page.locator('h1').first().textContent())
      .toMatch(/^Шаардын райондору боюнча жыйынтык\s*Сводка по районам города$/);
    await screenshot(city.page, 'city-summary-kyru');

    // In Kyrgyz and in English, on paper and as Word (Writer has no PT Sans: it is in the file).
    for (const [lang, title] of [
      ['ky', /^Шаардын райондору боюнча жыйынтык$/],
      ['en', /^Summary of the city's districts$/],
    ] as const) {
      await city.page.evaluate(
        (l) => (location.hash = location.hash.replace(/lang=[^&]+/, `lang=${l}`)),
        lang,
      );
      await expect.poll(() => city.page.locator('h1').first().textContent()).toMatch(title);
      await city.page.evaluate(() => document.fonts.ready);
      pdfPngs(await printPdf(city.page, `city-summary-${lang}`), `city-summary-${lang}`);
      const word = await wordPdf(city.page, `city-summary-${lang}-word`);
      expect(word.fonts, word.fonts.join(', ')).toSatisfy(onlyEmbeddedPtSans);
    }
    // Two offices, an exchange, and four documents on paper and through Writer: a long walk.
  }, 300_000);
});
