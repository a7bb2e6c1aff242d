import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion, territoryInput } from '../../../tests/fixtures/db';
import { territoryScopedTables } from '../database';
import { addExpenditure } from '../monitoring/expenditures';
import { loadMonitoring, MONITORING_TABLES } from '../monitoring/records';
import { loadPlanTree } from '../plans';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './index';

const AT = '2026-01-15T08:00:00.000Z';

/** A version-7 database: a territory with an approved plan, one activity and one budget line. */
async function seedV7(name: string) {
  const previous = SCHEMA_VERSIONS[SCHEMA_VERSIONS.findIndex((v) => v.version === 8) - 1]!.version;
  const ids = {
    territory: crypto.randomUUID(),
    plan: crypto.randomUUID(),
    priority: crypto.randomUUID(),
    objective: crypto.randomUUID(),
    activity: crypto.randomUUID(),
    line: crypto.randomUUID(),
  };
  const scope = { territoryId: ids.territory, planId: ids.plan, createdAt: AT, updatedAt: AT };
  await seedAtVersion(name, previous, async (db) => {
    await db.table('territories').add({
      ...territoryInput(),
      id: ids.territory,
      isSample: false,
      createdAt: AT,
      updatedAt: AT,
    });
    await db.table('plans').add({
      id: ids.plan,
      territoryId: ids.territory,
      title: { ru: 'План 2026–2027' },
      startYear: 2026,
      endYear: 2027,
      status: 'approved',
      approval: {
        body: 'head',
        position: { ru: 'Глава' },
        name: { ru: 'Осмонова А. Т.' },
        date: '2026-02-10',
        number: '45-р',
      },
      seriesId: ids.plan,
      version: 1,
      createdAt: AT,
      updatedAt: AT,
    });
    await db
      .table('planPriorities')
      .add({ ...scope, id: ids.priority, order: 0, title: { ru: 'П' } });
    await db.table('objectives').add({
      ...scope,
      id: ids.objective,
      planPriorityId: ids.priority,
      order: 0,
      title: { ru: 'З' },
    });
    await db.table('activities').add({
      ...scope,
      id: ids.activity,
      objectiveId: ids.objective,
      order: 0,
      title: { ru: 'Камеры' },
      responsible: { ru: 'УВД' },
      indicator: {},
    });
    await db.table('budgetLines').add({
      ...scope,
      id: ids.line,
      activityId: ids.activity,
      order: 0,
      item: { ru: 'Камера' },
      unit: { ru: 'шт.' },
      quantityMilli: 1000,
      unitCostTyiyn: 1_000_000,
      year: 2026,
      shares: { localBudget: 1_000_000, business: 0, donors: 0, residents: 0 },
      funderIds: { localBudget: [], business: [], donors: [], residents: [] },
      residentsInKind: false,
    });
  });
  return ids;
}

describe('schema v8 (monitoring)', () => {
  it('upgrades keeping the plan; the five monitoring tables start empty, scoped by territory and read by series', async () => {
    const name = `upgrade-v8-${crypto.randomUUID()}`;
    const ids = await seedV7(name);
    const db = await openCurrent(name);
    expect(db.verno).toBe(LATEST_VERSION);
    const tree = await loadPlanTree(ids.plan);
    expect(tree.activities.map((a) => a.id)).toEqual([ids.activity]);
    expect(tree.lines.map((l) => l.id)).toEqual([ids.line]);
    const scoped = territoryScopedTables(db);
    // The five tables v8 added (v13 adds the series' spending totals and a line index).
    for (const table of MONITORING_TABLES.filter((t) => t !== 'spendingTotals')) {
      expect(scoped).toContain(table);
      expect(Object.keys(db.table(table).schema.idxByName)).toEqual(
        expect.arrayContaining(['seriesId', 'territoryId']),
      );
      expect(await db.table(table).count()).toBe(0);
    }
    // A line stored before v8 has no originId: its own id is its identity.
    await addExpenditure(ids.plan, ids.line, {
      date: '2026-05-05',
      amountTyiyn: 300_000,
      source: 'localBudget',
      inKind: false,
      quarter: '2026-Q2',
      document: { type: 'invoice', number: '7' },
    });
    expect((await loadMonitoring(ids.plan)).expenditures).toHaveLength(1);
    db.close();
  });
});
