import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion, upgradeCase } from '../../../tests/fixtures/db';
import { assessmentInput } from '../../../tests/fixtures/assessment';
import { territoryScopedTables } from '../database';
import { saveAssessment } from '../monitoring/assessments';
import { saveClosure } from '../monitoring/cycle';
import { loadMonitoring } from '../monitoring/records';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './index';

const NEW_TABLES = ['cycleAssessments', 'cycleClosures'];

describe('schema v11 (assessment and closing the cycle)', () => {
  it('upgrades keeping the plan and its monitoring; the two new tables start empty, scoped by territory and read by series', async () => {
    const previous = SCHEMA_VERSIONS[SCHEMA_VERSIONS.findIndex((v) => v.version === 11) - 1]!;
    expect(previous.version).toBe(10);
    const seeded = upgradeCase('upgrade-v11');
    const { at, territoryId } = seeded;
    const planId = crypto.randomUUID();
    const priorityId = crypto.randomUUID();
    const progressId = crypto.randomUUID();
    const activityKey = crypto.randomUUID();
    const stamps = { createdAt: at, updatedAt: at };
    await seedAtVersion(seeded.name, previous.version, async (db) => {
      await db.table('territories').add(seeded.territory);
      await db.table('plans').add({
        ...{ id: planId, territoryId, seriesId: planId, version: 1, status: 'inProgress' },
        ...{ title: { ky: 'Алдын алуу планы' }, startYear: 2026, endYear: 2026, ...stamps },
      });
      await db.table('planPriorities').add({
        ...{ id: priorityId, territoryId, planId, order: 0, problemCode: 'fraud' },
        ...{ title: { ky: 'Алдамчылык' }, ...stamps },
      });
      await db.table('activityProgress').add({
        ...{ id: progressId, territoryId, seriesId: planId, activityKey },
        ...{ status: 'done', percent: 100, ...stamps },
      });
    });
    const db = await openCurrent(seeded.name);
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await loadMonitoring(planId)).progress.map((p) => p.id)).toEqual([progressId]);
    const scoped = territoryScopedTables(db);
    for (const table of NEW_TABLES) {
      expect(scoped).toContain(table);
      expect(Object.keys(db.table(table).schema.idxByName).sort()).toEqual([
        'seriesId',
        'territoryId',
      ]);
      expect(await db.table(table).count()).toBe(0);
    }
    // A plan stored before v11 can be assessed and closed.
    await saveAssessment(planId, 'problem:fraud', assessmentInput());
    await saveClosure(planId, { decisions: [], unresolvedKeys: ['problem:fraud'] });
    expect(await db.cycleAssessments.where('seriesId').equals(planId).count()).toBe(1);
    expect((await db.cycleClosures.toArray())[0]!.unresolved).toEqual([
      { key: 'problem:fraud', problemCode: 'fraud', title: { ky: 'Алдамчылык' } },
    ]);
    db.close();
  });
});
