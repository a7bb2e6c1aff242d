/*
 * The Assessment step and closing the cycle on the sample district (issue 16): a clerk records a
 * priority's assessment (its before/after figures equal shares this test counts itself from the
 * raw survey responses), writes a council report for the year that carries the assessments and
 * approves it (they are frozen), closes the cycle with a stop and a modification, starts the next, and
 * sees the draft whose baselines are the last measured values (computed here from the raw
 * IndexedDB records, not with the app's code). Screens are photographed in ru and ky.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { FramePage } from './pages/frame';
import { sharedSampleSession } from './pages/sample';
import { revealRow } from './pages/grid';
import { rawResponses, rawStores, type Row } from './pages/stores';

const shared = sharedSampleSession();

/** The first number of a text as the Russian screen writes it (`18,3 %` → 18.3). */
const firstNumber = (text: string) =>
  Number(
    /-?[\d\s\u00a0]+(?:,\d+)?/
      .exec(text)![0]
      .replace(/[\s\u00a0]/g, '')
      .replace(',', '.'),
  );

/** Opens a picker and clicks an option. */
async function pick(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const THEFT = 'Кражи и беспорядки на рынках';

describe('assessing the sample’s priorities and closing the cycle', () => {
  it('records an assessment: the before/after shares are the responses’ own', async () => {
    const { page } = shared.current;
    await page.keyboard.press('Alt+6');
    await page.getByTestId('monitoring-open').click();
    await page.getByTestId('monitoring-tab-assessment').click();
    const cards = page.getByTestId('assessment-card');
    await expect.poll(() => cards.count()).toBe(5);
    await screenshot(page, 'assessment-sample-ru');
    const card = cards.filter({ hasText: THEFT });
    await card.getByTestId('assessment-edit').click();
    await pick(page, page.getByTestId('assessment-implementation'), 'выполнено');
    await page.getByTestId('assessment-displacement-times').check();
    await page.getByTestId('assessment-conclusion').fill('Краж на рынках стало меньше.');
    await page.getByTestId('assessment-preview').locator('[data-measure="problemShare"]').waitFor();
    await screenshot(page, 'assessment-form-ru');
    await page.getByTestId('assessment-conclusion').press('Control+Enter');
    await page.getByTestId('assessment-save').waitFor({ state: 'detached' });

    await card
      .getByTestId('assessment-answer')
      .filter({ hasText: /^выполнено$/ })
      .waitFor();
    expect(await card.getByTestId('assessment-conclusion-text').textContent()).toBe(
      'Краж на рынках стало меньше.',
    );
    expect(await card.getByTestId('assessment-displacement').textContent()).toContain(
      'на другое время',
    );
    // The share naming market theft before and after, counted here from the raw responses.
    const [stored] = await rawStores(page, ['studies']);
    const responses = await rawResponses(page);
    const studies = [...stored!].sort((a, b) => a.periodFrom.localeCompare(b.periodFrom));
    const share = (studyId: string) => {
      const answers = responses!.filter((r) => r.studyId === studyId);
      const named = answers.filter((r) =>
        r.problems.some((p: Row) => p.code === 'market-theft'),
      ).length;
      return (named / answers.length) * 100;
    };
    const row = card.getByTestId('assessment-outcomes').locator('[data-measure="problemShare"]');
    const cells = await row.locator('td').allTextContents();
    expect(firstNumber(cells[1]!)).toBeCloseTo(share(studies[0]!.id), 1);
    expect(firstNumber(cells[2]!)).toBeCloseTo(share(studies[1]!.id), 1);
    expect(cells.at(-1)).toBe('улучшение');
  });

  it('a council report for the year carries the assessments; approving it freezes them', async () => {
    const { page } = shared.current;
    await page.getByTestId('monitoring-tab-reports').click();
    const rows = page.getByTestId('report-row');
    await rows.first().waitFor();
    await page.getByTestId('report-add').click();
    await page.getByTestId('report-period').click();
    await page.getByRole('option', { name: '2026 год', exact: true }).click();
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-save').waitFor({ state: 'detached' });
    const mine = rows.filter({ hasText: '2026 год' });
    await mine.getByTestId('report-open').click();
    const sheet = page.getByTestId('document-sheet');
    await sheet.filter({ hasText: 'Краж на рынках стало меньше.' }).waitFor();
    const text = (await sheet.textContent())!;
    expect(text).toContain('5. Оценка по приоритетам');
    expect(text).toContain('Выполнено по плану: да');
    expect(text).toContain('в другие места, на другое время');
    // Within their margins some measures did not change: the report says so, never a result.
    expect(text).toContain('нет измеримого изменения');
    await sheet.getByText('5. Оценка по приоритетам').scrollIntoViewIfNeeded();
    await screenshot(page, 'council-assessments-ru');
    await page.getByTestId('document-back').click();
    await page.getByTestId('document-toolbar').waitFor({ state: 'detached' });
    await page.getByTestId('monitoring-screen').waitFor();
    await page.getByTestId('monitoring-tab-reports').click();
    await mine.getByTestId('report-approve').click();
    await page.getByTestId('report-approval-number').fill('12');
    await page.getByTestId('report-approve-save').click();
    await page.getByTestId('report-approve-save').waitFor({ state: 'detached' });

    await page.getByTestId('monitoring-tab-assessment').click();
    const cards = page.getByTestId('assessment-card');
    await expect.poll(() => cards.getByTestId('assessment-frozen').count()).toBe(5);
    expect(await cards.getByTestId('assessment-edit').count()).toBe(0);
    const [assessments, reports] = await rawStores(page, ['cycleAssessments', 'reports']);
    const report = reports!.find((r) => r.kind === 'council' && r.period === '2026')!;
    expect(report.status).toBe('approved');
    expect(assessments!.map((a) => a.frozenByReportId)).toEqual(assessments!.map(() => report.id));
  });

  it('closes the cycle and starts the next: the draft’s baselines are the last measured values', async () => {
    const { page } = shared.current;
    await page.getByTestId('monitoring-tab-closing').click();
    const rows = page.getByTestId('closing-row');
    await expect.poll(() => rows.count()).toBe(25);
    const stopped = rows.nth(0);
    const modified = rows.nth(1);
    const stoppedKey = await stopped.getAttribute('data-key');
    const modifiedKey = await modified.getAttribute('data-key');
    await pick(page, stopped.getByTestId('closing-decision'), 'прекратить');
    await stopped.getByTestId('closing-reason').fill('Выполнено полностью');
    await pick(page, modified.getByTestId('closing-decision'), 'изменить');
    await modified.getByTestId('closing-reason').fill('Добавить вечерние рейды');
    await page.getByTestId('closing-lessons').fill('Закупки начинать в первом квартале.');
    await page.getByTestId('closing-save').click();
    const start = page.getByTestId('next-cycle-start-button');
    await expect.poll(() => start.isEnabled()).toBe(true);
    await screenshot(page, 'closing-sample-ru');
    await start.click();
    expect(await page.getByTestId('next-cycle-start').inputValue()).toBe('2028');
    await page.getByTestId('next-cycle-confirm').click();
    await page.getByTestId('plan-heading').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/plan\//);
    expect(await page.getByTestId('plan-heading').textContent()).toContain('2028–2029');

    const names = [
      'cycleAssessments',
      'plans',
      'activities',
      'budgetLines',
      'expenditures',
      'indicatorMeasurements',
      'cycleClosures',
    ];
    const lists = await rawStores(page, names);
    const raw = Object.fromEntries(names.map((name, i) => [name, lists[i]!]));
    const old = raw.plans!.find((p) => p.status === 'approved')!;
    const closure = raw.cycleClosures!.find((c) => c.seriesId === old.seriesId)!;
    const next = raw.plans!.find((p) => p.id === closure.nextPlanId)!;
    // Proposed as unresolved: the priorities no measure of whose own problem improved, worked
    // out here from the stored outcome rows.
    const resolved = (a: Row) =>
      a.outcomes.some(
        (r: Row) => ['problemShare', 'policeCount'].includes(r.measure) && r.verdict === 'improved',
      ) && !a.outcomes.some((r: Row) => r.verdict === 'worsened');
    const assessed = raw.cycleAssessments!.filter((a) => a.seriesId === old.seriesId);
    expect(closure.unresolvedKeys.sort()).toEqual(
      assessed
        .filter((a) => !resolved(a))
        .map((a) => a.priorityKey)
        .sort(),
    );
    expect(closure.unresolvedKeys.length).toBeGreaterThan(0);
    expect(closure.unresolvedKeys.length).toBeLessThan(assessed.length);
    expect(next.status).toBe('draft');
    expect(next.seriesId).not.toBe(old.seriesId);
    const key = (r: Row) => (r.originId ?? r.id) as string;
    const oldActivities = raw.activities!.filter((a) => a.planId === old.id);
    const newActivities = raw.activities!.filter((a) => a.planId === next.id);
    const titles = (list: Row[]) => list.map((a) => a.title.ru as string).sort();
    expect(new Set(titles(oldActivities)).size).toBe(oldActivities.length);
    // Stopped: the one chosen here and the sample's cancelled one (proposed to stop).
    const decisionOf = new Map(closure.decisions.map((d: Row) => [d.activityKey, d.decision]));
    const stops = oldActivities.filter((a) => decisionOf.get(key(a)) === 'stop').map(key);
    expect(stops).toContain(stoppedKey);
    expect(stops).toHaveLength(2);
    const kept = oldActivities.filter((a) => !stops.includes(key(a)));
    expect(titles(newActivities)).toEqual(titles(kept));
    const latest = (activity: Row) =>
      raw
        .indicatorMeasurements!.filter((m) => m.activityKey === key(activity))
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))[0];
    const lines = (planId: string, activityId: string) =>
      raw
        .budgetLines!.filter((l) => l.planId === planId && l.activityId === activityId)
        .map((l) => JSON.stringify([l.item, l.quantityMilli, l.unitCostTyiyn, l.shares]))
        .sort();
    let measured = 0;
    for (const activity of kept) {
      const copy = newActivities.find((a) => a.title.ru === activity.title.ru)!;
      const last = latest(activity);
      if (last) measured += 1;
      expect(copy.indicator.baseline, activity.title.ru).toBe(
        last?.value ?? activity.indicator.baseline,
      );
      expect(lines(next.id, copy.id)).toEqual(lines(old.id, activity.id));
      if (key(activity) === modifiedKey) expect(copy.notes).toContain('Добавить вечерние рейды');
    }
    expect(measured).toBeGreaterThan(5);
    expect(raw.expenditures!.filter((e) => e.seriesId === next.seriesId)).toEqual([]);

    // On screen: an activity's form in the draft shows its new baseline.
    const moved = kept.find((a) => latest(a) && latest(a)!.value !== a.indicator.baseline)!;
    const card = await revealRow(
      page,
      'plan-lines',
      page.getByTestId('activity').filter({ hasText: moved.title.ru }),
    );
    await card.getByTestId('activity-edit').click();
    expect(firstNumber(await page.getByTestId('activity-baseline').inputValue())).toBe(
      latest(moved)!.value,
    );
    await page.keyboard.press('Escape');

    // The next priorities assessment is shown what this cycle left unresolved.
    await page.keyboard.press('Alt+4');
    const listed = page.getByTestId('unresolved-notice').getByTestId('unresolved-priority');
    await expect.poll(() => listed.count()).toBe(closure.unresolved.length);
    expect((await listed.allTextContents()).sort()).toEqual(
      closure.unresolved.map((p: Row) => p.title.ru).sort(),
    );
  });

  it('shows the assessment and the closed cycle in Kyrgyz', async () => {
    const { page } = shared.current;
    const frame = new FramePage(page);
    await frame.openSettings();
    await frame.setLanguage('ky');
    await page.keyboard.press('Alt+6');
    await page.getByTestId('monitoring-open').click();
    await page.getByTestId('monitoring-tab-assessment').click();
    await page.getByTestId('assessment-card').first().waitFor();
    expect(await page.getByTestId('monitoring-tab-assessment').textContent()).toBe('Баалоо');
    await screenshot(page, 'assessment-sample-ky');
    await page.getByTestId('monitoring-tab-closing').click();
    await page.getByTestId('next-cycle-started').waitFor();
    expect(await page.getByTestId('next-cycle-started').textContent()).toContain(
      'Кийинки цикл башталды',
    );
    await screenshot(page, 'closing-sample-ky');
  });
});
