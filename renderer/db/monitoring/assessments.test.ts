import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { APPROVAL, approvedPlan, refusal } from '../../../tests/fixtures/monitoring';
import { assessmentInput, policeQuarters, studyWith } from '../../../tests/fixtures/assessment';
import type { KoopsuzDatabase } from '../database';
import { updatePriority } from '../plan-items';
import { approvePlan } from '../plans';
import { createTerritory } from '../territories';
import { freezeAssessments, saveAssessment, seriesAssessments } from './assessments';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

const KEY = 'problem:market-theft';

/** The fixture's approved plan, its priority linked to the market-theft problem. */
async function linkedPlan(territory = territoryId) {
  const fixture = await approvedPlan(territory, false);
  const priority = (await db.planPriorities.where('planId').equals(fixture.plan.id).first())!;
  await updatePriority(priority.id, { title: priority.title, problemCode: 'market-theft' });
  await approvePlan(fixture.plan.id, APPROVAL);
  return fixture.plan;
}

describe('assessments per priority', () => {
  it('computes the before/after outcomes from two studies and police quarters, and keeps them', async () => {
    const plan = await linkedPlan();
    // 400 respondents each: 120 (30 %) → 80 (20 %) name market theft; night 2.5 → 2.5.
    const before = await studyWith(territoryId, 2025, 400, 120);
    const after = await studyWith(territoryId, 2026, 400, 80);
    await policeQuarters(territoryId, {
      '2025-Q1': 20,
      '2025-Q2': 30,
      '2025-Q3': 25,
      '2025-Q4': 25,
      '2026-Q1': 14,
      '2026-Q2': 18,
    });
    const saved = await saveAssessment(
      plan.id,
      KEY,
      assessmentInput({
        beforeStudyId: before,
        afterStudyId: after,
        policeBeforeFrom: '2025-Q1',
        policeBeforeTo: '2025-Q4',
        policeAfterFrom: '2026-Q1',
        policeAfterTo: '2026-Q2',
      }),
    );
    const rows = Object.fromEntries(saved.outcomes.map((r) => [r.measure, r]));
    expect(Object.keys(rows).sort()).toEqual(['policeCount', 'problemShare', 'safeNight']);
    // In percent: margins 196·√(0.3·0.7/400) = 4.490924 and 3.92 points; of the change 5.961107.
    expect(rows.problemShare!.before.value).toBeCloseTo(30, 10);
    expect(rows.problemShare!.after.value).toBeCloseTo(20, 10);
    expect(rows.problemShare!.change.margin).toBeCloseTo(5.961107, 5);
    expect(rows.problemShare!.verdict).toBe('improved');
    // Cases per quarter: 100 in four quarters = 25 ± 1.96·√100/4 = 4.9; 32 in two = 16 ± 1.96·√32/2
    // = 5.543717; the change −9 ± 7.398838.
    expect([rows.policeCount!.before.value, rows.policeCount!.after.value]).toEqual([25, 16]);
    expect([rows.policeCount!.before.n, rows.policeCount!.after.n]).toEqual([4, 2]);
    expect(rows.policeCount!.change.margin).toBeCloseTo(7.398838, 5);
    expect(rows.policeCount!.verdict).toBe('improved');
    expect(rows.safeNight!.change.change).toBeCloseTo(0, 10);
    expect(rows.safeNight!.verdict).toBe('noMeasurableChange');
    // Saving again replaces the one record of the priority.
    await saveAssessment(plan.id, KEY, assessmentInput({ implementation: 'yes' }));
    const stored = await seriesAssessments(plan.seriesId);
    expect(stored.map((a) => [a.priorityKey, a.implementation, a.outcomes.length])).toEqual([
      [KEY, 'yes', 0],
    ]);
  });

  it('nets out a comparison territory’s change over the same time', async () => {
    const plan = await linkedPlan();
    const other = (await createTerritory(territoryInput({ name: { ru: 'Ленинский район' } }))).id;
    const input = assessmentInput({
      beforeStudyId: await studyWith(territoryId, 2025, 400, 120),
      afterStudyId: await studyWith(territoryId, 2026, 400, 80),
      comparisonTerritoryId: other,
      comparisonBeforeStudyId: await studyWith(other, 2025, 400, 120),
      comparisonAfterStudyId: await studyWith(other, 2026, 400, 88),
    });
    const saved = await saveAssessment(plan.id, KEY, input);
    const share = saved.outcomes.find((r) => r.measure === 'problemShare')!;
    // Points: −10 here, −8 there (30 % → 22 %); net −2 within 8.496097.
    expect(share.comparison!.change).toBeCloseTo(-8, 10);
    expect(share.net.change).toBeCloseTo(-2, 10);
    expect(share.net.margin).toBeCloseTo(8.496097, 5);
    expect(share.verdict).toBe('noMeasurableChange');
  });

  it('refuses another territory’s study, the own territory as comparison, an unknown priority, a draft plan — writing nothing', async () => {
    const plan = await linkedPlan();
    const other = (await createTerritory(territoryInput({ name: { ru: 'Ленинский район' } }))).id;
    const theirs = await studyWith(other, 2025, 10, 2);
    const draft = (await approvedPlan(territoryId, false)).plan;
    const audit = await db.audit.count();
    expect(
      await refusal(() => saveAssessment(plan.id, KEY, assessmentInput({ beforeStudyId: theirs }))),
    ).toEqual(['beforeStudyId: assessment:errors.studyNotFound']);
    expect(
      await refusal(() =>
        saveAssessment(plan.id, KEY, assessmentInput({ comparisonTerritoryId: territoryId })),
      ),
    ).toEqual(['comparisonTerritoryId: assessment:errors.comparisonNotFound']);
    expect(
      await refusal(() => saveAssessment(plan.id, 'problem:fraud', assessmentInput())),
    ).toEqual(['priorityKey: assessment:errors.priorityNotInPlan']);
    expect(
      await refusal(() => saveAssessment(plan.id, KEY, assessmentInput({ conclusion: ' ' }))),
    ).toEqual(['conclusion: errors:required']);
    expect(
      await refusal(() => saveAssessment(draft.id, 'title:Кражи на рынке', assessmentInput())),
    ).toEqual(['planId: monitoring:errors.planNotApproved']);
    expect(await db.cycleAssessments.count()).toBe(0);
    expect(await db.audit.count()).toBe(audit);
  });

  it('freezes the series’ assessments for an approved report; a frozen one is refused any change', async () => {
    const plan = await linkedPlan();
    await saveAssessment(plan.id, KEY, assessmentInput());
    const reportId = crypto.randomUUID();
    const frozen = await freezeAssessments(plan.seriesId, reportId);
    expect(frozen.map((a) => a.frozenByReportId)).toEqual([reportId]);
    expect(frozen[0]!.frozenAt).toBeTruthy();
    const before = await seriesAssessments(plan.seriesId);
    expect(
      await refusal(() => saveAssessment(plan.id, KEY, assessmentInput({ implementation: 'no' }))),
    ).toEqual(['frozenByReportId: assessment:errors.frozen']);
    expect(await seriesAssessments(plan.seriesId)).toEqual(before);
    // A later report freezes nothing more; the first report stays the one that froze it.
    expect(await freezeAssessments(plan.seriesId, crypto.randomUUID())).toEqual([]);
    expect((await seriesAssessments(plan.seriesId))[0]!.frozenByReportId).toBe(reportId);
    expect(await refusal(() => freezeAssessments(plan.seriesId, 'not-an-id'))).toEqual([
      ': errors:invalidId',
    ]);
  });
});
