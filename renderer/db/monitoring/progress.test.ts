import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import {
  APPROVAL,
  approvedPlan,
  cashInput,
  entryInput,
  refusal,
} from '../../../tests/fixtures/monitoring';
import { identityKey } from '../../../shared/schemas/plan';
import type { KoopsuzDatabase } from '../database';
import { createMeeting } from '../meetings';
import { addActivity } from '../plan-items';
import { approvePlan, copyPlanFromPrevious, loadPlanTree, newVersion } from '../plans';
import { createTerritory, deleteTerritory } from '../territories';
import { saveWorkingGroup } from '../working-group';
import { addExpenditure } from './expenditures';
import { addMeasurement } from './measurements';
import { addProgressEntry, setActivityProgress } from './progress';
import { loadMonitoring } from './records';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

/** A meeting of the territory's working group. */
async function meetingOf(id: string) {
  const group = await saveWorkingGroup(id, {
    name: { ru: 'Рабочая группа' },
    orderNumber: '45-р',
    orderDate: '2026-02-10',
    orderIssuedBy: { ru: 'главы администрации' },
  });
  return createMeeting(group.id, {
    number: '3',
    date: '2026-04-10',
    place: { ru: 'Актовый зал' },
    agenda: [],
    attendance: [],
    guests: [],
  });
}

describe('activity progress', () => {
  it('keeps one state per activity: the second write replaces the first, both audited', async () => {
    const { plan, activities } = await approvedPlan(territoryId);
    const key = activities[0]!.id;
    const first = await setActivityProgress(plan.id, key, { status: 'started', percent: 10 });
    const second = await setActivityProgress(plan.id, key, {
      status: 'delayed',
      percent: 30,
      actualStart: '2026-02-01',
      reason: 'Поставщик не привёз камеры',
      correctiveAction: 'Договор с другим поставщиком',
    });
    expect(second.id).toBe(first.id);
    expect(await db.activityProgress.count()).toBe(1);
    const trail = await db.audit.where('recordId').equals(first.id).toArray();
    expect(trail.map((e) => e.action).sort()).toEqual(['create', 'update']);
    // Going back to "done" clears the reason (a replace, not a patch).
    const done = await setActivityProgress(plan.id, key, { status: 'done', percent: 100 });
    expect(done.reason).toBeUndefined();
    expect(
      await refusal(() => setActivityProgress(plan.id, key, { status: 'delayed', percent: 20 })),
    ).toEqual([
      'reason: monitoring:errors.reasonRequired',
      'correctiveAction: monitoring:errors.correctiveActionRequired',
    ]);
    expect(
      await refusal(() =>
        setActivityProgress(plan.id, crypto.randomUUID(), { status: 'started', percent: 10 }),
      ),
    ).toEqual(['activityKey: monitoring:errors.activityNotInPlan']);
    expect((await db.activityProgress.get(first.id))!.status).toBe('done');
  });

  it('entries name a meeting of the territory only, within the plan period', async () => {
    const { plan, activities } = await approvedPlan(territoryId);
    const meeting = await meetingOf(territoryId);
    const key = activities[1]!.id;
    await addProgressEntry(plan.id, key, entryInput({ meetingId: meeting.id }));
    const other = await createTerritory(territoryInput({ name: { ru: 'Ленинский район' } }));
    const foreign = await meetingOf(other.id);
    expect(
      await refusal(() => addProgressEntry(plan.id, key, entryInput({ meetingId: foreign.id }))),
    ).toEqual(['meetingId: monitoring:errors.meetingNotFound']);
    expect(
      await refusal(() => addProgressEntry(plan.id, key, entryInput({ date: '2029-01-01' }))),
    ).toEqual(['date: monitoring:errors.dateOutsidePlan']);
    expect(await db.progressEntries.count()).toBe(1);
  });
});

describe('plan versions and territories', () => {
  it('a new version carries the records over by activity and line identity; the approved version is followed until the next is approved', async () => {
    const { plan, activities, lines, funders } = await approvedPlan(territoryId);
    await setActivityProgress(plan.id, activities[0]!.id, { status: 'inProgress', percent: 50 });
    await addExpenditure(plan.id, lines[0]!.id, cashInput(funders.district));
    const draft = await newVersion(plan.id, 'Добавлено мероприятие', '2026-06-01');
    // While version 2 is a draft, version 1 is still followed; version 2 refuses.
    await addProgressEntry(plan.id, activities[0]!.id, entryInput());
    expect(
      await refusal(() => addExpenditure(draft.id, lines[0]!.id, cashInput(funders.district))),
    ).toEqual(['planId: monitoring:errors.planNotApproved']);
    const tree = await loadPlanTree(draft.id);
    const objectiveId = tree.objectives[0]!.id;
    const added = await addActivity(objectiveId, {
      title: { ru: 'Новое мероприятие' },
      responsible: { ru: 'Школа № 5' },
      indicator: {},
    });
    await approvePlan(draft.id, APPROVAL);
    const v2 = await loadPlanTree(draft.id);
    expect(v2.activities.map(identityKey).sort()).toEqual(
      [...activities.map((a) => a.id), added.id].sort(),
    );
    expect(v2.lines.map(identityKey).sort()).toEqual(lines.map((l) => l.id).sort());
    // Now version 2 is followed, by the same keys; version 1 refuses.
    await addExpenditure(draft.id, lines[0]!.id, cashInput(funders.district, { amountTyiyn: 5 }));
    await setActivityProgress(draft.id, added.id, { status: 'started', percent: 10 });
    expect(await refusal(() => addProgressEntry(plan.id, activities[0]!.id, entryInput()))).toEqual(
      ['planId: monitoring:errors.notFollowedVersion'],
    );
    const records = await loadMonitoring(plan.seriesId);
    expect(records.expenditures.map((e) => e.amountTyiyn).sort()).toEqual([1_250_000, 5]);
    expect(records.progress.map((p) => p.activityKey).sort()).toEqual(
      [activities[0]!.id, added.id].sort(),
    );
    expect(records.entries).toHaveLength(1);
    // A plan of the next cycle starts new identities and a new series: nothing carries over.
    const next = await copyPlanFromPrevious(draft.id, {
      title: { ru: 'План 2028–2029' },
      startYear: 2028,
      endYear: 2029,
    });
    const nextTree = await loadPlanTree(next.id);
    expect(nextTree.activities.some((a) => a.originId)).toBe(false);
    expect((await loadMonitoring(next.seriesId)).progress).toHaveLength(0);
  });

  it('deleting a territory removes its monitoring records and nothing else', async () => {
    const mine = await approvedPlan(territoryId);
    const other = await createTerritory(territoryInput({ name: { ru: 'Ленинский район' } }));
    const theirs = await approvedPlan(other.id);
    for (const { plan, activities, lines, funders } of [mine, theirs]) {
      const key = activities[0]!.id;
      await setActivityProgress(plan.id, key, { status: 'started', percent: 10 });
      await addProgressEntry(plan.id, key, entryInput());
      await addExpenditure(plan.id, lines[0]!.id, cashInput(funders.district));
      await addMeasurement(plan.id, key, { date: '2026-06-30', value: 31, source: 'police' });
    }
    const { setVarianceExplanation } = await import('./expenditures');
    await setVarianceExplanation(mine.plan.id, mine.lines[0]!.id, 'localBudget', 'Дешевле');
    await deleteTerritory(territoryId);
    for (const table of [
      db.activityProgress,
      db.progressEntries,
      db.expenditures,
      db.indicatorMeasurements,
    ])
      expect((await table.toArray()).map((r) => r.territoryId)).toEqual([other.id]);
    expect(await db.varianceExplanations.count()).toBe(0);
  });
});
