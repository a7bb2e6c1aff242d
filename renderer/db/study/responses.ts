/*
 * Survey responses: typed one by one or imported as one batch. Every write updates the study's
 * aggregates (cube) in the same transaction, so the analysis never has to re-read responses.
 */
import Dexie from 'dexie';
import { applyResponse, emptyCube } from '../../../shared/domain/study/cube';
import { responseFingerprint } from '../../../shared/domain/study/fingerprint';
import {
  parseFingerprintList,
  surveyAnswersChecker,
  surveyAnswersSchema,
  surveyResponseSchema,
  type SurveyAnswers,
  type SurveyResponse,
} from '../../../shared/schemas/study';
import { getDb } from '../database';
import { NotFoundError, nowInstant, recordWriter, validate, writeTransaction } from '../repository';
import type { StudyCubeRow } from './rows';

const writer = recordWriter('surveyResponses', surveyResponseSchema);

/** Rows stored per step of an import (one transaction, several awaits). */
const IMPORT_CHUNK = 1000;
/** Chunks handed to IndexedDB and not yet written, at most. */
const WRITES_IN_FLIGHT = 3;

async function cubeRow(studyId: string): Promise<StudyCubeRow> {
  const db = getDb();
  const row = await db.studyCubes.get(studyId);
  if (row) return row;
  const study = await db.studies.get(studyId);
  if (!study) throw new NotFoundError('studies', studyId);
  return {
    studyId,
    territoryId: study.territoryId,
    cube: emptyCube(),
    count: 0,
    nextNumber: 1,
    updatedAt: nowInstant(),
  };
}

/**
 * The responses of a study in running-number order, optionally only numbers `from`..`to`, through
 * the `[territoryId+studyId+number]` index (schema v7).
 */
export function studyResponses(
  territoryId: string,
  studyId: string,
  from: number | typeof Dexie.minKey = Dexie.minKey,
  to: number | typeof Dexie.maxKey = Dexie.maxKey,
) {
  return getDb()
    .surveyResponses.where('[territoryId+studyId+number]')
    .between([territoryId, studyId, from], [territoryId, studyId, to], true, true);
}

async function saveCube(row: StudyCubeRow): Promise<void> {
  await getDb().studyCubes.put({ ...row, updatedAt: nowInstant() });
}

/** Where each fingerprint of an import batch sits in its range of running numbers. */
interface BatchFingerprints {
  territoryId: string;
  /** fingerprint -> numbers of the batch's responses imported with it */
  numbers: Map<string, number[]>;
}

/**
 * Per batch id, the batch's fingerprints by value (null: a batch stored before batches kept
 * fingerprints, or an empty one). Only what never changes in a batch is cached (its territory,
 * numbers and fingerprints), so the cache holds across undo and restore: whether a response is
 * still there, still in the batch and still has those answers is read from the database on every
 * look-up (an undone batch's responses are gone, so it finds nothing).
 */
const batchFingerprints = new Map<string, BatchFingerprints | null>();

async function fingerprintsOfBatch(batchId: string): Promise<BatchFingerprints | null> {
  const cached = batchFingerprints.get(batchId);
  if (cached !== undefined) return cached;
  const batch = await getDb().importBatches.get(batchId);
  if (!batch) return null;
  let entry: BatchFingerprints | null = null;
  const first = batch.firstNumber;
  const list = batch.fingerprints === undefined ? null : parseFingerprintList(batch.fingerprints);
  if (list && first !== undefined) {
    const numbers = new Map<string, number[]>();
    list.forEach((fingerprint, i) => {
      const list = numbers.get(fingerprint);
      if (list) list.push(first + i);
      else numbers.set(fingerprint, [first + i]);
    });
    entry = { territoryId: batch.territoryId, numbers };
  }
  batchFingerprints.set(batchId, entry);
  return entry;
}

/**
 * Responses of the study with the same answers (likely the same paper typed twice): typed and
 * edited responses through the `[studyId+fingerprint]` index; imported ones through their batch's
 * `fingerprints`, each confirmed from its current answers (an edited one carries its own
 * fingerprint and is found through the index; a deleted or undone one is gone).
 */
export async function findDuplicates(
  studyId: string,
  answers: SurveyAnswers,
  exceptId?: string,
): Promise<SurveyResponse[]> {
  const fingerprint = responseFingerprint(validate(surveyAnswersSchema, answers));
  const db = getDb();
  const [same, batchIds] = await Promise.all([
    db.surveyResponses.where('[studyId+fingerprint]').equals([studyId, fingerprint]).toArray(),
    db.importBatches.where('studyId').equals(studyId).primaryKeys(),
  ]);
  const found = new Map(same.map((r) => [r.id, r]));
  for (const batchId of batchIds) {
    const batch = await fingerprintsOfBatch(batchId);
    const numbers = batch?.numbers.get(fingerprint);
    if (!batch || !numbers) continue;
    const candidates = await db.surveyResponses
      .where('[territoryId+studyId+number]')
      .anyOf(numbers.map((n) => [batch.territoryId, studyId, n]))
      .toArray();
    for (const r of candidates)
      if (
        r.batchId === batchId &&
        r.fingerprint === undefined &&
        responseFingerprint(r) === fingerprint
      )
        found.set(r.id, r);
  }
  found.delete(exceptId ?? '');
  return [...found.values()].sort((a, b) => a.number - b.number);
}

/** Saves one typed questionnaire; it gets the study's next running number. */
export async function addResponse(
  studyId: string,
  answers: SurveyAnswers,
): Promise<SurveyResponse> {
  const parsed = validate(surveyAnswersSchema, answers);
  return writeTransaction(async (ctx) => {
    const row = await cubeRow(studyId);
    const record = await writer.insert(ctx, {
      ...parsed,
      territoryId: row.territoryId,
      studyId,
      number: row.nextNumber,
      source: 'typed',
      fingerprint: responseFingerprint(parsed),
    });
    applyResponse(row.cube, parsed, 1);
    await saveCube({ ...row, count: row.count + 1, nextNumber: row.nextNumber + 1 });
    return record;
  });
}

/** Changes the answers of one questionnaire. */
export async function updateResponse(id: string, answers: SurveyAnswers): Promise<void> {
  const parsed = validate(surveyAnswersSchema, answers);
  await writeTransaction(async (ctx) => {
    const before = await getDb().surveyResponses.get(id);
    if (!before) throw new NotFoundError('surveyResponses', id);
    const cleared = {
      respondentGroup: undefined,
      gender: undefined,
      ageGroup: undefined,
      placeId: undefined,
      safeDay: undefined,
      safeNight: undefined,
      trustPolice: undefined,
      victim: undefined,
      reported: undefined,
      comment: undefined,
    };
    await writer.update(ctx, id, {
      ...cleared,
      ...parsed,
      fingerprint: responseFingerprint(parsed),
    });
    const row = await cubeRow(before.studyId);
    applyResponse(row.cube, before, -1);
    applyResponse(row.cube, parsed, 1);
    await saveCube(row);
  });
}

/** Deletes one questionnaire. */
export async function deleteResponse(id: string): Promise<void> {
  await writeTransaction(async (ctx) => {
    const before = await getDb().surveyResponses.get(id);
    if (!before) throw new NotFoundError('surveyResponses', id);
    await writer.remove(ctx, id);
    const row = await cubeRow(before.studyId);
    applyResponse(row.cube, before, -1);
    await saveCube({ ...row, count: row.count - 1 });
  });
}

export interface ImportRow {
  /** The row number in the file (1 = header), for the report. */
  rowNumber: number;
  answers: SurveyAnswers;
  externalId?: string;
  submittedAt?: string;
}

export interface ImportResult {
  batchId: string;
  imported: number;
  /** Rows whose survey-tool id is already in the territory (imported before). */
  alreadyImported: { rowNumber: number; externalId: string }[];
}

/** Thrown by importResponses when its signal aborts: the transaction was rolled back. */
export class ImportAborted extends Error {
  constructor() {
    super('import aborted');
    this.name = 'ImportAborted';
  }
}

/** The survey-tool ids among `ids` already stored in the territory, looked up in index chunks. */
async function storedExternalIds(
  ids: readonly string[],
  territoryId: string,
): Promise<Set<string>> {
  const db = getDb();
  const found = await Promise.all(
    Array.from({ length: Math.ceil(ids.length / IMPORT_CHUNK) }, (_, i) =>
      db.surveyResponses
        .where('externalId')
        .anyOf(ids.slice(i * IMPORT_CHUNK, (i + 1) * IMPORT_CHUNK))
        .keys(),
    ),
  );
  const anywhere = [...new Set(found.flat().map(String))];
  const existing = new Set<string>();
  // Usually empty; only ids stored somewhere are read in full to check their territory.
  for (let from = 0; from < anywhere.length; from += IMPORT_CHUNK) {
    const records = await db.surveyResponses
      .where('externalId')
      .anyOf(anywhere.slice(from, from + IMPORT_CHUNK))
      .toArray();
    for (const r of records)
      if (r.territoryId === territoryId && r.externalId) existing.add(r.externalId);
  }
  return existing;
}

/**
 * Stores an import as one batch, all or nothing: responses (each carrying the batch id), ONE audit
 * entry for the batch (recordId = batch id, after = { studyId, fileName, count }), the study's
 * aggregates and the batch record. Rows whose `_uuid` is already stored are skipped and reported.
 * Runs in the import worker for files (renderer/features/study/import/import.worker.ts), so the UI
 * thread never waits for it; `signal` aborts the transaction (nothing stays stored).
 */
export async function importResponses(options: {
  studyId: string;
  fileName: string;
  rows: readonly ImportRow[];
  skipped: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}): Promise<ImportResult> {
  const batchId = crypto.randomUUID();
  const { signal } = options;
  if (signal?.aborted) throw new ImportAborted();
  return writeTransaction(async (ctx) => {
    const db = getDb();
    const tx = Dexie.currentTransaction;
    const abort = () => tx?.abort();
    signal?.addEventListener('abort', abort);
    // While IndexedDB writes earlier chunks, the next one is validated and built; up to
    // WRITES_IN_FLIGHT chunks are queued, so the database never waits for this thread.
    const writing: Promise<unknown>[] = [];
    const checkAnswers = surveyAnswersChecker();
    try {
      const row = await cubeRow(options.studyId);
      const ids = options.rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
      const existing = ids.length > 0 ? await storedExternalIds(ids, row.territoryId) : new Set();
      const at = nowInstant();
      const alreadyImported: ImportResult['alreadyImported'] = [];
      let number = row.nextNumber;
      let stored = 0;
      // Index i = running number row.nextNumber + i (only stored rows get a number).
      const fingerprints: string[] = [];
      for (let from = 0; from < options.rows.length; from += IMPORT_CHUNK) {
        const records: SurveyResponse[] = [];
        for (const item of options.rows.slice(from, from + IMPORT_CHUNK)) {
          if (item.externalId && existing.has(item.externalId)) {
            alreadyImported.push({ rowNumber: item.rowNumber, externalId: item.externalId });
            continue;
          }
          const answers = checkAnswers(item.answers) ?? validate(surveyAnswersSchema, item.answers);
          records.push({
            ...answers,
            id: crypto.randomUUID(),
            territoryId: row.territoryId,
            studyId: options.studyId,
            number: number++,
            source: 'import' as const,
            batchId,
            ...(item.externalId ? { externalId: item.externalId } : {}),
            ...(item.submittedAt ? { submittedAt: item.submittedAt } : {}),
            createdAt: at,
            updatedAt: at,
          });
          // Kept in the batch, not on the response: no `[studyId+fingerprint]` index entry to
          // write for each of (often) tens of thousands of rows.
          fingerprints.push(responseFingerprint(answers));
          applyResponse(row.cube, answers, 1);
        }
        if (writing.length >= WRITES_IN_FLIGHT) await writing.shift();
        if (signal?.aborted) throw new ImportAborted();
        const write = db.surveyResponses.bulkAdd(records);
        write.catch(() => undefined); // awaited below; a failure rolls the transaction back
        writing.push(write);
        stored += records.length;
        options.onProgress?.(
          Math.min(from + IMPORT_CHUNK, options.rows.length),
          options.rows.length,
        );
      }
      await Promise.all(writing);
      if (signal?.aborted) throw new ImportAborted();
      const fileName = options.fileName.slice(0, 300);
      await db.audit.add({
        id: crypto.randomUUID(),
        at,
        user: ctx.user,
        table: 'surveyResponses',
        recordId: batchId,
        action: 'create',
        territoryId: row.territoryId,
        after: { studyId: options.studyId, fileName, count: stored },
        batchId,
      });
      await saveCube({ ...row, count: row.count + stored, nextNumber: number });
      await db.importBatches.add({
        id: batchId,
        territoryId: row.territoryId,
        studyId: options.studyId,
        fileName,
        at,
        imported: stored,
        // The batch's running numbers: undo reads this range (no index on batchId, schema v7).
        ...(stored > 0
          ? {
              firstNumber: row.nextNumber,
              lastNumber: number - 1,
              fingerprints: JSON.stringify(fingerprints),
            }
          : {}),
        skipped: options.skipped + alreadyImported.length,
        undone: false,
        createdAt: at,
        updatedAt: at,
      });
      if (signal?.aborted) throw new ImportAborted();
      return { batchId, imported: stored, alreadyImported };
    } catch (error) {
      throw signal?.aborted ? new ImportAborted() : error;
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  }, batchId);
}

/**
 * Removes every response of an import batch in one transaction, with ONE audit entry for the
 * batch; returns how many. The responses are found in the batch's range of running numbers (a
 * batch stored before schema v7 has none: then the study's whole range is read), keeping those
 * that carry the batch id.
 */
export async function undoImport(batchId: string): Promise<number> {
  return writeTransaction(async (ctx) => {
    const db = getDb();
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw new NotFoundError('importBatches', batchId);
    if (batch.undone) return 0;
    const hasRange = batch.firstNumber !== undefined && batch.lastNumber !== undefined;
    const records = (
      await studyResponses(
        batch.territoryId,
        batch.studyId,
        hasRange ? batch.firstNumber : undefined,
        hasRange ? batch.lastNumber : undefined,
      ).toArray()
    ).filter((r) => r.batchId === batchId);
    const row = await cubeRow(batch.studyId);
    for (const r of records) applyResponse(row.cube, r, -1);
    await db.surveyResponses.bulkDelete(records.map((r) => r.id));
    const at = nowInstant();
    await db.audit.add({
      id: crypto.randomUUID(),
      at,
      user: ctx.user,
      table: 'surveyResponses',
      recordId: batchId,
      action: 'delete',
      territoryId: batch.territoryId,
      before: { studyId: batch.studyId, fileName: batch.fileName, count: records.length },
      batchId: `undo:${batchId}`,
    });
    await saveCube({ ...row, count: row.count - records.length });
    await db.importBatches.update(batchId, { undone: true, updatedAt: at });
    return records.length;
  });
}
