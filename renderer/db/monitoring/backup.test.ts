import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { approvedPlan, cashInput, entryInput } from '../../../tests/fixtures/monitoring';
import { createBackup } from '../../backup/create';
import { prepareRestore, restoreAll, restoreTerritory } from '../../backup/restore';
import { getDb } from '../database';
import { createTerritory } from '../territories';
import { addExpenditure, setVarianceExplanation } from './expenditures';
import { addMeasurement, addOutcomeMeasurement } from './measurements';
import { addProgressEntry, setActivityProgress } from './progress';
import { loadMonitoring, MONITORING_TABLES } from './records';

beforeEach(() => {
  freshDatabase();
});

const noSafety = async () => undefined;

/** Every kind of monitoring record on an approved plan of a new territory. */
async function monitoredTerritory(name: string) {
  const territory = await createTerritory(territoryInput({ name: { ru: name } }));
  const { plan, activities, lines, funders } = await approvedPlan(territory.id);
  const key = activities[0]!.id;
  await setActivityProgress(plan.id, key, { status: 'inProgress', percent: 60 });
  await addProgressEntry(plan.id, key, entryInput({ text: `Камеры: ${name} ң ө ү` }));
  await addExpenditure(plan.id, lines[0]!.id, cashInput(funders.district));
  await addMeasurement(plan.id, key, { date: '2026-06-30', value: 33, source: 'police' });
  await addOutcomeMeasurement(plan.id, 'safeNight', {
    ...{ date: '2026-06-15', value: 3.24, source: 'study', n: 998, margin: 0.061 },
    origin: 'follow-up study',
  });
  await setVarianceExplanation(plan.id, lines[0]!.id, 'localBudget', 'Закупка перенесена');
  return { territoryId: territory.id, seriesId: plan.seriesId };
}

const sorted = async (seriesId: string) =>
  Object.fromEntries(
    Object.entries(await loadMonitoring(seriesId)).map(([k, rows]) => [
      k,
      (rows as { id: string }[]).map((r) => JSON.stringify(r)).sort(),
    ]),
  );

describe('backups carry monitoring', () => {
  it('a whole backup restores every monitoring record exactly', async () => {
    const { seriesId } = await monitoredTerritory('Свердловский район');
    const before = await sorted(seriesId);
    for (const rows of Object.values(before)) expect(rows).toHaveLength(1);
    const backup = await createBackup();
    freshDatabase();
    await restoreAll(await prepareRestore(backup.bytes), noSafety);
    expect(await sorted(seriesId)).toEqual(before);
  });

  it('restoring one territory brings back its monitoring records, and only its', async () => {
    const mine = await monitoredTerritory('Свердловский район');
    const theirs = await monitoredTerritory('Ленинский район');
    const before = await sorted(mine.seriesId);
    const backup = await createBackup();
    const db = getDb();
    for (const table of MONITORING_TABLES)
      await db.table(table).where('territoryId').equals(mine.territoryId).delete();
    await setActivityProgress(
      (await db.plans.where('seriesId').equals(theirs.seriesId).first())!.id,
      (await db.activityProgress.where('seriesId').equals(theirs.seriesId).first())!.activityKey,
      { status: 'done', percent: 100 },
    );
    await restoreTerritory(await prepareRestore(backup.bytes), mine.territoryId, noSafety);
    expect(await sorted(mine.seriesId)).toEqual(before);
    // The other territory keeps what was written after the backup.
    expect((await loadMonitoring(theirs.seriesId)).progress[0]!.status).toBe('done');
  });

  it('a monitoring record that breaks its schema is refused on restore', async () => {
    await monitoredTerritory('Свердловский район');
    const { checkRecord } = await import('../../../shared/backup/record-schemas');
    const row = (await getDb().expenditures.toArray())[0]!;
    const stores = getDb().expenditures.schema.primKey.src;
    expect(checkRecord('expenditures', stores, row).ok).toBe(true);
    expect(checkRecord('expenditures', stores, { ...row, amountTyiyn: 0 })).toMatchObject({
      ok: false,
      path: 'amountTyiyn',
    });
    expect(checkRecord('activityProgress', stores, { id: row.id, percent: 50 }).ok).toBe(false);
  });
});
