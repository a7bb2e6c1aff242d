/*
 * The import batch as the import worker stores it: one audit entry per batch (not per response),
 * undo through the batch's range of running numbers, Cancel (an aborted signal) leaving the database exactly
 * as it was, and the `_uuid` look-up in index chunks across more than one chunk.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { territoryInput } from '../../../tests/fixtures/db';
import {
  freshStudy,
  importNumbered,
  importRows,
  numberedAnswers,
  range,
  allResponses,
} from '../../../tests/fixtures/study';
import { cubeFromResponses } from '../../../shared/domain/study/cube';
import type { KoopsuzDatabase } from '../database';
import { createTerritory } from '../territories';
import { undoImport } from './import-batches';
import { ImportAborted, importResponses } from './import-responses';
import { addResponse } from './responses';
import { createStudy } from './studies';

let db: KoopsuzDatabase;
let territoryId: string;
let studyId: string;
beforeEach(async () => {
  ({ db, territoryId, studyId } = await freshStudy());
});

const rows = (n: number, from = 0) => importRows(range(from, from + n));

/** Every table's rows, to compare the database before and after. */
async function snapshot() {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

describe('import batch', () => {
  it('writes ONE small audit entry per batch; the responses carry the batch id', async () => {
    const result = await importResponses({
      studyId,
      fileName: 'kobo.xlsx',
      rows: rows(2500),
      skipped: 3,
    });
    expect(result.imported).toBe(2500);
    const entries = await db.audit.where('table').equals('surveyResponses').toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'create',
      recordId: result.batchId,
      batchId: result.batchId,
      territoryId,
      after: { studyId, fileName: 'kobo.xlsx', count: 2500 },
    });
    expect(JSON.stringify(entries[0]).length).toBeLessThan(500);
    expect((await allResponses(db)).filter((r) => r.batchId === result.batchId).length).toBe(2500);
    const batch = await db.importBatches.get(result.batchId!);
    expect(batch).toMatchObject({
      imported: 2500,
      skipped: 3,
      undone: false,
      firstNumber: 1,
      lastNumber: 2500,
    });
    const records = await allResponses(db);
    expect((await db.studyCubes.get(studyId))!.cube).toEqual(cubeFromResponses(records));
    expect(records.map((r) => r.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 2500 }, (_, i) => i + 1),
    );
  });

  it('undoes the batch with one audit entry and leaves typed responses alone', async () => {
    const typed = await addResponse(studyId, numberedAnswers(1));
    const result = await importNumbered(studyId, 'a.csv', 1200);
    expect(await undoImport(result.batchId!)).toBe(1200);
    expect((await allResponses(db)).map((r) => r.id)).toEqual([typed.id]);
    const undo = await db.audit.where('batchId').equals(`undo:${result.batchId}`).toArray();
    expect(undo).toHaveLength(1);
    expect(undo[0]).toMatchObject({
      action: 'delete',
      recordId: result.batchId,
      before: { count: 1200 },
    });
    const row = await db.studyCubes.get(studyId);
    expect(row!.count).toBe(1);
    expect(row!.cube).toEqual(cubeFromResponses([typed]));
  });

  it('skips ids stored before across several look-up chunks, only in the same territory', async () => {
    await importResponses({ studyId, fileName: 'a.csv', rows: rows(1500), skipped: 0 });
    const other = (await createTerritory(territoryInput({ name: { ru: 'Другой район' } }))).id;
    const otherStudy = await createStudy(other, {
      title: { ru: 'Другой опрос' },
      periodFrom: '2025-03-01',
      periodTo: '2025-04-30',
      methods: ['survey'],
    });
    // The same ids in another territory are not "imported before".
    const elsewhere = await importNumbered(otherStudy.id, 'a.csv', 10, 1495);
    expect(elsewhere.imported).toBe(10);
    const again = await importNumbered(studyId, 'b.csv', 1500, 1000);
    expect(again.imported).toBe(1000);
    expect(again.alreadyImported).toHaveLength(500);
    expect(again.alreadyImported.at(-1)).toEqual({ rowNumber: 501, externalId: 'uuid-1499' });
  });

  it('Cancel before storing, or in the middle of the chunks, leaves the database unchanged', async () => {
    await addResponse(studyId, numberedAnswers(0));
    const before = await snapshot();
    const early = new AbortController();
    early.abort();
    await expect(
      importResponses({
        studyId,
        fileName: 'a.csv',
        rows: rows(10),
        skipped: 0,
        signal: early.signal,
      }),
    ).rejects.toBeInstanceOf(ImportAborted);
    const midway = new AbortController();
    await expect(
      importResponses({
        studyId,
        fileName: 'a.csv',
        rows: rows(5000),
        skipped: 0,
        signal: midway.signal,
        onProgress: (done) => {
          if (done >= 2000) midway.abort();
        },
      }),
    ).rejects.toBeInstanceOf(ImportAborted);
    expect(await snapshot()).toEqual(before);
  });
});

describe('re-importing the same file', () => {
  it('adds nothing, creates no batch and no audit entry, and says every row was skipped', async () => {
    const file = (skipped: number) =>
      importResponses({ studyId, fileName: 'kobo.xlsx', rows: rows(30), skipped });
    expect((await file(0)).imported).toBe(30);
    const before = await snapshot();
    const again = await file(2);
    expect(again).toMatchObject({ batchId: null, imported: 0, skipped: 32 });
    expect(again.alreadyImported).toHaveLength(30);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a row whose survey-tool id is too long and stores nothing of the file', async () => {
    const before = await snapshot();
    const bad = [
      ...rows(5),
      { rowNumber: 7, externalId: 'x'.repeat(101), answers: numberedAnswers(1) },
    ];
    await expect(
      importResponses({ studyId, fileName: 'kobo.xlsx', rows: bad, skipped: 0 }),
    ).rejects.toMatchObject({ issues: [{ path: 'externalId' }] });
    expect(await snapshot()).toEqual(before);
  });
});
