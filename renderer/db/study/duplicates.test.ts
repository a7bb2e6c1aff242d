/*
 * The likely-duplicate warning over imported responses: an imported response carries no
 * `fingerprint` (no `[studyId+fingerprint]` index entry); its batch keeps the fingerprints in
 * running-number order and findDuplicates confirms each candidate from its current answers.
 * Also: a backup whose batches have no `fingerprints` (made before) still restores.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import {
  freshStudy,
  importRows,
  numberedAnswers,
  range,
  allResponses,
} from '../../../tests/fixtures/study';
import { responseFingerprint } from '../../../shared/domain/study/fingerprint';
import { chunkResponses } from '../../../shared/domain/study/response-chunk';
import type { ResponseChunk } from '../../../shared/schemas/response-chunk';
import { parseFingerprintList, type SurveyAnswers } from '../../../shared/schemas/study';
import { gunzip, gzip, sha256Hex } from '../../backup/codec';
import { createBackup } from '../../backup/create';
import { prepareRestore, restoreAll } from '../../backup/restore';
import { getDb, type KoopsuzDatabase } from '../database';
import { findDuplicates } from './duplicates';
import { undoImport } from './import-batches';
import { importResponses } from './import-responses';
import { addResponse, deleteResponse, updateResponse } from './responses';
import { createStudy } from './studies';

let db: KoopsuzDatabase;
let territoryId: string;
let studyId: string;
beforeEach(async () => {
  ({ db, territoryId, studyId } = await freshStudy());
});

async function importOf(indexes: number[], uuid?: (i: number) => string) {
  return importResponses({
    studyId,
    fileName: 'kobo.xlsx',
    rows: importRows(indexes, uuid),
    skipped: 0,
  });
}

/** The imported response with the answers of `i`. */
async function importedWith(i: number) {
  const fingerprint = responseFingerprint(numberedAnswers(i));
  const all = await allResponses(db);
  return all.find((r) => r.source === 'import' && responseFingerprint(r) === fingerprint)!;
}

describe('likely duplicates of imported responses', () => {
  it('stores imported responses without a fingerprint; the batch lists them in number order', async () => {
    await addResponse(studyId, numberedAnswers(100)); // number 1
    await importOf(range(0, 10)); // numbers 2..11
    // Rows 3, 5 and 7 were imported before (same _uuid): skipped, not numbered.
    const second = await importOf([3, 20, 5, 21, 7, 22, 23]);
    expect(second.imported).toBe(4);
    expect(second.alreadyImported.map((r) => r.externalId)).toEqual(['uuid-3', 'uuid-5', 'uuid-7']);

    const imported = (await allResponses(db)).filter((r) => r.source === 'import');
    expect(imported).toHaveLength(14);
    for (const r of imported) expect('fingerprint' in r).toBe(false);
    const typed = (await allResponses(db)).filter((r) => r.source === 'typed');
    expect(typed[0]!.fingerprint).toBe(responseFingerprint(numberedAnswers(100)));

    const batch = (await db.importBatches.get(second.batchId!))!;
    expect(batch).toMatchObject({ firstNumber: 12, lastNumber: 15 });
    const list = parseFingerprintList(batch.fingerprints!);
    expect(list).toEqual([20, 21, 22, 23].map((i) => responseFingerprint(numberedAnswers(i))));
    for (const r of imported.filter((x) => x.batchId === second.batchId))
      expect(list![r.number - batch.firstNumber!]).toBe(responseFingerprint(r));
  });

  it('a typed questionnaire identical to an imported row is a likely duplicate of it', async () => {
    await importOf(range(0, 50));
    const target = await importedWith(17);
    const found = await findDuplicates(studyId, numberedAnswers(17));
    expect(found.map((r) => r.id)).toEqual([target.id]);
    expect(await findDuplicates(studyId, numberedAnswers(60))).toEqual([]);
    // Once typed, both the typed and the imported one are found, each once, in number order.
    const typed = await addResponse(studyId, numberedAnswers(17));
    expect((await findDuplicates(studyId, numberedAnswers(17))).map((r) => r.id)).toEqual([
      target.id,
      typed.id,
    ]);
    // Editing the typed one leaves out itself, not the imported one.
    expect((await findDuplicates(studyId, numberedAnswers(17), typed.id)).map((r) => r.id)).toEqual(
      [target.id],
    );
  });

  it('the same answers imported twice in one batch are both found', async () => {
    await importOf([4, 4, 9], (i) => `${i}-${Math.random()}`);
    expect(await findDuplicates(studyId, numberedAnswers(4))).toHaveLength(2);
  });

  it('an edited imported row is found by its new answers (once), no longer by its old ones', async () => {
    await importOf(range(0, 30));
    const target = await importedWith(8);
    expect(await findDuplicates(studyId, numberedAnswers(8))).toHaveLength(1); // the cache is built
    await updateResponse(target.id, numberedAnswers(110));
    expect(await findDuplicates(studyId, numberedAnswers(8))).toEqual([]);
    expect((await findDuplicates(studyId, numberedAnswers(110))).map((r) => r.id)).toEqual([
      target.id,
    ]);
    // Edited back to its imported answers: found once (through the index), not twice.
    await updateResponse(target.id, numberedAnswers(8));
    expect((await findDuplicates(studyId, numberedAnswers(8))).map((r) => r.id)).toEqual([
      target.id,
    ]);
  });

  it('a deleted imported row and the rows of an undone batch are not found', async () => {
    const result = await importOf(range(0, 30));
    expect(await findDuplicates(studyId, numberedAnswers(2))).toHaveLength(1);
    await deleteResponse((await importedWith(2)).id);
    expect(await findDuplicates(studyId, numberedAnswers(2))).toEqual([]);
    expect(await findDuplicates(studyId, numberedAnswers(3))).toHaveLength(1);
    await undoImport(result.batchId!);
    expect(await findDuplicates(studyId, numberedAnswers(3))).toEqual([]);
    // Imported again (new batch, new numbers): found again, once.
    await importOf([3], () => 'again');
    expect(await findDuplicates(studyId, numberedAnswers(3))).toHaveLength(1);
  });

  it('finds nothing of another study', async () => {
    await importOf(range(0, 10));
    const other = await createStudy(territoryId, {
      title: { ru: 'Другой' },
      periodFrom: '2025-05-01',
      periodTo: '2025-06-30',
      methods: ['survey'],
    });
    expect(await findDuplicates(other.id, numberedAnswers(1))).toEqual([]);
  });
});

describe('backups and batch fingerprints', () => {
  const noSafety = vi.fn(async () => undefined);

  /** Opens a backup, lets `edit` change its tables, packs it again with a matching checksum. */
  async function edited(
    bytes: Uint8Array,
    edit: (tables: Record<string, Record<string, unknown>[]>) => void,
  ): Promise<Uint8Array> {
    const text = new TextDecoder().decode(await gunzip(bytes));
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    const payload = JSON.parse(text.slice(newline + 1)) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    edit(payload.tables);
    const counts = Object.entries(payload.tables).map(([table, rows]) => [table, rows.length]);
    header.counts = Object.fromEntries(counts);
    const payloadText = JSON.stringify(payload);
    header.checksum = await sha256Hex(new TextEncoder().encode(payloadText));
    return gzip(new TextEncoder().encode(`${JSON.stringify(header)}\n${payloadText}`));
  }

  it('restores a backup whose batches have fingerprints, and finds duplicates after', async () => {
    await importOf(range(0, 20));
    const backup = await createBackup();
    freshDatabase();
    await restoreAll(await prepareRestore(backup.bytes), noSafety);
    const batches = await getDb().importBatches.toArray();
    expect(parseFingerprintList(batches[0]!.fingerprints!)).toHaveLength(20);
    expect(await findDuplicates(studyId, numberedAnswers(5))).toHaveLength(1);
  });

  it('restores a backup whose batches have no fingerprints (made before), responses carrying them', async () => {
    await importOf(range(0, 20));
    const backup = await createBackup();
    const older = await edited(backup.bytes, (tables) => {
      for (const batch of tables.importBatches!) delete batch.fingerprints;
      // Made before schema v12 too: imported responses were records of their own.
      const chunks = (tables.responseChunks ?? []) as unknown as ResponseChunk[];
      tables.surveyResponses = chunks.flatMap(chunkResponses) as unknown as typeof chunks;
      tables.responseChunks = [];
      for (const r of tables.surveyResponses)
        r.fingerprint = responseFingerprint(r as unknown as SurveyAnswers);
    });
    freshDatabase();
    await restoreAll(await prepareRestore(older), noSafety);
    const restored = getDb();
    expect(await restored.surveyResponses.count()).toBe(20);
    expect('fingerprints' in (await restored.importBatches.toArray())[0]!).toBe(false);
    // Found through the index, as before.
    expect(await findDuplicates(studyId, numberedAnswers(5))).toHaveLength(1);
  });

  it('refuses a batch whose fingerprints are not a list of strings', async () => {
    await importOf(range(0, 3));
    const backup = await createBackup();
    for (const wrong of [[1, 2, 3], '[1,2,3]', '{"a":1}', 'not json']) {
      const bad = await edited(backup.bytes, (tables) => {
        tables.importBatches![0]!.fingerprints = wrong;
      });
      await expect(prepareRestore(bad)).rejects.toThrow();
    }
  });
});
