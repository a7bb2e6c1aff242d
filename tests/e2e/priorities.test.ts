import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, baseUrl, launch, openApp, screenshot } from './browser';
import { startWithSample } from './pages/frame';
import { PrioritiesPage } from './pages/priorities';
import { pdfPngs, printPdf } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function withSample() {
  const session = await openApp(browser);
  await startWithSample(session.page);
  const priorities = new PrioritiesPage(session.page);
  await priorities.open();
  return { ...session, priorities };
}

const OTHER_CRITERIA = [
  'public-concern',
  'police-rate',
  'police-trend',
  'severity',
  'vulnerable',
  'feasibility',
  'cost',
];

/** A number as the Russian screen writes it (`1 234,5`). */
const number = (text: string) => Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));

/** The ranking table as shown: code, rank, score and the complaint count of each row, top first. */
async function rankingRows(page: Page) {
  await page.getByTestId('ranking-table').waitFor();
  const rows = await page.$$eval('[data-testid="ranking-row"]', (trs) =>
    trs.map((tr) => ({
      code: tr.getAttribute('data-code') ?? '',
      rank: tr.getAttribute('data-rank') ?? '',
      score: tr.querySelector('[data-testid="score"]')?.textContent ?? '',
      complaints: tr.querySelector('[data-testid="cell-local-government"]')?.textContent ?? '',
    })),
  );
  // "14 → 100,0 б." or "нет данных".
  return rows.map((row) => ({
    ...row,
    complaints: row.complaints.includes('→') ? number(row.complaints.split('→')[0]!) : null,
  }));
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and chunk header). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('priorities', () => {
  it('a weight change re-ranks on screen and in the chart table; a chart saves as PNG of its fixed size', async () => {
    const { page, context, errors, priorities } = await withSample();
    const before = await priorities.ranking();
    expect(before.length).toBeGreaterThanOrEqual(8);
    // The sample's decision: five problems ticked.
    expect(await page.getByTestId('selected-count').textContent()).toContain('5');
    // Problems without police figures show "no data", never 0.
    const darkStreets = page.locator('[data-testid="ranking-row"][data-code="dark-streets"]');
    expect(await darkStreets.getByTestId('cell-police-rate').textContent()).toBe('нет данных');
    await screenshot(page, 'priorities-ranking-ru');

    // All the weight on the local government's complaints: the other criteria give way in
    // proportion, to 0, and the ranking is then the complaint counts' alone.
    await priorities.tab('weights');
    await priorities.setWeight('local-government', 100);
    await page.getByTestId('weights-total').filter({ hasText: '100' }).waitFor();
    for (const key of OTHER_CRITERIA)
      expect(await page.getByTestId(`weight-${key}`).inputValue(), key).toBe('0');
    await screenshot(page, 'priorities-weights-ru');

    await priorities.tab('ranking');
    // The top score becomes exactly 100 (the most complaints) once the new weights are stored.
    await expect.poll(async () => number((await rankingRows(page))[0]!.score)).toBe(100);
    const rows = await rankingRows(page);
    const after = rows.map((r) => ({ code: r.code, rank: r.rank }));
    // Expected, worked out here from the counts on screen: min–max to 0–100, most first, equal
    // counts sharing a rank (1 + how many have more), problems without counts unranked at the end.
    const counted = rows.filter((r) => r.complaints !== null);
    const counts = counted.map((r) => r.complaints!);
    const [min, max] = [Math.min(...counts), Math.max(...counts)];
    expect(new Set(counts).size).toBeGreaterThanOrEqual(3);
    expect(rows.slice(0, counted.length)).toEqual(counted);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const row of counted) {
      expect(row.rank, row.code).toBe(String(1 + counts.filter((c) => c > row.complaints!).length));
      // Shown to one decimal: within half a tenth of the exact score.
      const exact = ((row.complaints! - min) / (max - min)) * 100;
      expect(Math.abs(number(row.score) - exact), row.code).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    for (const row of rows.slice(counted.length)) {
      expect(row.rank, row.code).toBe('');
      expect(row.score, row.code).toBe('нет данных');
    }

    await priorities.tab('sensitivity');
    await page.getByTestId('sensitivity-table').waitFor();
    await screenshot(page, 'priorities-sensitivity-ru');

    await priorities.tab('charts');
    const chartOrder = await priorities.rankedChartTable();
    expect(chartOrder).toEqual(after.map((r) => r.code).slice(0, chartOrder.length));
    await page.getByTestId('chart-view-ranked').getByText('Диаграмма').click();
    await page
      .getByTestId('chart-ranked')
      .locator('.recharts-wrapper > svg.recharts-surface')
      .waitFor();
    await screenshot(page, 'priorities-charts-ru');

    const download = page.waitForEvent('download');
    await page.getByTestId('chart-png-ranked').click();
    const file = await (await download).path();
    const png = readFileSync(file);
    copyFileSync(file, resolve(ARTIFACTS, 'priorities-ranked-export.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    // 860 px wide chart, 30 px title, one 30 px row per problem (+50), 3 legend rows of 20 (+10), ×2.
    const bars = chartOrder.length;
    expect(pngSize(png)).toEqual({
      width: 860 * 2,
      height: (30 + Math.max(200, 50 + bars * 30) + 3 * 20 + 10) * 2,
    });

    const svgDownload = page.waitForEvent('download');
    await page.getByTestId('chart-svg-residents').click();
    const svg = readFileSync(await (await svgDownload).path(), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Жители: доля назвавших');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a score of 0 or 6 and an edit of the frozen snapshot, with the reason', async () => {
    const { page, context, errors, priorities } = await withSample();
    await priorities.tab('sheets');
    const cell = page.getByTestId('score-road-safety-severity');
    const value = await cell.inputValue();
    await cell.focus();
    await page.keyboard.press('0');
    await page
      .getByTestId('score-refused')
      .filter({ hasText: 'Оценка — целое число от 1 до 5' })
      .waitFor();
    await page.keyboard.press('6');
    expect(await cell.inputValue()).toBe(value);
    // A valid digit is saved and the cursor moves on.
    await page.keyboard.press('2');
    await expect.poll(() => cell.inputValue()).toBe('2');
    expect(
      await page
        .getByTestId('score-road-safety-vulnerable')
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await screenshot(page, 'priorities-sheets-ru');

    // A new decision: swap one priority, freeze a second snapshot, compare it with the sample's.
    await priorities.tab('ranking');
    const checked = await page.$$eval('[data-testid="ranking-row"]', (rows) =>
      rows.map((row) => ({
        code: row.getAttribute('data-code')!,
        on: (row.querySelector('input[type="checkbox"]') as HTMLInputElement).checked,
      })),
    );
    const drop = checked.filter((r) => r.on).at(-1)!.code;
    const take = checked.find((r) => !r.on)!.code;
    // The box follows the stored selection (a write, then the live query), so click and wait.
    await page.getByTestId(`select-${drop}`).click();
    await expect.poll(() => page.getByTestId(`select-${drop}`).isChecked()).toBe(false);
    await page.getByTestId(`select-${take}`).click();
    await expect.poll(() => page.getByTestId(`select-${take}`).isChecked()).toBe(true);
    await priorities.tab('decision');
    await page.getByTestId('snapshot-label').fill('Пересмотр');
    await page.getByTestId('snapshot-freeze').click();
    await page.getByTestId('snapshot-freeze-confirm').click();
    await page.getByText('Снимок сохранён').waitFor();

    await priorities.tab('snapshots');
    await expect.poll(() => page.getByTestId('snapshot').count()).toBe(2);
    await page.getByTestId('snapshot-tick').nth(0).click();
    await page.getByTestId('snapshot-tick').nth(1).click();
    const comparison = page.getByTestId('snapshot-comparison');
    await comparison.waitFor();
    const names = await page.$$eval('[data-testid="snapshot"] p', (ps) =>
      ps.map((p) => p.textContent),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(await comparison.textContent()).toMatch(/Добавлены: \S/);
    expect(await comparison.textContent()).toMatch(/Исключены: \S/);
    await screenshot(page, 'priorities-snapshots-ru');

    // The frozen sample snapshot refuses an edit, with the reason.
    await page.getByTestId('snapshot-edit').last().click();
    await page.getByText('Снимок решения неизменяем').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the report PDF lists the ranked problems in order', async () => {
    const { page, context, errors, priorities } = await withSample();
    const order = await priorities.ranking();
    const names = await page.$$eval(
      '[data-testid="ranking-row"] td:nth-child(3) p:first-child',
      (cells) => cells.map((cell) => cell.textContent ?? ''),
    );
    expect(names.length).toBe(order.length);
    const href = await page.getByTestId('priorities-report').getAttribute('href');
    await page.goto(`${baseUrl()}${href}`);
    await page.getByTestId('document-sheet').waitFor();
    await page
      .getByTestId('doc-chart-ranked')
      .locator('.recharts-wrapper > svg.recharts-surface')
      .waitFor();
    await page
      .getByTestId('doc-chart-local-government')
      .locator('.recharts-wrapper > svg.recharts-surface')
      .waitFor();
    // The report prints the decision's snapshot: the sample's later police quarters (2026) move
    // the live ranking since, so its order is read from the document, its problems from the screen.
    const printed = await page.$$eval(
      '[data-testid="priorities-ranked"] tbody tr td:nth-child(2)',
      (cells) => cells.map((cell) => (cell.textContent ?? '').trim()),
    );
    expect([...printed].sort()).toEqual([...names].sort());
    const pdf = await printPdf(page, 'priorities-report-ru');
    pdfPngs(pdf, 'priorities-report-ru');
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    const ranked = text.slice(text.indexOf('Рейтинг проблем'));
    let at = 0;
    for (const name of printed) {
      const found = ranked.indexOf(name, at);
      expect(found, name).toBeGreaterThanOrEqual(0);
      at = found + name.length;
    }
    expect(text).toContain('Решение принято на заседании №');
    expect(text).toContain('Критерии и веса');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Kyrgyz: the method, the criteria and the chart titles', async () => {
    const { page, context, errors, priorities } = await withSample();
    await page.getByTestId('language-switcher').getByText('KY').click();
    await page
      .getByTestId('priorities-tab-weights')
      .filter({ hasText: 'Критерийлер жана салмактар' })
      .waitFor();
    await priorities.tab('weights');
    expect(await page.getByTestId('method-text').textContent()).toContain('Маалымат жок');
    expect(await page.getByTestId('criterion-severity').textContent()).toContain('Зыяндын оордугу');
    // Switching a criterion off gives its weight to the others; the total stays 100.
    await page.getByTestId('active-cost').click();
    await expect.poll(() => page.getByTestId('weight-cost').isDisabled()).toBe(true);
    expect(await page.getByTestId('weights-total').textContent()).toContain('100');
    // A new criterion needs a name; it starts at weight 0.
    await page.getByTestId('criterion-add').click();
    await page.getByText('Аталышын киргизиңиз').waitFor();
    await page.getByTestId('criterion-new-name').fill('Тургундардын колдоосу');
    await page.getByTestId('criterion-add').click();
    await page
      .getByTestId('criterion-custom-1')
      .filter({ hasText: 'Тургундардын колдоосу' })
      .waitFor();
    expect(await page.getByTestId('weight-custom-1').inputValue()).toBe('0');
    await screenshot(page, 'priorities-weights-ky');
    await priorities.tab('charts');
    await page
      .getByText('Үч көз караш')
      .waitFor()
      .catch(() => undefined);
    await page.getByTestId('chart-ranked').getByText('Көйгөйлөрдүн рейтинги').waitFor();
    await screenshot(page, 'priorities-charts-ky');
    expect(errors).toEqual([]);
    await context.close();
  });
});
