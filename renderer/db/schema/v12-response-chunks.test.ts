/*
 * Schema v12 (imported responses in chunks) over a database the previous version wrote: its
 * typed and imported responses stay records and read, edit, undo and back up as before, beside
 * a new import stored in chunks.
 */
import { describe, expect, it } from 'vitest';
import { openCurrent, SEEDED_AT, upgradeCase } from '../../../tests/fixtures/db';
import { allResponses, numberedAnswers } from '../../../tests/fixtures/study';
import { cubeFromResponses } from '../../../shared/domain/study/cube';
import { responseFingerprint } from '../../../shared/domain/study/fingerprint';
import type { SurveyResponse } from '../../../shared/schemas/study';
import { createBackup } from '../../backup/create';
import { prepareRestore, restoreAll } from '../../backup/restore';
import { KoopsuzDatabase, setDatabase } from '../database';
import { findDuplicates } from '../study/duplicates';
import { undoImport } from '../study/import-batches';
import { importResponses } from '../study/import-responses';
import { readStudyResponses, recentStudyResponses } from '../study/response-chunks';
import { addResponse, deleteResponse, updateResponse } from '../study/responses';
import { createStudy } from '../study/studies';
import { createTerritory } from '../territories';
import { SCHEMA_VERSIONS } from './index';

const previous = SCHEMA_VERSIONS[SCHEMA_VERSIONS.findIndex((v) => v.version === 12) - 1]!.version;

/**
 * The previous version's database, written by the app's own functions where they are unchanged
 * (territory, study, typed questionnaires) and an import batch stored as that version stored it:
 * one record per response (no fingerprint of its own), the batch with its range and fingerprints.
 */
async function seedPrevious() {
  const { name, territory } = upgradeCase('upgrade-v12');
  const old = new KoopsuzDatabase(name, previous);
  await old.open();
  setDatabase(old);
  const territoryId = (await createTerritory({ ...territory })).id;
  const study = await createStudy(territoryId, {
    title: { ru: 'Опрос 2025' },
    periodFrom: '2025-03-01',
    periodTo: '2025-04-30',
    methods: ['survey'],
  });
  const typed = await addResponse(study.id, numberedAnswers(1));
  const batchId = crypto.randomUUID();
  const imported: SurveyResponse[] = [2, 3, 4].map((n) => ({
    ...numberedAnswers(n),
    id: crypto.randomUUID(),
    territoryId,
    studyId: study.id,
    number: n,
    source: 'import',
    batchId,
    externalId: `kobo-${n}`,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  }));
  await old.surveyResponses.bulkAdd(imported);
  const all = [typed, ...imported];
  await old.studyCubes.update(study.id, { cube: cubeFromResponses(all), count: 4, nextNumber: 5 });
  await old.importBatches.add({
    id: batchId,
    territoryId,
    studyId: study.id,
    fileName: 'kobo-old.xlsx',
    at: SEEDED_AT,
    imported: 3,
    firstNumber: 2,
    lastNumber: 4,
    fingerprints: JSON.stringify(imported.map(responseFingerprint)),
    skipped: 0,
    undone: false,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  });
  old.close();
  return { name, territoryId, studyId: study.id, batchId, typed, imported };
}

const numbers = (list: readonly SurveyResponse[]) => list.map((r) => r.number);

describe('schema v12 (imported responses in chunks)', () => {
  it('upgrades keeping every response; a new import goes into chunks beside them', async () => {
    const seeded = await seedPrevious();
    const db = await openCurrent(seeded.name);
    const { territoryId, studyId } = seeded;
    expect(db.verno).toBeGreaterThanOrEqual(12);
    expect(Object.keys(db.responseChunks.schema.idxByName).sort()).toEqual([
      '[territoryId+studyId+firstNumber]',
      'batchId',
    ]);
    expect(numbers(await readStudyResponses(territoryId, studyId))).toEqual([1, 2, 3, 4]);
    const rows = [3, 5, 6, 7].map((i) => ({
      rowNumber: i,
      externalId: `kobo-${i}`,
      answers: numberedAnswers(i === 7 ? 2 : i),
    }));
    const result = await importResponses({ studyId, fileName: 'kobo-new.xlsx', rows, skipped: 0 });
    // kobo-3 is a record of the old batch: skipped, as before.
    expect(result.alreadyImported).toEqual([{ rowNumber: 3, externalId: 'kobo-3' }]);
    expect(await db.responseChunks.count()).toBe(1);
    expect(await db.surveyResponses.count()).toBe(4);
    const everything = await readStudyResponses(territoryId, studyId);
    expect(numbers(everything)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(numbers(await readStudyResponses(territoryId, studyId, 4, 6))).toEqual([4, 5, 6]);
    expect(numbers(await recentStudyResponses(territoryId, studyId, 4))).toEqual([7, 6, 5, 4]);
    expect((await db.studyCubes.get(studyId))!.cube).toEqual(cubeFromResponses(everything));
    // The same answers in the old batch (number 2) and the new one (number 7).
    expect(numbers(await findDuplicates(studyId, numberedAnswers(2)))).toEqual([2, 7]);
    db.close();
  });

  it('edits and deletes old records and chunked responses alike; undo takes each batch', async () => {
    const seeded = await seedPrevious();
    const db = await openCurrent(seeded.name);
    const { territoryId, studyId } = seeded;
    const rows = [5, 6, 7].map((i) => ({ rowNumber: i, answers: numberedAnswers(i) }));
    const batch = await importResponses({ studyId, fileName: 'new.xlsx', rows, skipped: 0 });
    const [, , , , five, six] = await readStudyResponses(territoryId, studyId);
    await updateResponse(five!.id, numberedAnswers(40));
    await updateResponse(seeded.imported[0]!.id, numberedAnswers(41));
    await deleteResponse(six!.id);
    await deleteResponse(seeded.imported[1]!.id);
    const left = await readStudyResponses(territoryId, studyId);
    expect(numbers(left)).toEqual([1, 2, 4, 5, 7]);
    // The edited chunked response keeps its id, number and batch, now a record of its own.
    expect(await db.surveyResponses.get(five!.id)).toMatchObject({
      number: 5,
      batchId: batch.batchId,
      fingerprint: responseFingerprint(numberedAnswers(40)),
    });
    expect((await db.studyCubes.get(studyId))!.cube).toEqual(cubeFromResponses(left));
    expect(await undoImport(batch.batchId!)).toBe(2);
    expect(await undoImport(seeded.batchId)).toBe(2);
    expect(await db.responseChunks.count()).toBe(0);
    const typedOnly = await allResponses(db);
    expect(typedOnly.map((r) => r.id)).toEqual([seeded.typed.id]);
    const row = await db.studyCubes.get(studyId);
    expect(row!.count).toBe(1);
    expect(row!.cube).toEqual(cubeFromResponses(typedOnly));
    db.close();
  });

  it('backs up and restores records and chunks to the same responses', async () => {
    const seeded = await seedPrevious();
    const db = await openCurrent(seeded.name);
    const rows = [5, 6].map((i) => ({ rowNumber: i, answers: numberedAnswers(i) }));
    await importResponses({ studyId: seeded.studyId, fileName: 'b.xlsx', rows, skipped: 0 });
    const before = await allResponses(db);
    const backup = await createBackup();
    const fresh = new KoopsuzDatabase(`restored-${crypto.randomUUID()}`);
    setDatabase(fresh);
    await restoreAll(await prepareRestore(backup.bytes), async () => undefined);
    expect(await allResponses(fresh)).toEqual(before);
    expect(await fresh.responseChunks.count()).toBe(1);
    db.close();
    fresh.close();
  });
});
