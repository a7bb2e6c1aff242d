import { allResponses } from '../../../tests/fixtures/study';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import { SOURCES } from '../../../shared/domain/budget';
import { identityKey } from '../../../shared/schemas/plan';
import type { KoopsuzDatabase } from '../../db/database';
import { loadMonitoring } from '../../db/monitoring/records';
import { loadPlanTree } from '../../db/plans';
import { summariseSurvey } from '../../../shared/domain/monitoring/outcomes';
import '../sample/contributors';
import { outcomeRows } from './outcomes-model';
import { FOLLOW_UP_STUDY } from './sample-followup';
import { findSample, loadSample } from '../sample/sample';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

describe('the sample district’s monitoring', () => {
  it('follows the approved version 1 for two quarters; version 2 is a draft to edit', async () => {
    await loadSample();
    const territoryId = (await findSample())!;
    const plans = (await db.plans.where('territoryId').equals(territoryId).toArray()).sort(
      (a, b) => a.version - b.version,
    );
    expect(plans.map((p) => [p.version, p.status])).toEqual([
      [1, 'approved'],
      [2, 'draft'],
    ]);
    const v1 = plans[0]!;
    const tree = await loadPlanTree(v1.id);
    const records = await loadMonitoring(v1.seriesId);
    // A state and at least one entry for every activity; the keys are the activities' identities.
    const keys = tree.activities.map(identityKey).sort();
    expect(records.progress.map((p) => p.activityKey).sort()).toEqual(keys);
    expect(new Set(records.entries.map((e) => e.activityKey)).size).toBe(keys.length);
    const statuses = new Set(records.progress.map((p) => p.status));
    for (const s of ['done', 'inProgress', 'delayed', 'cancelled', 'planned'])
      expect(statuses).toContain(s);
    // About 40 expenditures in the first two quarters, every source, in kind among them.
    const spent = records.expenditures;
    expect(spent.length).toBeGreaterThanOrEqual(35);
    expect(spent.length).toBeLessThanOrEqual(45);
    expect(spent.every((e) => e.date >= '2026-01-01' && e.date <= '2026-06-30')).toBe(true);
    expect(new Set(spent.map((e) => e.source))).toEqual(new Set(SOURCES));
    expect(spent.some((e) => e.inKind && e.source === 'residents')).toBe(true);
    expect(spent.some((e) => e.inKind && e.source === 'business')).toBe(true);
    // Sums computed here from the records: one line × source overspent, donors under half.
    const planned = Object.fromEntries(SOURCES.map((s) => [s, 0]));
    const bySource = Object.fromEntries(SOURCES.map((s) => [s, 0]));
    for (const line of tree.lines) for (const s of SOURCES) planned[s]! += line.shares[s];
    for (const e of spent) bySource[e.source]! += e.amountTyiyn;
    const realised = SOURCES.map((s) => bySource[s]! / planned[s]!);
    expect(realised.filter((r) => r < 0.5)).toHaveLength(1);
    expect(bySource.donors! / planned.donors!).toBeLessThan(0.5);
    const lineSpent = new Map<string, number>();
    for (const e of spent)
      lineSpent.set(
        `${e.lineKey}|${e.source}`,
        (lineSpent.get(`${e.lineKey}|${e.source}`) ?? 0) + e.amountTyiyn,
      );
    const over = tree.lines.flatMap((l) =>
      SOURCES.filter((s) => (lineSpent.get(`${identityKey(l)}|${s}`) ?? 0) > l.shares[s]),
    );
    expect(over).toEqual(['localBudget']);
    expect(records.explanations).toHaveLength(1);
    expect(records.measurements.length).toBeGreaterThan(10);
    // Version 2 carries every activity's identity: its monitoring is the same records.
    const v2 = await loadPlanTree(plans[1]!.id);
    expect(v2.activities.map(identityKey).sort()).toEqual(keys);
  }, 60_000);
});

describe('the sample district’s follow-up', () => {
  it('has a later study of 1,000 and two more police quarters that propose outcome values', async () => {
    await loadSample();
    const territoryId = (await findSample())!;
    const studies = await db.studies.where('territoryId').equals(territoryId).toArray();
    const later = studies.find((s) => s.periodFrom === FOLLOW_UP_STUDY.periodFrom)!;
    const baseline = studies.find((s) => s !== later)!;
    expect(studies).toHaveLength(2);
    const answers = async (id: string) => (await allResponses(db)).filter((r) => r.studyId === id);
    const [before, after] = [await answers(baseline.id), await answers(later.id)];
    expect(after).toHaveLength(1000);
    const stats = await db.policeStats.where('territoryId').equals(territoryId).toArray();
    expect([...new Set(stats.map((s) => s.period))].filter((p) => p >= '2026').sort()).toEqual([
      '2026-Q1',
      '2026-Q2',
    ]);
    const plan = (await db.plans.where('territoryId').equals(territoryId).toArray()).find(
      (p) => p.status === 'approved',
    )!;
    const tree = await loadPlanTree(plan.id);
    const rows = outcomeRows(
      plan,
      tree.priorities,
      {
        baselineStudy: baseline,
        laterStudy: later,
        baselineSummary: summariseSurvey(before),
        laterSummary: summariseSurvey(after),
        police: stats,
      },
      [],
    );
    // Each problem a priority is linked to, with its police category where police count it, and
    // the two means.
    const codes = tree.priorities.flatMap((p) => (p.problemCode ? [p.problemCode] : []));
    const counted = new Set(stats.map((s) => s.problemCode));
    expect(codes).toContain('road-safety');
    expect(codes.some((c) => !counted.has(c))).toBe(true);
    expect(rows.map((r) => r.indicator.key)).toEqual([
      ...codes.flatMap((c) =>
        counted.has(c) ? [`problemShare:${c}`, `policeCount:${c}`] : [`problemShare:${c}`],
      ),
      'safeNight',
      'trustPolice',
    ]);
    expect(rows.every((r) => r.accept !== undefined)).toBe(true);
    // The share naming road safety, counted here from the raw answers: N = 1,000 and its margin.
    const road = rows.find((r) => r.indicator.key === 'problemShare:road-safety')!;
    const share = (list: typeof after) =>
      list.filter((r) => r.problems.some((p) => p.code === 'road-safety')).length / list.length;
    const p = share(after);
    expect(road.accept).toMatchObject({
      n: 1000,
      date: FOLLOW_UP_STUDY.periodTo,
      origin: later.id,
    });
    expect(road.accept!.value).toBeCloseTo(p * 100, 1);
    expect(road.accept!.margin).toBeCloseTo(196 * Math.sqrt((p * (1 - p)) / 1000), 1);
    expect(share(before) - p).toBeGreaterThan(0.05);
    expect(road.proposal!.verdict).toBe('improved');
    expect(rows.find((r) => r.indicator.key === 'safeNight')!.proposal!.verdict).toBe('improved');
    // Trust moved only by chance: within the margin, no measurable change.
    expect(rows.find((r) => r.indicator.key === 'trustPolice')!.proposal!.verdict).toBe(
      'noMeasurableChange',
    );
    const police = rows.find((r) => r.indicator.key === 'policeCount:road-safety')!;
    expect(police.accept).toMatchObject({ n: 2, origin: '2026-Q1…2026-Q2', date: '2026-06-30' });
  }, 60_000);
});
