import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import { priorityKey } from '../../../shared/domain/monitoring/assessment';
import type { KoopsuzDatabase } from '../../db/database';
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
    expect(await db.surveyResponses.filter((r) => r.studyId === studies[1]!.id).count()).toBe(1000);
    for (const a of assessments) {
      expect([a.beforeStudyId, a.afterStudyId]).toEqual([studies[0]!.id, studies[1]!.id]);
      expect(a.conclusion.length).toBeGreaterThan(20);
      expect(a.frozenByReportId).toBeUndefined();
    }
    // Market theft: the share naming it and the police count fell beyond their margins.
    const theft = assessments.find((a) => a.problemCode === 'market-theft')!;
    const verdicts = Object.fromEntries(theft.outcomes.map((r) => [r.measure, r.verdict]));
    expect(verdicts).toMatchObject({ problemShare: 'improved', policeCount: 'improved' });
    expect(theft.displacement.places).toBe(true);
    // Counted here from the stored police figures: the first halves of 2025 and 2026.
    const stats = await db.policeStats.where('territoryId').equals(territoryId).toArray();
    const sum = (from: string, to: string) =>
      stats
        .filter((s) => s.problemCode === 'market-theft' && s.period >= from && s.period <= to)
        .reduce((total, s) => total + s.count, 0);
    const police = theft.outcomes.find((r) => r.measure === 'policeCount')!;
    expect([police.before.value, police.after.value]).toEqual([
      sum('2025-Q1', '2025-Q2'),
      sum('2026-Q1', '2026-Q2'),
    ]);
  }, 90_000);
});
