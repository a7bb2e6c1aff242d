import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { assessmentInput } from '../../../tests/fixtures/assessment';
import { approvedPlan } from '../../../tests/fixtures/monitoring';
import { createBackup } from '../../backup/create';
import { prepareRestore, restoreAll } from '../../backup/restore';
import { getDb } from '../database';
import { createTerritory, deleteTerritory } from '../territories';
import { freezeAssessments, saveAssessment } from './assessments';
import { saveClosure } from './cycle';

beforeEach(() => {
  freshDatabase();
});

/** A territory whose plan has a frozen assessment and a closure. */
async function assessedTerritory(name: string) {
  const territory = await createTerritory(territoryInput({ name: { ru: name } }));
  const { plan, activities } = await approvedPlan(territory.id);
  const key = 'title:Кражи на рынке';
  await saveAssessment(plan.id, key, assessmentInput({ conclusion: `Вывод: ${name} ң ө ү` }));
  await freezeAssessments(plan.seriesId, crypto.randomUUID());
  await saveClosure(plan.id, {
    decisions: [{ activityKey: activities[0]!.id, decision: 'stop', reason: 'Выполнено' }],
    lessons: 'Уроки',
    unresolvedKeys: [key],
  });
  return territory.id;
}

const rows = async () => {
  const db = getDb();
  const all = [...(await db.cycleAssessments.toArray()), ...(await db.cycleClosures.toArray())];
  return all.map((r) => JSON.stringify(r)).sort();
};

describe('backups and territory delete carry assessments and closures', () => {
  it('a whole backup restores them exactly', async () => {
    await assessedTerritory('Свердловский район');
    const before = await rows();
    expect(before).toHaveLength(2);
    const backup = await createBackup();
    freshDatabase();
    await restoreAll(await prepareRestore(backup.bytes), async () => undefined);
    expect(await rows()).toEqual(before);
  });

  it('deleting a territory removes its assessments and closure, and only its', async () => {
    const mine = await assessedTerritory('Свердловский район');
    const theirs = await assessedTerritory('Ленинский район');
    await deleteTerritory(mine);
    const db = getDb();
    for (const table of [db.cycleAssessments, db.cycleClosures]) {
      expect(await table.where('territoryId').equals(mine).count()).toBe(0);
      expect(await table.where('territoryId').equals(theirs).count()).toBe(1);
    }
  });
});
