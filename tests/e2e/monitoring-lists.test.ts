/*
 * The monitoring screen's long lists (issue 18 goal 3) on the sample's approved plan: the
 * activities and the budget lines by source are virtual grids drawing a screenful, yet every row
 * is reachable — scrolled to, by the keyboard (End) and by the text filter — and the grid tells a
 * screen reader how many rows it holds. What to expect is read from the raw IndexedDB records.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { revealRow, scrollThrough, scrollToEnd } from './pages/grid';
import { sharedSampleSession } from './pages/sample';
import { rawStores, type Row } from './pages/stores';

const shared = sharedSampleSession();
const SOURCES = ['localBudget', 'business', 'donors', 'residents'];
const byOrder = (a: Row, b: Row) => a.order - b.order;
const key = (r: Row) => (r.originId ?? r.id) as string;

/** The approved plan's activities in the plan's order, its priorities, lines and expenditures. */
async function planRecords(page: Page) {
  const [plans, priorities, objectives, activities, lines, expenditures] = await rawStores(page, [
    'plans',
    'planPriorities',
    'objectives',
    'activities',
    'budgetLines',
    'expenditures',
  ]);
  const plan = plans!.find((p) => p.status === 'approved')!;
  const ordered: Row[] = [];
  const planPriorities = priorities!.filter((p) => p.planId === plan.id).sort(byOrder);
  for (const p of planPriorities)
    for (const o of objectives!.filter((x) => x.planPriorityId === p.id).sort(byOrder))
      ordered.push(...activities!.filter((a) => a.objectiveId === o.id).sort(byOrder));
  const planLines = lines!.filter((l) => l.planId === plan.id);
  const spent = expenditures!.filter((e) => e.seriesId === plan.seriesId);
  // A line shows one row per source it plans or spends money of.
  const pairs = new Set<string>();
  for (const l of planLines)
    for (const s of SOURCES)
      if (l.shares[s] > 0 || spent.some((e) => e.lineKey === key(l) && e.source === s))
        pairs.add(`${key(l)}|${s}`);
  return { activities: ordered, priorities: planPriorities, lines: planLines, spent, pairs };
}

async function openMonitoring(page: Page) {
  await page.getByTestId('nav-home').click();
  await page.getByTestId('home-title').waitFor();
  await page.keyboard.press('Alt+6');
  await page.getByTestId('monitoring-open').click();
  await page.getByTestId('monitoring-screen').waitFor();
}

describe('the monitoring screen’s lists show every row', () => {
  it('activities: a screenful drawn, the last reached by scrolling and by End, found by the filter', async () => {
    const { page } = shared.current;
    await openMonitoring(page);
    const { activities, priorities } = await planRecords(page);
    const grid = page.getByTestId('monitoring-activities');
    const rows = page.getByTestId('monitoring-activity');
    // Every activity and every priority's heading, plus the header row.
    expect(await grid.getAttribute('aria-rowcount')).toBe(
      String(activities.length + priorities.length + 1),
    );
    // Its activities open their entries: a tree grid, where ARIA allows a row's aria-expanded.
    expect(await grid.getAttribute('role')).toBe('treegrid');
    expect(Number(await rows.count())).toBeLessThan(activities.length);
    const last = activities.at(-1)!.title.ru as string;
    expect(await rows.filter({ hasText: last }).count()).toBe(0);

    await scrollToEnd(page, 'monitoring-activities');
    await rows.filter({ hasText: last }).waitFor();

    // The keyboard: Home to the first row (a priority's heading), End to the last activity.
    await rows.filter({ hasText: last }).focus();
    await page.keyboard.press('Home');
    const focused = page.locator('tr:focus');
    await focused.filter({ hasText: priorities[0]!.title.ru }).waitFor();
    expect(await focused.getAttribute('aria-rowindex')).toBe('2');
    await page.keyboard.press('End');
    await focused.filter({ hasText: last }).waitFor();
    expect(await focused.getAttribute('aria-rowindex')).toBe(
      String(activities.length + priorities.length + 1),
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('entries').waitFor();
    expect(await focused.getAttribute('aria-expanded')).toBe('true');

    // The filter: the first activity's title finds it (and any other holding the same words).
    const first = activities[0]!;
    const words = (first.title.ru as string).toLowerCase().split(/\s+/);
    const matching = activities.filter((a) =>
      words.every((w) => `${a.title.ru} ${a.responsible.ru}`.toLowerCase().includes(w)),
    );
    await page.getByTestId('monitoring-activity-filter').fill(first.title.ru);
    const count = page.getByTestId('monitoring-activity-filter-count');
    await count.and(page.locator(`[data-count="${matching.length}"]`)).waitFor();
    expect(await rows.count()).toBe(matching.length);
    expect(await rows.first().textContent()).toContain(first.title.ru);
    await page.getByTestId('monitoring-activity-filter').fill('нет такого мероприятия');
    await count.and(page.locator('[data-count="0"]')).waitFor();
    expect(await rows.count()).toBe(0);
    await page.getByTestId('monitoring-activity-filter').fill('');
    await count.and(page.locator(`[data-count="${activities.length}"]`)).waitFor();
  });

  it('budget lines: every line and source scrolled through, the last expenditure found', async () => {
    const { page } = shared.current;
    await page.getByTestId('monitoring-tab-spending').click();
    const { pairs, spent, lines } = await planRecords(page);
    const grid = page.getByTestId('spending-lines');
    const rows = page.getByTestId('spending-line');
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(pairs.size + 1));
    expect(await rows.count()).toBeLessThan(pairs.size);

    // Scrolled through from top to bottom, every line and source is drawn at some point.
    const seen = new Set<string>();
    await scrollThrough(page, 'spending-lines', async () => {
      const drawn = await rows.evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-line')}|${el.getAttribute('data-source')}`),
      );
      for (const pair of drawn) seen.add(pair);
      return false;
    });
    expect([...seen].sort()).toEqual([...pairs].sort());
    // At the end, the last row carries the last row index.
    const lastRow = page.locator(
      `[data-testid="spending-line"][aria-rowindex="${pairs.size + 1}"]`,
    );
    await lastRow.waitFor();

    // The last expenditure recorded: its line reached by scrolling, its record in the line's list.
    const latest = [...spent].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1)!;
    const row = await revealRow(
      page,
      'spending-lines',
      page.locator(
        `[data-testid="spending-line"][data-line="${latest.lineKey}"][data-source="${latest.source}"]`,
      ),
    );
    await row.focus();
    await page.keyboard.press('Enter');
    const list = page.getByTestId('expenditures');
    await list.waitFor();
    const sameLine = spent.filter(
      (e) => e.lineKey === latest.lineKey && e.source === latest.source,
    );
    expect(await list.getByTestId('expenditure').count()).toBe(sameLine.length);
    if (latest.document.number)
      await list
        .getByTestId('expenditure')
        .filter({ hasText: `№ ${latest.document.number}` })
        .waitFor();

    // And by the filter: the line's item finds its rows only.
    const line = lines.find((l) => key(l) === latest.lineKey)!;
    const item = (line.item.ru as string).toLowerCase();
    const itemWords = item.split(/\s+/);
    const sameItem = [...pairs].filter((p) => {
      const l = lines.find((x) => key(x) === p.split('|')[0])!;
      return itemWords.every((w) => (l.item.ru as string).toLowerCase().includes(w));
    });
    await page.getByTestId('spending-line-filter').fill(line.item.ru);
    const count = page.getByTestId('spending-line-filter-count');
    await count.and(page.locator(`[data-count="${sameItem.length}"]`)).waitFor();
    expect(await rows.count()).toBe(sameItem.length);

    // Flagged only: the one overspent line of the sample among them.
    await page.getByTestId('spending-line-filter').fill('');
    await page.getByTestId('spending-flagged').click();
    await page.getByTestId('line-overspent').first().waitFor();
    expect(await page.getByTestId('line-overspent').count()).toBe(1);
    await screenshot(page, 'monitoring-lines-flagged-ru');
    await page.getByTestId('spending-flagged').click();
    expect(shared.current.errors).toEqual([]);
  });
});
