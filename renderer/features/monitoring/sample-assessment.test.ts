import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import { allResponses } from '../../../tests/fixtures/study';
import { priorityKey } from '../../../shared/domain/monitoring/assessment';
import type { KoopsuzDatabase } from '../../db/database';
import { approveReport, createReport } from '../../db/reports/reports';
import { findDocumentKind } from '../../documents';
import '../sample/contributors';
import { findSample, loadSample } from '../sample/sample';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

describe('the sample district’s assessment', () => {
  it('assesses every priority of the followed plan against a follow-up study and police quarters', async () => {
    await loadSample();
    const territoryId = (await findSample())!;
    const followed = (await db.plans.where('territoryId').equals(territoryId).toArray()).find(
      (p) => p.status === 'approved',
    )!;
    const priorities = await db.planPriorities.where('planId').equals(followed.id).toArray();
    const assessments = await db.cycleAssessments
      .where('seriesId')
      .equals(followed.seriesId)
      .toArray();
    expect(assessments.map((a) => a.priorityKey).sort()).toEqual(
      priorities.map(priorityKey).sort(),
    );
    const studies = await db.studies.where('territoryId').equals(territoryId).sortBy('periodFrom');
    expect(studies).toHaveLength(2);
    const later = (await allResponses(db)).filter((r) => r.studyId === studies[1]!.id);
    expect(later).toHaveLength(1000);
    for (const a of assessments) {
      expect([a.beforeStudyId, a.afterStudyId]).toEqual([studies[0]!.id, studies[1]!.id]);
      expect(a.conclusion.length).toBeGreaterThan(20);
      expect(a.frozenByReportId).toBeUndefined();
    }
    // Market theft: fewer name it and fewer cases are recorded, both beyond the margin.
    const theft = assessments.find((a) => a.problemCode === 'market-theft')!;
    const verdicts = Object.fromEntries(theft.outcomes.map((r) => [r.measure, r.verdict]));
    expect(verdicts).toMatchObject({ problemShare: 'improved', policeCount: 'improved' });
    expect(theft.displacement.places).toBe(true);
    // The police quarters: the four before the plan's start (2026) and those since.
    expect([theft.policeBeforeFrom, theft.policeBeforeTo]).toEqual(['2024-Q2', '2025-Q1']);
    expect([theft.policeAfterFrom, theft.policeAfterTo]).toEqual(['2026-Q1', '2026-Q2']);
    const stats = await db.policeStats.where('territoryId').equals(territoryId).toArray();
    const perQuarter = (from: string, to: string) => {
      const mine = stats.filter(
        (s) => s.problemCode === 'market-theft' && s.period >= from && s.period <= to,
      );
      return mine.reduce((sum, s) => sum + s.count, 0) / mine.length;
    };
    const police = theft.outcomes.find((r) => r.measure === 'policeCount')!;
    expect(police.before.value).toBeCloseTo(perQuarter('2024-Q2', '2025-Q1'), 12);
    expect(police.after.value).toBeCloseTo(perQuarter('2026-Q1', '2026-Q2'), 12);
    // The share before and after, counted here from the stored responses.
    const share = async (studyId: string) => {
      const answers = (await allResponses(db)).filter((r) => r.studyId === studyId);
      const named = answers.filter((r) => r.problems.some((p) => p.code === 'market-theft'));
      return (named.length / answers.length) * 100;
    };
    const row = theft.outcomes.find((r) => r.measure === 'problemShare')!;
    expect(row.before.value).toBeCloseTo(await share(studies[0]!.id), 12);
    expect(row.after.value).toBeCloseTo(await share(studies[1]!.id), 12);
  }, 90_000);
});

describe('the council report carries the assessments', () => {
  const answerRu = { yes: 'да', partly: 'частично', no: 'нет' } as const;

  async function councilTable(id: string) {
    const module = await findDocumentKind('councilReport')!.load();
    const model = (await module.buildDocument(id, 'ru'))!;
    const table = model.blocks.find(
      (b) => b.kind === 'table' && b.testId === 'council-assessments',
    );
    if (table?.kind !== 'table') throw new Error('no assessments table');
    return { table, text: JSON.stringify(model.blocks) };
  }

  it('the July report approved before them carries none; a new one carries them, and its approval freezes them', async () => {
    await loadSample();
    const territoryId = (await findSample())!;
    const july = (await db.reports.where('territoryId').equals(territoryId).toArray()).find(
      (r) => r.kind === 'council',
    )!;
    expect(july.status).toBe('approved');
    const before = await councilTable(july.id);
    expect(before.table.columns).toHaveLength(4);
    expect(before.text).toContain('ещё не внесена');

    const plan = (await db.plans.where('seriesId').equals(july.seriesId).toArray()).find(
      (p) => p.status === 'approved',
    )!;
    const report = await createReport(plan.id, { kind: 'council', period: '2026' });
    const assessments = await db.cycleAssessments.where('seriesId').equals(plan.seriesId).toArray();
    const priorities = await db.planPriorities.where('planId').equals(plan.id).sortBy('order');
    const expected = priorities.map(
      (p) => answerRu[assessments.find((a) => a.priorityKey === priorityKey(p))!.implementation],
    );
    const draft = await councilTable(report.id);
    expect(draft.table.rows.map((r) => r[4])).toEqual(expected);
    expect(draft.text).toContain(assessments[0]!.conclusion);
    expect(draft.text).toContain('нет измеримого изменения');

    await approveReport(report.id, { date: '2026-12-20', number: '9' });
    const frozen = await db.cycleAssessments.where('seriesId').equals(plan.seriesId).toArray();
    expect(frozen.every((a) => a.frozenByReportId === report.id)).toBe(true);
    expect((await councilTable(report.id)).table.rows.map((r) => r[4])).toEqual(expected);
    // The July report still carries none of them.
    expect((await councilTable(july.id)).table.columns).toHaveLength(4);
  }, 90_000);
});
