/*
 * Schema v13 (a series' spending totals): upgraded from a v12 database whose expenditures were
 * stored without totals, the totals equal a sum the test makes itself; after every later add, edit
 * and delete they still equal a recomputation from the stored expenditures; a backup carries them;
 * deleting a territory removes them; and the monitoring model read from them (the screen's read)
 * shows exactly the figures of the model read from every expenditure.
 */
import { describe, expect, it } from 'vitest';
import { openCurrent, upgradeCase } from '../../../tests/fixtures/db';
import { approvedPlan, cashInput } from '../../../tests/fixtures/monitoring';
import { spendingCells } from '../../../shared/domain/monitoring/spending-totals';
import { quarterOf } from '../../../shared/domain/monitoring/schedule';
import type { Expenditure } from '../../../shared/schemas/monitoring';
import { createBackup } from '../../backup/create';
import { prepareRestore, restoreAll } from '../../backup/restore';
import { monitoringModel } from '../../features/monitoring/model';
import { KoopsuzDatabase, setDatabase } from '../database';
import { addExpenditure, removeExpenditure, updateExpenditure } from '../monitoring/expenditures';
import { loadMonitoring } from '../monitoring/records';
import { loadPlanTree } from '../plans';
import { createTerritory, deleteTerritory } from '../territories';
import { SCHEMA_VERSIONS } from './index';

const previous = SCHEMA_VERSIONS[SCHEMA_VERSIONS.findIndex((v) => v.version === 13) - 1]!.version;

/** A v12 database: an approved plan (app functions) and expenditures stored as v12 stored them. */
async function seedPrevious() {
  const { name, territory } = upgradeCase('upgrade-v13');
  const old = new KoopsuzDatabase(name, previous);
  await old.open();
  setDatabase(old);
  const territoryId = (await createTerritory({ ...territory })).id;
  const { plan, lines, funders } = await approvedPlan(territoryId);
  const at = '2026-07-01T08:00:00.000Z';
  const spend = (lineKey: string, over: Partial<Expenditure>): Expenditure => {
    const input = cashInput(funders.district, over);
    return {
      ...input,
      ...over,
      id: crypto.randomUUID(),
      territoryId,
      seriesId: plan.seriesId,
      lineKey,
      quarter: quarterOf(over.date ?? input.date),
      createdAt: at,
      updatedAt: at,
    };
  };
  const stored = [
    spend(lines[0]!.id, { amountTyiyn: 1_000_000, date: '2026-02-10' }),
    spend(lines[0]!.id, { amountTyiyn: 250_000, date: '2026-03-31' }),
    spend(lines[0]!.id, { amountTyiyn: 400_000, date: '2026-04-01' }),
    spend(lines[0]!.id, { source: 'donors', funderId: funders.osce, amountTyiyn: 70_000 }),
    spend(lines[2]!.id, {
      source: 'residents',
      funderId: funders.residents,
      inKind: true,
      amountTyiyn: 30_000,
      date: '2026-11-02',
      document: { type: 'actInKind' },
    }),
  ];
  await old.expenditures.bulkAdd(stored);
  old.close();
  return { name, territoryId, plan, lines, funders, stored };
}

const rowOf = async (db: KoopsuzDatabase, seriesId: string) => {
  const row = await db.spendingTotals.get(seriesId);
  return row && { keys: row.keys, amounts: row.amounts, counts: row.counts };
};
/** The totals recomputed from what is stored now. */
const recomputed = async (db: KoopsuzDatabase, seriesId: string) =>
  spendingCells(await db.expenditures.where('seriesId').equals(seriesId).toArray());

describe('schema v13 (spending totals per series)', () => {
  it('upgrades summing the stored expenditures; the screen’s model equals the one from records', async () => {
    const seeded = await seedPrevious();
    const db = await openCurrent(seeded.name);
    expect(db.verno).toBe(13);
    const [cameras, , vests] = seeded.lines.map((l) => l.id);
    const district = seeded.funders.district;
    // Hand-summed: Q1 cash of the district on the cameras line is 1,000,000 + 250,000.
    const cells: [string, number, number][] = [
      [`${cameras}|localBudget|${district}|0|2026-Q1`, 1_250_000, 2],
      [`${cameras}|localBudget|${district}|0|2026-Q2`, 400_000, 1],
      [`${cameras}|donors|${seeded.funders.osce}|0|2026-Q1`, 70_000, 1],
      [`${vests}|residents|${seeded.funders.residents}|1|2026-Q4`, 30_000, 1],
    ];
    cells.sort(([a], [b]) => (a < b ? -1 : 1));
    expect(await rowOf(db, seeded.plan.seriesId)).toEqual({
      keys: cells.map((c) => c[0]),
      amounts: cells.map((c) => c[1]),
      counts: cells.map((c) => c[2]),
    });
    expect(Object.keys(db.expenditures.schema.idxByName)).toContain('[seriesId+lineKey]');
    const tree = await loadPlanTree(seeded.plan.id);
    const [records, summed] = [
      await loadMonitoring(seeded.plan.seriesId),
      await loadMonitoring(seeded.plan.seriesId, { summed: true }),
    ];
    expect(summed.expenditures).toEqual([]);
    for (const period of [{}, { from: '2026-04-01', to: '2026-06-30' }, { to: '2026-03-31' }]) {
      const options = { period, weighting: 'equal' as const, today: '2026-12-01' };
      const a = monitoringModel(tree, records, options);
      const b = monitoringModel(tree, summed, options);
      expect(b.total).toEqual(a.total);
      expect(b.bySource).toEqual(a.bySource);
      expect(b.byFunder).toEqual(a.byFunder);
      expect(b.byPriority).toEqual(a.byPriority);
      expect(b.lineSources).toEqual(a.lineSources);
      expect(b.activities.map((x) => x.figures)).toEqual(a.activities.map((x) => x.figures));
    }
    expect(() =>
      monitoringModel(tree, summed, {
        period: { from: '2026-02-01' },
        weighting: 'equal',
        today: '2026-12-01',
      }),
    ).toThrow();
    db.close();
  });

  it('keeps the totals equal to a recomputation through add, edit and delete', async () => {
    const seeded = await seedPrevious();
    const db = await openCurrent(seeded.name);
    const { plan, lines, funders } = seeded;
    const series = plan.seriesId;
    const added = await addExpenditure(
      plan.id,
      lines[1]!.id,
      cashInput(funders.district, { date: '2027-05-05', quarter: '2027-Q2', amountTyiyn: 9_000 }),
    );
    expect(await rowOf(db, series)).toEqual(await recomputed(db, series));
    // An edit moving the record to another source, funder and quarter.
    await updateExpenditure(
      plan.id,
      added.id,
      cashInput(funders.market, {
        source: 'business',
        date: '2027-08-01',
        quarter: '2027-Q3',
        amountTyiyn: 12_000,
      }),
    );
    const after = await rowOf(db, series);
    expect(after).toEqual(await recomputed(db, series));
    expect(after!.keys).toContain(`${lines[1]!.id}|business|${funders.market}|0|2027-Q3`);
    expect(after!.keys.some((k) => k.startsWith(`${lines[1]!.id}|localBudget`))).toBe(false);
    await removeExpenditure(plan.id, seeded.stored[0]!.id);
    expect(await rowOf(db, series)).toEqual(await recomputed(db, series));
    for (const e of await db.expenditures.toArray()) await removeExpenditure(plan.id, e.id);
    expect(await db.spendingTotals.count()).toBe(0);
    db.close();
  });

  it('a backup carries the totals; deleting the territory removes them', async () => {
    const seeded = await seedPrevious();
    const db = await openCurrent(seeded.name);
    const before = await db.spendingTotals.toArray();
    expect(before).toHaveLength(1);
    const backup = await createBackup();
    const fresh = new KoopsuzDatabase(`restored-${crypto.randomUUID()}`);
    setDatabase(fresh);
    await restoreAll(await prepareRestore(backup.bytes), async () => undefined);
    expect(await fresh.spendingTotals.toArray()).toEqual(before);
    const other = (await createTerritory({ ...upgradeCase('x').territory })).id;
    await approvedPlan(other).then(({ plan, lines, funders }) =>
      addExpenditure(plan.id, lines[0]!.id, cashInput(funders.district)),
    );
    await deleteTerritory(seeded.territoryId);
    expect((await fresh.spendingTotals.toArray()).map((r) => r.territoryId)).toEqual([other]);
    db.close();
    fresh.close();
  });
});
