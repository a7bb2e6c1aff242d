import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { approvedPlan } from '../../../tests/fixtures/monitoring';
import { checkRecord } from '../../../shared/backup/record-schemas';
import { createBackup } from '../../backup/create';
import { prepareRestore, restoreAll, restoreTerritory } from '../../backup/restore';
import { getDb } from '../database';
import { createTerritory } from '../territories';
import { approveReport, createReport } from './reports';

beforeEach(() => {
  freshDatabase();
});

const noSafety = async () => undefined;

async function reportedTerritory(name: string) {
  const territory = await createTerritory(territoryInput({ name: { ru: name } }));
  const { plan, funders } = await approvedPlan(territory.id);
  const council = await createReport(plan.id, {
    kind: 'council',
    period: '2026-H1',
    achievements: `Камеры: ${name} ң ө ү`,
  });
  await approveReport(council.id, { date: '2026-07-15', number: '7' });
  await createReport(plan.id, { kind: 'donor', period: '2026', funderId: funders.unodc });
  return territory.id;
}

const rowsOf = async (territoryId: string) =>
  (await getDb().reports.where('territoryId').equals(territoryId).toArray())
    .map((r) => JSON.stringify(r))
    .sort();

describe('backups carry reports', () => {
  it('a whole backup restores every report exactly, approval included', async () => {
    const id = await reportedTerritory('Свердловский район');
    const before = await rowsOf(id);
    expect(before).toHaveLength(2);
    const backup = await createBackup();
    freshDatabase();
    await restoreAll(await prepareRestore(backup.bytes), noSafety);
    expect(await rowsOf(id)).toEqual(before);
  });

  it('restoring one territory brings back its reports, and only its', async () => {
    const mine = await reportedTerritory('Свердловский район');
    const theirs = await reportedTerritory('Ленинский район');
    const before = await rowsOf(mine);
    const backup = await createBackup();
    await getDb().reports.where('territoryId').equals(mine).delete();
    await getDb().reports.where('territoryId').equals(theirs).delete();
    await restoreTerritory(await prepareRestore(backup.bytes), mine, noSafety);
    expect(await rowsOf(mine)).toEqual(before);
    expect(await rowsOf(theirs)).toEqual([]);
  });

  it('a report that breaks its schema is refused on restore', async () => {
    await reportedTerritory('Свердловский район');
    const row = (await getDb().reports.toArray()).find((r) => r.status === 'approved')!;
    const stores = getDb().reports.schema.primKey.src;
    expect(checkRecord('reports', stores, row).ok).toBe(true);
    expect(checkRecord('reports', stores, { ...row, approval: undefined })).toMatchObject({
      ok: false,
      path: 'approval',
    });
    expect(checkRecord('reports', stores, { ...row, period: '2026-H3' })).toMatchObject({
      ok: false,
      path: 'period',
    });
  });
});
