/*
 * Reports on the sample district's plan (issue 16), as a clerk opens them from «Документы»: the
 * report to UNODC saved as PDF holds every UNODC line with its budget, actual and variance and no
 * line of another funder (figures summed here from the raw IndexedDB records, formatted here);
 * it refuses to print while a variance over 10 % lacks its explanation and says which line; the
 * summary for residents is one A4 page. Pages are rendered to PNG in ru and ky to be looked at.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { revealRow } from './pages/grid';
import { sharedSampleSession } from './pages/sample';
import { rawStores, type Row } from './pages/stores';
import { onlyEmbeddedPtSans, pdfInfo, pdfPngs, pdfText, printPdf, wordPdf } from './pdf';

const shared = sharedSampleSession();

interface FunderLineSums {
  key: string;
  item: string;
  planned: number;
  cumulative: number;
}

const SOURCES = ['localBudget', 'business', 'donors', 'residents'];
const PERIOD_END = '2026-06-30';

/** The donor report's funder, its lines (its part of each, spent to 30 June) and the other lines. */
async function donorFigures(page: Page) {
  const [reports, plans, budgetLines, expenditures, explanations] = (await rawStores(page, [
    'reports',
    'plans',
    'budgetLines',
    'expenditures',
    'varianceExplanations',
  ])) as [Row[], Row[], Row[], Row[], Row[]];
  const report = reports.find((r) => r.kind === 'donor')!;
  const plan = plans
    .filter((p) => p.seriesId === report.seriesId && p.status !== 'draft')
    .sort((a, b) => b.version - a.version)[0]!;
  const lines = budgetLines.filter((l) => l.planId === plan.id);
  const funder: string = report.funderId;
  const mine: FunderLineSums[] = [];
  const others: string[] = [];
  for (const line of lines) {
    const key: string = line.originId ?? line.id;
    const sources = SOURCES.filter((s) => line.funderIds[s].includes(funder));
    if (!sources.length) {
      others.push(line.item.ru);
      continue;
    }
    for (const source of sources) {
      const funders: string[] = line.funderIds[source];
      const share: number = line.shares[source];
      const base = Math.floor(share / funders.length);
      const planned = base + (funders.indexOf(funder) < share - base * funders.length ? 1 : 0);
      const cumulative = expenditures
        .filter((e) => e.lineKey === key && e.source === source && e.date <= PERIOD_END)
        .filter((e) => (e.funderId ?? (funders.length === 1 ? funders[0] : null)) === funder)
        .reduce((sum, e) => sum + (e.amountTyiyn as number), 0);
      mine.push({ key, item: line.item.ru, planned, cumulative });
    }
  }
  const mineItems = new Set(mine.map((m) => m.item));
  return {
    report,
    mine,
    others: others.filter((item) => !mineItems.has(item)),
    explained: new Set(explanations.map((e) => `${e.lineKey}|${e.source}`)),
  };
}

/** Tyiyn as the documents print them in ru: `1 234 567,89`, a minus sign, `+` when asked. */
function som(tyiyn: number, plus = false): string {
  const abs = Math.abs(tyiyn);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const text = `${whole},${String(abs % 100).padStart(2, '0')}`;
  return tyiyn < 0 ? `−${text}` : plus && tyiyn > 0 ? `+${text}` : text;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spaced = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

/** The PDF's text in reading order, whitespace collapsed (a wrapped cell reads as one run). */
function rawText(path: string): string {
  return spaced(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }));
}

/** Opens a listed document of `kind` from «Документы» and waits for its sheet. */
async function openListed(page: Page, kind: string) {
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('documents-table').waitFor();
  await page
    .locator(`[data-testid="document-item"][data-kind="${kind}"]`)
    .first()
    .getByTestId('document-open')
    .click();
  await page.getByTestId('document-sheet').waitFor();
}

/** Switches the open document to another language and waits for a text of it. */
async function documentIn(page: Page, lang: string, text: string) {
  await page.evaluate((l) => {
    window.location.replace(window.location.hash.replace(/lang=[^&]+/, `lang=${l}`));
  }, encodeURIComponent(lang));
  await page.getByTestId('document-sheet').filter({ hasText: text }).waitFor();
}

async function backToApp(page: Page) {
  await page.getByTestId('document-back').click();
  await page.getByTestId('document-toolbar').waitFor({ state: 'detached' });
}

/** The spending row of a line and source on the monitoring screen of the followed plan. */
async function spendingRow(page: Page, key: string, source: string) {
  await page.keyboard.press('Alt+6');
  await page.getByTestId('monitoring-open').first().click();
  await page.getByTestId('monitoring-tab-spending').click();
  await page.getByTestId('spending-lines').waitFor();
  return revealRow(
    page,
    'spending-lines',
    page.locator(`[data-testid="spending-line"][data-line="${key}"][data-source="${source}"]`),
  );
}

describe('reports on the sample district’s plan', () => {
  it('the donor report as PDF holds every line of its funder with budget, actual and variance, and no other line', async () => {
    const { page } = shared.current;
    const { mine, others } = await donorFigures(page);
    expect(mine.length).toBeGreaterThan(2);
    expect(others.length).toBeGreaterThan(2);
    await openListed(page, 'donorReport');
    expect(await page.getByTestId('document-refusal').count()).toBe(0);
    expect(await page.getByTestId('document-pdf').isEnabled()).toBe(true);
    const pdf = await printPdf(page, 'reports-donor-ru');
    const layout = pdfText(pdf)
      .replace(/\u00a0/g, ' ')
      .split('\n');
    for (const line of mine) {
      const figures = [
        som(line.planned),
        som(line.cumulative),
        som(line.cumulative - line.planned, true),
      ];
      const pattern = new RegExp(figures.map(escape).join('.*'));
      expect(
        layout.some((text) => pattern.test(text)),
        `${line.item}: ${figures.join(' / ')}`,
      ).toBe(true);
    }
    const total = mine.reduce((s, l) => s + l.planned, 0);
    expect(layout.some((text) => text.includes(som(total)))).toBe(true);
    const reading = rawText(pdf);
    for (const line of mine) expect(reading).toContain(spaced(line.item));
    for (const item of others) expect(reading).not.toContain(spaced(item));
    pdfPngs(pdf, 'reports-donor-ru', 70);
    await documentIn(page, 'ky', 'ДОНОРГО ОТЧЁТ');
    pdfPngs(await printPdf(page, 'reports-donor-ky'), 'reports-donor-ky', 70);
    await documentIn(page, 'ky+ru', 'ОТЧЁТ ДОНОРУ');
    pdfPngs(await printPdf(page, 'reports-donor-kyru'), 'reports-donor-kyru', 70);
    const word = await wordPdf(page, 'reports-donor-kyru-word', 70);
    expect(word.fonts, word.fonts.join(', ')).toSatisfy(onlyEmbeddedPtSans);
    // Years and line numbers whole in their narrow columns (never «202» over «6»).
    const wordLines = pdfText(word.path).split('\n');
    const cell = (text: string) => new RegExp(`(^|\\s{2})${text}(\\s{2}|$)`);
    expect(wordLines.some((line) => cell('2026').test(line))).toBe(true);
    expect(wordLines.filter((line) => cell('202').test(line))).toEqual([]);
    await documentIn(page, 'ru', 'ОТЧЁТ ДОНОРУ');
    await backToApp(page);
  });

  it('refuses to print while a variance over 10 % lacks its explanation, and says which line', async () => {
    const { page } = shared.current;
    const { mine, explained } = await donorFigures(page);
    const line = mine.find((l) => !explained.has(`${l.key}|donors`) && l.planned > 0)!;
    const row = await spendingRow(page, line.key, 'donors');
    // A fifth of the plan and 1 500 som beyond it: overspent by more than 10 %.
    const amount = line.planned - line.cumulative + Math.ceil(line.planned / 5) + 150_000;
    await row.getByTestId('expenditure-add').click();
    await page.getByTestId('expenditure-amount').fill(som(amount).replace(/ /g, ''));
    await page.getByTestId('expenditure-payee').fill('ОсОО «Билим-Сервис»');
    await page.getByTestId('expenditure-date').fill('20.06.2026');
    await page.getByTestId('expenditure-quarter').fill('2026-Q2');
    await page.getByTestId('expenditure-document-type').click();
    await page.getByRole('option', { name: 'платёжное поручение' }).click();
    await page.getByTestId('expenditure-document-number').fill('ПП-2026/91');
    await page.getByTestId('expenditure-save').click();
    await page.getByTestId('expenditure-save').waitFor({ state: 'detached' });
    await row.getByTestId('line-overspent').waitFor();

    await openListed(page, 'donorReport');
    const refusal = page.getByTestId('document-refusal');
    await refusal.waitFor();
    const items = await page.getByTestId('document-refusal-item').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain(line.item);
    expect(items[0]).toContain(
      `+${Math.floor(((amount + line.cumulative - line.planned) / line.planned) * 100)}`,
    );
    for (const button of ['document-print', 'document-pdf', 'document-word'])
      expect(await page.getByTestId(button).isDisabled()).toBe(true);
    // Even the browser's own print puts out only the refusal, no figures.
    const refused = pdfText(await printPdf(page, 'reports-donor-refused')).replace(/\u00a0/g, ' ');
    expect(refused).toContain('нельзя распечатать');
    expect(refused).not.toContain(som(line.planned));
    await screenshot(page, 'reports-donor-refused');
    await backToApp(page);

    const again = await spendingRow(page, line.key, 'donors');
    await again.getByTestId('explanation-edit').click();
    await page.getByTestId('explanation-text').fill('Курс доллара вырос, оборудование подорожало');
    await page.getByTestId('explanation-save').click();
    await page.getByTestId('explanation-save').waitFor({ state: 'detached' });
    await openListed(page, 'donorReport');
    expect(await page.getByTestId('document-refusal').count()).toBe(0);
    expect(await page.getByTestId('document-pdf').isEnabled()).toBe(true);
    const pdf = await printPdf(page, 'reports-donor-explained');
    expect(rawText(pdf)).toContain('Курс доллара вырос, оборудование подорожало');
    await backToApp(page);
  });

  it('the summary for residents is one A4 portrait page, in ru, in ky and in ky+ru', async () => {
    const { page } = shared.current;
    await openListed(page, 'residentsReport');
    await page.getByTestId('residents-progress').waitFor();
    for (const lang of ['ru', 'ky', 'ky+ru']) {
      if (lang === 'ky') await documentIn(page, 'ky', 'коопсуздук үчүн эмне жасалды');
      if (lang === 'ky+ru') await documentIn(page, 'ky+ru', 'что сделано для безопасности');
      const name = `reports-residents-${lang.replace('+', '')}`;
      const pdf = await printPdf(page, name);
      pdfPngs(pdf, name, 70);
      const word = await wordPdf(page, `${name}-word`, 70);
      expect(word.fonts, word.fonts.join(', ')).toSatisfy(onlyEmbeddedPtSans);
      const info = pdfInfo(pdf);
      expect(info.pages, lang).toBe(1);
      // Word (through LibreOffice Writer) keeps it on one page too.
      expect(pdfInfo(word.path).pages, `${lang} Word`).toBe(1);
      expect(Math.round(info.width)).toBe(595);
      expect(Math.round(info.height)).toBe(842);
    }
    await documentIn(page, 'ru', 'что сделано для безопасности');
    await backToApp(page);
  });

  it('a clerk writes a report for a quarter and approves it; then it is frozen', async () => {
    const { page } = shared.current;
    await page.keyboard.press('Alt+6');
    await page.getByTestId('monitoring-open').first().click();
    await page.getByTestId('monitoring-tab-reports').click();
    const rows = page.getByTestId('report-row');
    await rows.first().waitFor();
    const before = await rows.count();
    await page.getByTestId('report-add').click();
    await page.getByTestId('report-kind').click();
    await page.getByRole('option', { name: 'Итоги для жителей (одна страница)' }).click();
    await page.getByTestId('report-period').click();
    await page.getByRole('option', { name: /^II\s+кв\.\s+2026$/ }).click();
    await page.getByTestId('report-achievements').fill('Осветили два проулка в Ак-Өргө');
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-save').waitFor({ state: 'detached' });
    await expect.poll(() => rows.count()).toBe(before + 1);
    const mine = rows.filter({ hasText: /II\s+кв\.\s+2026/ });
    expect(await mine.getAttribute('data-kind')).toBe('residents');
    await mine.getByTestId('report-approve').click();
    await page.getByTestId('report-approval-number').fill('О-7');
    await page.getByTestId('report-approve-save').click();
    await page.getByTestId('report-approve-save').waitFor({ state: 'detached' });
    await expect.poll(() => mine.getByTestId('report-status').textContent()).toContain('№ О-7');
    for (const action of ['report-edit', 'report-approve', 'report-delete'])
      expect(await mine.getByTestId(action).count()).toBe(0);
    await mine.getByTestId('report-open').click();
    await page.getByTestId('document-sheet').filter({ hasText: 'Осветили два проулка' }).waitFor();
    expect(await page.getByTestId('document-sheet').textContent()).toMatch(/за II\s+кв\.\s+2026/);
    await backToApp(page);
    await page.getByTestId('monitoring-screen').waitFor();
  });

  it('the progress report to the council carries its approval, in ru, in ky and in ky+ru', async () => {
    const { page } = shared.current;
    await openListed(page, 'councilReport');
    const pdf = await printPdf(page, 'reports-council-ru');
    const text = rawText(pdf);
    expect(text).toContain('УТВЕРЖДЁН');
    expect(text).toContain('15.07.2026 № 3');
    expect(text).toContain('Задержки и отмены');
    pdfPngs(pdf, 'reports-council-ru', 60);
    await documentIn(page, 'ky', 'БЕКИТИЛДИ');
    pdfPngs(await printPdf(page, 'reports-council-ky'), 'reports-council-ky', 60);
    await documentIn(page, 'ky+ru', 'УТВЕРЖДЁН');
    pdfPngs(await printPdf(page, 'reports-council-kyru'), 'reports-council-kyru', 60);
    const word = await wordPdf(page, 'reports-council-kyru-word');
    expect(word.fonts, word.fonts.join(', ')).toSatisfy(onlyEmbeddedPtSans);
    await documentIn(page, 'ru', 'УТВЕРЖДЁН');
    await backToApp(page);
    expect(shared.current.errors).toEqual([]);
  });
});
