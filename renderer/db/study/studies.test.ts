/*
 * Deleting a study leaves one audit entry, scoped to its territory; deleting the territory after
 * leaves no trace of that territory's records in the trail (architecture A12).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshStudy } from '../../../tests/fixtures/study';
import type { KoopsuzDatabase } from '../database';
import { deleteTerritory } from '../territories';
import { addResponse } from './responses';
import { deleteStudy } from './studies';

let db: KoopsuzDatabase;
let territoryId: string;
let studyId: string;
beforeEach(async () => {
  ({ db, territoryId, studyId } = await freshStudy());
});

describe('deleting a study', () => {
  it('writes its delete entry with the territory, and the territory delete takes it along', async () => {
    await addResponse(studyId, { problems: [{ code: 'fraud', concern: 4 }], safeDay: 3 });
    await deleteStudy(studyId);
    const entries = await db.audit.where('recordId').equals(studyId).toArray();
    const deletes = entries.filter((e) => e.action === 'delete');
    expect(deletes.map((e) => e.table).sort()).toEqual(['studies', 'surveyResponses']);
    for (const entry of deletes) expect(entry.territoryId).toBe(territoryId);

    await deleteTerritory(territoryId);
    const left = await db.audit.toArray();
    expect(left.filter((e) => e.territoryId === territoryId)).toEqual([]);
    expect(left.filter((e) => e.recordId === studyId)).toEqual([]);
    // The territory's own deletion stays in the trail, unscoped on purpose.
    expect(left.filter((e) => e.recordId === territoryId).map((e) => e.action)).toEqual(['delete']);
  });
});
