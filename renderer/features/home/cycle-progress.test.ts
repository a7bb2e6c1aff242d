import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { getDb } from '../../db/database';
import { createTerritory } from '../../db/territories';
import '../sample/contributors';
import { findSample, loadSample } from '../sample/sample';
import { readCycleProgress } from './useCycleProgress';

beforeEach(() => {
  freshDatabase();
});

describe('home screen progress', () => {
  it("counts each step's records of the territory, and only of that territory", async () => {
    const other = await createTerritory(territoryInput({ name: { ru: 'Первомайский район' } }));
    await loadSample();
    const sample = (await findSample())!;
    // The sample district: 15 members of whom one has left (14 active, as the roster lists them),
    // 2 meetings, 2,000 questionnaires (the spring 2025 study and
    // its 2026 follow-up), 1 fixed ranking, 1 plan
    // (two versions: the approved one followed, and a draft), its monitoring summed here.
    const db = getDb();
    const followed = (await db.plans.where('territoryId').equals(sample).toArray()).find(
      (p) => p.status === 'approved',
    )!;
    const lines = await db.budgetLines.where('planId').equals(followed.id).toArray();
    const planned = lines.reduce(
      (sum, l) =>
        sum + l.shares.localBudget + l.shares.business + l.shares.donors + l.shares.residents,
      0,
    );
    const spent = (await db.expenditures.toArray()).reduce((sum, e) => sum + e.amountTyiyn, 0);
    const done = (await db.activityProgress.toArray()).filter((p) => p.status === 'done').length;
    expect(await readCycleProgress(sample)).toEqual({
      members: 14,
      formerMembers: 1,
      meetings: 2,
      responses: 2000,
      snapshots: 1,
      plans: 1,
      monitoring: { activities: 25, done, spent, planned },
    });
    expect(done).toBeGreaterThan(0);
    expect(spent).toBeGreaterThan(0);
    expect(await readCycleProgress(other.id)).toEqual({
      members: 0,
      formerMembers: 0,
      meetings: 0,
      responses: 0,
      snapshots: 0,
      plans: 0,
      monitoring: null,
    });
  }, 60_000);
});
