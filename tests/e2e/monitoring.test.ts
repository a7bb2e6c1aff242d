/*
 * Monitoring of the sample's approved plan (issue 15): a clerk opens the section with Alt+6,
 * records an activity's state with the keyboard and an expenditure with the mouse, sees the
 * overspend flag, and the screen's figures equal sums this test computes itself from the records
 * it reads back from IndexedDB (with the browser's own API, not the app's code).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { FramePage } from './pages/frame';
import { focusedTestId, tabTo } from './pages/form';
import { sharedSampleSession } from './pages/sample';
import { rawResponses, rawStores, type Row } from './pages/stores';

const shared = sharedSampleSession();

interface Figures {
  planned: number;
  spent: number;
  bySource: Record<string, { planned: number; spent: number }>;
  progress: number;
  activities: number;
}

/** The followed plan's figures, summed here from the raw IndexedDB records. */
async function recordsSums(page: Page): Promise<Figures> {
  const [plans, lines, activities, progress, expenditures] = (await rawStores(page, [
    'plans',
    'budgetLines',
    'activities',
    'activityProgress',
    'expenditures',
  ])) as [Row[], Row[], Row[], Row[], Row[]];
  const plan = plans.find((p) => p.status === 'approved')!;
  const key = (r: Row) => (r.originId ?? r.id) as string;
  const planLines = lines.filter((l) => l.planId === plan.id);
  const planActivities = activities.filter((a) => a.planId === plan.id);
  const lineKeys = new Set(planLines.map(key));
  const sources = ['localBudget', 'business', 'donors', 'residents'];
  const bySource: Figures['bySource'] = {};
  for (const s of sources) bySource[s] = { planned: 0, spent: 0 };
  for (const l of planLines) for (const s of sources) bySource[s]!.planned += l.shares[s];
  for (const e of expenditures)
    if (e.seriesId === plan.seriesId && lineKeys.has(e.lineKey))
      bySource[e.source]!.spent += e.amountTyiyn;
  const percentOf = new Map(
    progress.filter((p) => p.seriesId === plan.seriesId).map((p) => [p.activityKey, p.percent]),
  );
  const percents = planActivities.map((a) => (percentOf.get(key(a)) as number) ?? 0);
  return {
    planned: sources.reduce((sum, s) => sum + bySource[s]!.planned, 0),
    spent: sources.reduce((sum, s) => sum + bySource[s]!.spent, 0),
    bySource,
    progress: percents.reduce((a, b) => a + b, 0) / percents.length,
    activities: planActivities.length,
  };
}

/** Money as the screen writes it (`1 234 567,89 сом`) in tyiyn. */
function tyiyn(text: string): number {
  const match = /-?[\d\s\u00a0]+(?:,\d{1,2})?/.exec(text);
  if (!match) throw new Error(`no amount in ${text}`);
  const [whole, fraction = ''] = match[0].replace(/[\s\u00a0]/g, '').split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const textOf = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).first().textContent()) ?? '';

async function expectFiguresMatch(page: Page) {
  const sums = await recordsSums(page);
  await page.getByTestId('monitoring-tab-activities').click();
  await expect.poll(async () => tyiyn(await textOf(page, 'monitoring-spent'))).toBe(sums.spent);
  expect(tyiyn(await textOf(page, 'monitoring-planned'))).toBe(sums.planned);
  const progress = (await textOf(page, 'monitoring-progress')).replace(',', '.');
  expect(Number.parseFloat(progress)).toBeCloseTo(sums.progress, 1);
  expect(await textOf(page, 'monitoring-done')).toMatch(new RegExp(` / ${sums.activities}$`));
  await page.getByTestId('monitoring-tab-spending').click();
  const table = page.getByTestId('breakdown-table-source');
  for (const [source, figures] of Object.entries(sums.bySource)) {
    const row = table.locator(`[data-key="${source}"]`);
    expect(tyiyn((await row.getByTestId('figure-planned').textContent())!)).toBe(figures.planned);
    expect(tyiyn((await row.getByTestId('figure-cumulative').textContent())!)).toBe(figures.spent);
  }
  return sums;
}

describe('monitoring the sample district’s approved plan', () => {
  it('opens with Alt+6 and shows the figures of the records', async () => {
    const { page } = shared.current;
    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-title').waitFor();
    expect(await textOf(page, 'progress-monitoring')).toMatch(/^Выполнено мероприятий: \d+ из 25/);
    await page.keyboard.press('Alt+6');
    await page.getByTestId('monitoring-open').click();
    await page.getByTestId('monitoring-screen').waitFor();
    // All 25 in the list (a virtual grid: the rest of them are reached by scrolling).
    expect(
      await page.getByTestId('monitoring-activity-filter-count').getAttribute('data-count'),
    ).toBe('25');
    expect(await page.getByTestId('monitoring-weighting-statement').textContent()).toContain(
      'равным весом',
    );
    await expectFiguresMatch(page);
    // The sample's overspent line is flagged and carries its explanation.
    await page.getByTestId('spending-flagged').click();
    await page.getByTestId('line-overspent').first().waitFor();
    expect(await page.getByTestId('line-overspent').count()).toBe(1);
    expect(await textOf(page, 'line-explanation')).toContain('Цены на материалы выросли');
    await page.getByTestId('monitoring-tab-activities').click();
    await screenshot(page, 'monitoring-sample-ru');
  });

  it('records an activity’s state with the keyboard', async () => {
    const { page } = shared.current;
    const row = page
      .getByTestId('monitoring-activity')
      .filter({ has: page.getByTestId('activity-status').filter({ hasText: 'запланировано' }) })
      .first();
    const key = await row.getAttribute('data-key');
    await row.getByTestId('activity-progress-edit').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('progress-status');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').getByRole('option', { name: 'выполняется' }).waitFor();
    // planned → started → in progress
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('progress-status').inputValue()).toBe('выполняется');
    // The status proposed its percentage (50); the clerk types another.
    expect(await page.getByTestId('progress-percent').inputValue()).toBe('50');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('45');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('progress-status').waitFor({ state: 'detached' });
    const saved = page.locator(`[data-testid="monitoring-activity"][data-key="${key}"]`);
    await saved.getByTestId('activity-status').filter({ hasText: 'выполняется' }).waitFor();
    expect((await saved.getByTestId('activity-percent').textContent())!.replace(/\s/g, '')).toBe(
      '45%',
    );
    await expectFiguresMatch(page);
  });

  it('records an expenditure with the mouse beyond the line’s plan and sees the flag', async () => {
    const { page } = shared.current;
    await page.getByTestId('monitoring-tab-spending').click();
    // A donors' line: cash (in kind is offered to business and residents only).
    const row = page
      .locator('[data-testid="spending-line"][data-source="donors"]')
      .filter({ hasNot: page.getByTestId('line-overspent') })
      .filter({ has: page.getByTestId('expenditure-add') })
      .nth(2);
    const [line, source] = [
      await row.getAttribute('data-line'),
      await row.getAttribute('data-source'),
    ];
    const planned = tyiyn((await row.getByTestId('line-planned').textContent())!);
    const cumulative = tyiyn((await row.getByTestId('line-cumulative').textContent())!);
    // A fifth of the plan and 1 500 som beyond it: overspent by more than 10 %.
    const amount = planned - cumulative + Math.ceil(planned / 5) + 150_000;
    await row.getByTestId('expenditure-add').click();
    await page.getByTestId('expenditure-amount').click();
    const som = `${Math.floor(amount / 100)},${String(amount % 100).padStart(2, '0')}`;
    await page.getByTestId('expenditure-amount').fill(som);
    await page.getByTestId('expenditure-payee').fill('ОсОО «Сейф-Тех»');
    expect(await page.getByTestId('expenditure-in-kind').count()).toBe(0);
    await page.getByTestId('expenditure-document-type').click();
    await page.getByRole('option', { name: 'счёт-фактура' }).click();
    await page.getByTestId('expenditure-document-number').fill('СФ-2026/77');
    await page.getByTestId('expenditure-save').click();
    await page.getByTestId('expenditure-save').waitFor({ state: 'detached' });
    const saved = page.locator(
      `[data-testid="spending-line"][data-line="${line}"][data-source="${source}"]`,
    );
    await saved.getByTestId('line-overspent').waitFor();
    expect(tyiyn((await saved.getByTestId('line-cumulative').textContent())!)).toBe(
      cumulative + amount,
    );
    expect(await saved.getByTestId('line-variance').textContent()).toContain('нужно пояснение');
    const sums = await expectFiguresMatch(page);
    expect(sums.bySource[source!]!.spent).toBeGreaterThan(0);
    await page.getByTestId('monitoring-tab-spending').click();
    await page.getByTestId('breakdown-view-source').getByText('Диаграмма').click();
    await page
      .getByTestId('breakdown-chart-source')
      .locator('svg.recharts-surface')
      .first()
      .waitFor();
    await screenshot(page, 'monitoring-spending-ru');
  });

  it('proposes an outcome value from the follow-up study with N and margin; one click accepts it', async () => {
    const { page } = shared.current;
    await page.getByTestId('monitoring-tab-indicators').click();
    const road = page.locator('[data-testid="outcome-row"][data-key="problemShare:road-safety"]');
    await road.waitFor();
    // The share naming road safety among the follow-up's respondents, counted here from the raw
    // records: a percentage with its 95 % margin 1.96·√(p(1−p)/N), both to one decimal.
    const [studies] = await rawStores(page, ['studies']);
    const responses = await rawResponses(page);
    const study = studies!.find((st) => st.periodFrom === '2026-05-11')!;
    const answers = responses!.filter((r) => r.studyId === study.id);
    const n = answers.length;
    const named = answers.filter((r) =>
      r.problems.some((pr: Row) => pr.code === 'road-safety'),
    ).length;
    expect(n).toBe(1000);
    const p = named / n;
    const comma = (x: number) => x.toFixed(1).replace('.', ',');
    const value = comma(p * 100);
    const margin = comma(1.96 * Math.sqrt((p * (1 - p)) / n) * 100);
    expect(await road.getByTestId('outcome-proposed').textContent()).toBe(
      `${value} ± ${margin} (N = 1\u00a0000)`,
    );
    expect(await road.getByTestId('outcome-change').textContent()).toMatch(
      /^−\d+,\d \(± \d,\d\): улучшение$/,
    );
    // Trust in police moved within the margin: no measurable change, and not called a result.
    const trust = page.locator('[data-testid="outcome-row"][data-key="trustPolice"]');
    expect(await trust.getByTestId('outcome-change').textContent()).toMatch(
      /^нет измеримого изменения \(в пределах погрешности ±\d,\d\d\)$/,
    );
    await trust.getByTestId('outcome-ignore').click();
    await trust.getByTestId('outcome-ignored').waitFor();
    expect(await trust.getByTestId('outcome-accept').count()).toBe(0);

    await road.getByTestId('outcome-accept').click();
    await road.getByTestId('outcome-accepted').waitFor();
    expect(await road.getByTestId('outcome-recorded').textContent()).toBe(`${value} (12.06.2026)`);
    const [measurements] = await rawStores(page, ['indicatorMeasurements']);
    const stored = measurements!.filter((m) => m.outcomeKey);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      outcomeKey: 'problemShare:road-safety',
      source: 'study',
      n: 1000,
      value: Number((p * 100).toFixed(1)),
      margin: Number((1.96 * Math.sqrt((p * (1 - p)) / n) * 100).toFixed(1)),
      date: '2026-06-12',
    });
    await screenshot(page, 'monitoring-outcomes-ru');
  });

  it('edits and deletes an indicator’s value with the keyboard, the delete asked first', async () => {
    const { page } = shared.current;
    const row = page
      .getByTestId('indicator-row')
      .filter({ has: page.getByTestId('measurements-open') })
      .first();
    await row.getByTestId('measurements-open').focus();
    await page.keyboard.press('Enter');
    const list = page.getByTestId('measurements');
    await list.waitFor();
    const before = await list.getByTestId('measurement').count();
    await list.getByTestId('measurement-edit').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('measurement-value').waitFor();
    await tabTo(page, 'measurement-value');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('77');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('measurement-value').waitFor({ state: 'detached' });
    // The list comes back with the changed value.
    await list.getByTestId('measurement-text').filter({ hasText: ' · 77 · ' }).waitFor();
    await list.getByTestId('measurement-delete').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('measurement-delete-confirm');
    await page.keyboard.press('Enter');
    if (before > 1)
      await expect.poll(() => list.getByTestId('measurement').count()).toBe(before - 1);
    else await list.waitFor({ state: 'detached' });
    expect(await page.getByText(' · 77 · ').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('reads in Kyrgyz', async () => {
    const { page } = shared.current;
    await new FramePage(page).setLanguage('ky');
    await page.getByTestId('monitoring-tab-activities').filter({ hasText: 'Иш-чаралар' }).click();
    expect(await page.getByTestId('monitoring-weighting-statement').textContent()).toContain(
      'бирдей',
    );
    await screenshot(page, 'monitoring-sample-ky');
    await new FramePage(page).setLanguage('ru');
    expect(shared.current.errors).toEqual([]);
  });
});
