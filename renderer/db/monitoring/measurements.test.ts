import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { APPROVAL, approvedPlan, refused } from '../../../tests/fixtures/monitoring';
import { identityKey } from '../../../shared/schemas/plan';
import type { KoopsuzDatabase } from '../database';
import { addPriority } from '../plan-items';
import { approvePlan } from '../plans';
import { createTerritory } from '../territories';
import {
  addMeasurement,
  addOutcomeMeasurement,
  removeMeasurement,
  updateMeasurement,
} from './measurements';
import { loadMonitoring } from './records';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

/** An approved plan whose second priority is linked to the problem `burglary`. */
async function planWithProblem() {
  const made = await approvedPlan(territoryId, false);
  await addPriority(made.plan.id, { title: { ru: 'Кражи из квартир' }, problemCode: 'burglary' });
  await approvePlan(made.plan.id, APPROVAL);
  return made;
}

const proposal = {
  date: '2026-06-15',
  value: 9.4,
  source: 'study' as const,
  n: 1000,
  margin: 1.81,
  origin: 'study-id',
};

describe('indicator measurements', () => {
  it('records an accepted outcome value with N and margin, apart from the activities’ values', async () => {
    const { plan, activities } = await planWithProblem();
    const stored = await addOutcomeMeasurement(plan.id, 'problemShare:burglary', proposal);
    expect(stored).toMatchObject({ ...proposal, outcomeKey: 'problemShare:burglary' });
    await addOutcomeMeasurement(plan.id, 'safeNight', { ...proposal, value: 3.1, margin: 0.07 });
    await addMeasurement(plan.id, identityKey(activities[0]!), {
      date: '2026-06-30',
      value: 31,
      source: 'police',
    });
    const records = await loadMonitoring(plan.seriesId);
    expect(records.outcomes.map((m) => m.outcomeKey).sort()).toEqual([
      'problemShare:burglary',
      'safeNight',
    ]);
    expect(records.measurements.map((m) => m.value)).toEqual([31]);
    const entry = await db.audit.where('recordId').equals(stored.id).first();
    expect(entry).toMatchObject({ table: 'indicatorMeasurements', action: 'create' });
  });

  it('refuses an outcome the plan does not have, a malformed one, and a date outside the plan', async () => {
    const { plan } = await planWithProblem();
    expect(
      await refused('indicatorMeasurements', () =>
        addOutcomeMeasurement(plan.id, 'problemShare:market-theft', proposal),
      ),
    ).toEqual({ outcomeKey: 'monitoring:errors.outcomeNotInPlan' });
    expect(
      await refused('indicatorMeasurements', () =>
        addOutcomeMeasurement(plan.id, 'rainfall', proposal),
      ),
    ).toEqual({
      outcomeKey: 'monitoring:errors.outcomeUnknown',
    });
    expect(
      await refused('indicatorMeasurements', () =>
        addOutcomeMeasurement(plan.id, 'safeNight', { ...proposal, n: 0 }),
      ),
    ).toHaveProperty('n');
    expect(
      await refused('indicatorMeasurements', () =>
        addOutcomeMeasurement(plan.id, 'safeNight', { ...proposal, date: '2025-06-15' }),
      ),
    ).toEqual({ date: 'monitoring:errors.dateOutsidePlan' });
  });

  it('edits a value (an outcome keeps its N, margin and origin) and deletes it, audited', async () => {
    const { plan, activities } = await planWithProblem();
    const key = identityKey(activities[1]!);
    const typed = await addMeasurement(plan.id, key, {
      date: '2026-06-30',
      value: 31,
      source: 'police',
      note: 'за полугодие',
    });
    const edited = await updateMeasurement(plan.id, typed.id, {
      date: '2026-07-05',
      value: 28,
      source: 'meeting',
    });
    expect(edited).toMatchObject({ activityKey: key, value: 28, source: 'meeting' });
    expect(edited).not.toHaveProperty('note', 'за полугодие');
    const accepted = await addOutcomeMeasurement(plan.id, 'trustPolice', proposal);
    expect(
      await updateMeasurement(plan.id, accepted.id, { ...proposal, value: 9.5, note: 'уточнено' }),
    ).toMatchObject({ outcomeKey: 'trustPolice', value: 9.5, n: 1000, margin: 1.81 });
    expect(
      await refused('indicatorMeasurements', () =>
        updateMeasurement(plan.id, typed.id, { ...proposal, date: '2028-01-02' }),
      ),
    ).toEqual({ date: 'monitoring:errors.dateOutsidePlan' });
    await removeMeasurement(plan.id, typed.id);
    await removeMeasurement(plan.id, accepted.id);
    expect(await db.indicatorMeasurements.count()).toBe(0);
    for (const id of [typed.id, accepted.id]) {
      const trail = await db.audit.where('recordId').equals(id).toArray();
      expect(trail.map((e) => e.action)).toContain('delete');
    }
  });

  it('refuses to edit another series’ value', async () => {
    const { plan, activities } = await planWithProblem();
    const other = await approvedPlan(territoryId);
    const typed = await addMeasurement(plan.id, identityKey(activities[0]!), {
      date: '2026-06-30',
      value: 31,
      source: 'police',
    });
    expect(
      await refused('indicatorMeasurements', () =>
        updateMeasurement(other.plan.id, typed.id, { ...proposal }),
      ),
    ).toEqual({ id: 'monitoring:errors.notInSeries' });
  });
});
