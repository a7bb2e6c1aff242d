import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion, territoryInput } from '../../../tests/fixtures/db';
import { cubeFromResponses } from '../../../shared/domain/study/cube';
import { responseFingerprint } from '../../../shared/domain/study/fingerprint';
import type { SurveyAnswers, SurveyResponse } from '../../../shared/schemas/study';
import { territoryRecords, territoryScopedTables } from '../database';
import { deleteTerritory } from '../territories';
import { findDuplicates } from '../study/duplicates';
import { undoImport } from '../study/import-batches';
import { importResponses } from '../study/import-responses';
import { studyResponses } from '../study/responses';
import { deleteStudy } from '../study/studies';
import { SCHEMA_VERSIONS } from './index';

const AT = '2026-01-15T08:00:00.000Z';

const answers = (i: number): SurveyAnswers => ({
  respondentGroup: 'resident',
  gender: i % 2 ? 'male' : 'female',
  problems: [{ code: 'fraud', concern: (i % 5) + 1 }],
  safeDay: (i % 5) + 1,
});

/**
 * A version-6 database as the app left it: two territories, a study in each, typed responses and an
 * import batch stored before v7 (its responses found then by the batchId index; no number range).
 */
async function seedV6(name: string) {
  const previous = SCHEMA_VERSIONS[SCHEMA_VERSIONS.findIndex((v) => v.version === 7) - 1]!.version;
  const ids = {
    territory: crypto.randomUUID(),
    other: crypto.randomUUID(),
    study: crypto.randomUUID(),
    otherStudy: crypto.randomUUID(),
    batch: crypto.randomUUID(),
  };
  const records: SurveyResponse[] = [];
  const response = (
    i: number,
    territoryId: string,
    studyId: string,
    extra: Partial<SurveyResponse>,
  ): SurveyResponse => ({
    ...answers(i),
    id: crypto.randomUUID(),
    territoryId,
    studyId,
    number: i,
    source: 'typed',
    fingerprint: responseFingerprint(answers(i)),
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  });
  // Numbers 1–2 typed, 3–6 the old batch, 7 typed after it.
  for (const i of [1, 2, 7]) records.push(response(i, ids.territory, ids.study, {}));
  for (const i of [3, 4, 5, 6])
    records.push(
      response(i, ids.territory, ids.study, {
        source: 'import',
        batchId: ids.batch,
        externalId: `kobo-${i}`,
      }),
    );
  const elsewhere = [response(1, ids.other, ids.otherStudy, { externalId: 'kobo-3' })];
  await seedAtVersion(name, previous, async (db) => {
    for (const [id, label] of [
      [ids.territory, 'Свердловский район'],
      [ids.other, 'Ленинский район'],
    ] as const)
      await db.table('territories').add({
        ...territoryInput({ name: { ru: label } }),
        id,
        isSample: false,
        createdAt: AT,
        updatedAt: AT,
      });
    for (const [id, territoryId, rows] of [
      [ids.study, ids.territory, records],
      [ids.otherStudy, ids.other, elsewhere],
    ] as const) {
      await db.table('studies').add({
        id,
        territoryId,
        title: { ru: 'Опрос' },
        periodFrom: '2025-03-01',
        periodTo: '2025-04-30',
        methods: ['survey'],
        createdAt: AT,
        updatedAt: AT,
      });
      await db.table('studyCubes').add({
        studyId: id,
        territoryId,
        cube: cubeFromResponses(rows),
        count: rows.length,
        nextNumber: Math.max(...rows.map((r) => r.number)) + 1,
        updatedAt: AT,
      });
    }
    await db.table('surveyResponses').bulkAdd([...records, ...elsewhere]);
    await db.table('importBatches').add({
      id: ids.batch,
      territoryId: ids.territory,
      studyId: ids.study,
      fileName: 'kobo.xlsx',
      at: AT,
      imported: 4,
      skipped: 0,
      undone: false,
      createdAt: AT,
      updatedAt: AT,
    });
  });
  return { ids, records };
}

describe('schema v7 (survey responses with three indexes)', () => {
  it('upgrades keeping every response; territory, study, number, duplicate and _uuid look-ups still work', async () => {
    const name = `upgrade-v7-${crypto.randomUUID()}`;
    const { ids } = await seedV6(name);
    const db = await openCurrent(name);
    const indexes = Object.keys(db.surveyResponses.schema.idxByName).sort();
    expect(indexes).toEqual([
      '[studyId+fingerprint]',
      '[territoryId+studyId+number]',
      'externalId',
    ]);
    expect(await db.surveyResponses.count()).toBe(8);
    expect(territoryScopedTables(db)).toContain('surveyResponses');
    expect(await territoryRecords(db, 'surveyResponses', ids.territory).count()).toBe(7);
    expect(await territoryRecords(db, 'surveyResponses', ids.other).count()).toBe(1);
    // The study's questionnaires in running-number order (the entry tab's recent list).
    expect(
      (await studyResponses(ids.territory, ids.study).reverse().limit(3).toArray()).map(
        (r) => r.number,
      ),
    ).toEqual([7, 6, 5]);
    expect(await findDuplicates(ids.study, answers(2))).toHaveLength(1);
    // Re-importing a row of the old batch is still skipped (only in its own territory).
    const again = await importResponses({
      studyId: ids.study,
      fileName: 'kobo.xlsx',
      rows: [
        { rowNumber: 2, externalId: 'kobo-3', answers: answers(3) },
        { rowNumber: 3, externalId: 'kobo-99', answers: answers(9) },
      ],
      skipped: 0,
    });
    expect(again.alreadyImported).toEqual([{ rowNumber: 2, externalId: 'kobo-3' }]);
    expect(await db.importBatches.get(again.batchId!)).toMatchObject({
      firstNumber: 8,
      lastNumber: 8,
    });
    db.close();
  });

  it('undoes a batch stored before v7 (no number range) and only its rows', async () => {
    const name = `upgrade-v7-undo-${crypto.randomUUID()}`;
    const { ids, records } = await seedV6(name);
    const db = await openCurrent(name);
    expect(await undoImport(ids.batch)).toBe(4);
    const left = await studyResponses(ids.territory, ids.study).toArray();
    expect(left.map((r) => r.number)).toEqual([1, 2, 7]);
    const row = await db.studyCubes.get(ids.study);
    expect(row!.count).toBe(3);
    expect(row!.cube).toEqual(cubeFromResponses(records.filter((r) => !r.batchId)));
    expect((await db.importBatches.get(ids.batch))!.undone).toBe(true);
    db.close();
  });

  it('deletes a study, and a territory, with their responses and nothing else', async () => {
    const name = `upgrade-v7-delete-${crypto.randomUUID()}`;
    const { ids } = await seedV6(name);
    const db = await openCurrent(name);
    await deleteStudy(ids.otherStudy);
    expect(await db.surveyResponses.count()).toBe(7);
    await deleteTerritory(ids.territory);
    expect(await db.surveyResponses.count()).toBe(0);
    db.close();
  });
});
