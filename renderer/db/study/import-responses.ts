/*
 * Survey import: a file's rows stored as one batch, all or nothing, with ONE audit entry. Runs in
 * the import worker for files (renderer/features/study/import/import.worker.ts), so the UI thread
 * never waits for it.
 */
import Dexie from 'dexie';
import { applyResponse } from '../../../shared/domain/study/cube';
import { responseFingerprint } from '../../../shared/domain/study/fingerprint';
import {
  surveyResponseSchema,
  type SurveyAnswers,
  type SurveyResponse,
} from '../../../shared/schemas/study';
import { surveyAnswersChecker } from '../../../shared/schemas/survey-answers-checker';
import { CHUNK_SIZE, encodeChunk } from '../../../shared/domain/study/response-chunk';
import { randomUuids } from '../uuids';
import { getDb } from '../database';
import { audit, nowInstant, validate, writeTransaction } from '../repository';
import { addBatchRecord } from './import-batches';
import { territoryChunks } from './response-count';
import { cubeRow, RESPONSE_TABLES, saveCube } from './study-cube';

/** Ids looked up per index query. */
const LOOKUP_CHUNK = 1000;

export interface ImportRow {
  /** The row number in the file (1 = header), for the report. */
  rowNumber: number;
  answers: SurveyAnswers;
  externalId?: string;
  submittedAt?: string;
}

export interface ImportResult {
  /**
   * The stored batch; null when the file added nothing new (every row imported before, or none
   * left): then nothing was written — no batch, no audit entry.
   */
  batchId: string | null;
  imported: number;
  /** Rows not stored: left out by the mapping (`skipped` given) plus `alreadyImported`. */
  skipped: number;
  /** Rows whose survey-tool id is already in the territory (imported before). */
  alreadyImported: { rowNumber: number; externalId: string }[];
  /** Time spent checking and building the responses, and the rest of storing (the bench). */
  ms?: { checking: number; storing: number };
}

/** Thrown by importResponses when its signal aborts: the transaction was rolled back. */
export class ImportAborted extends Error {
  constructor() {
    super('import aborted');
    this.name = 'ImportAborted';
  }
}

/** The survey-tool ids among `ids` already stored in the territory, looked up in index chunks. */
export async function storedExternalIds(
  ids: readonly string[],
  territoryId: string,
): Promise<Set<string>> {
  const db = getDb();
  const found = await Promise.all(
    Array.from({ length: Math.ceil(ids.length / LOOKUP_CHUNK) }, (_, i) =>
      db.surveyResponses
        .where('externalId')
        .anyOf(ids.slice(i * LOOKUP_CHUNK, (i + 1) * LOOKUP_CHUNK))
        .keys(),
    ),
  );
  const anywhere = [...new Set(found.flat().map(String))];
  const existing = new Set<string>();
  // Usually empty; only ids stored somewhere are read in full to check their territory.
  for (let from = 0; from < anywhere.length; from += LOOKUP_CHUNK) {
    const records = await db.surveyResponses
      .where('externalId')
      .anyOf(anywhere.slice(from, from + LOOKUP_CHUNK))
      .toArray();
    for (const r of records)
      if (r.territoryId === territoryId && r.externalId) existing.add(r.externalId);
  }
  // Imported responses in chunks (schema v12): the territory's chunks, by their id column.
  const wanted = new Set(ids);
  for (const chunk of await territoryChunks(territoryId))
    chunk.columns.externalId?.forEach((id, i) => {
      if (typeof id === 'string' && chunk.ids[i] && wanted.has(id)) existing.add(id);
    });
  return existing;
}

/**
 * surveyResponseSchema at the import's speed: the answers through surveyAnswersChecker; of the
 * rest, only what came from the file (the survey tool's id and time) needs checking, the other
 * fields are built by importResponses. Null sends the record to the schema for its errors.
 */
function importedResponseChecker(): (record: SurveyResponse) => SurveyResponse | null {
  const checkAnswers = surveyAnswersChecker();
  const fits = (value: unknown, max: number) =>
    value === undefined || (typeof value === 'string' && value.length <= max);
  return (record) => {
    const answers = checkAnswers(record);
    if (!answers || !fits(record.externalId, 100) || !fits(record.submittedAt, 40)) return null;
    const { id, territoryId, studyId, number, source, batchId, createdAt, updatedAt } = record;
    const checked: SurveyResponse = Object.assign(answers, {
      ...{ id, territoryId, studyId, number, source, batchId, createdAt, updatedAt },
    });
    if (record.externalId !== undefined) checked.externalId = record.externalId;
    if (record.submittedAt !== undefined) checked.submittedAt = record.submittedAt;
    return checked;
  };
}

/**
 * Chunk records handed to IndexedDB and not yet written, at most (the next are built meanwhile).
 * Each wait for a write is a round trip to the database's thread, long on a busy machine: 3 made
 * the row loop stop every few chunks; 16 chunks are a few megabytes at most.
 */
const WRITES_IN_FLIGHT = 16;

/**
 * Stores an import as one batch, all or nothing: responses in chunks of CHUNK_SIZE (schema v12),
 * ONE audit entry for the batch (recordId = batch id, after = { count, studyId, fileName }), the
 * study's aggregates and the batch record. Rows whose `_uuid` is already stored are skipped and
 * reported; when nothing is left, nothing is written. `signal` aborts the transaction (nothing
 * stays stored). Each response is checked (surveyResponseSchema's rules, once per distinct value).
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
  const { signal, rows, studyId } = options;
  if (signal?.aborted) throw new ImportAborted();
  const tables = [...RESPONSE_TABLES, 'responseChunks', 'importBatches'] as const;
  return writeTransaction(
    tables,
    async (ctx) => {
      const tx = Dexie.currentTransaction;
      const abort = () => tx?.abort();
      signal?.addEventListener('abort', abort);
      try {
        const started = performance.now();
        let checking = 0;
        const row = await cubeRow(studyId);
        const { territoryId } = row;
        const ids = rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
        const existing = ids.length > 0 ? await storedExternalIds(ids, territoryId) : new Set();
        const alreadyImported: ImportResult['alreadyImported'] = [];
        const at = nowInstant();
        const check = importedResponseChecker();
        // Index i = running number row.nextNumber + i. Kept in the batch, not on the response: no
        // `[studyId+fingerprint]` index entry to write for each of (often) tens of thousands.
        const fingerprints: string[] = [];
        const fileName = options.fileName.slice(0, 300);
        // Ids drawn a chunk's worth at a time (one call for random bytes instead of one per id).
        let fresh: string[] = [];
        const newId = () =>
          fresh.length > 0 ? fresh.pop()! : (fresh = randomUuids(CHUNK_SIZE + 1)).pop()!;
        const db = getDb();
        const writing: Promise<unknown>[] = [];
        let chunk: SurveyResponse[] = [];
        let number = row.nextNumber;
        let count = 0;
        const flush = async () => {
          if (signal?.aborted) throw new ImportAborted();
          const firstNumber = chunk[0]!.number;
          const meta = { territoryId, studyId, batchId, firstNumber, createdAt: at, updatedAt: at };
          const record = encodeChunk({ id: newId(), ...meta }, chunk);
          chunk = [];
          if (writing.length >= WRITES_IN_FLIGHT) await writing.shift();
          const written = db.responseChunks.add(record);
          written.catch(() => undefined); // awaited below; a failure rolls the transaction back
          writing.push(written);
          options.onProgress?.(count + alreadyImported.length, rows.length);
        };
        for (const item of rows) {
          if (item.externalId && existing.has(item.externalId)) {
            alreadyImported.push({ rowNumber: item.rowNumber, externalId: item.externalId });
            continue;
          }
          const t = performance.now();
          const candidate: SurveyResponse = {
            ...item.answers,
            ...{ id: newId(), territoryId, studyId, number, source: 'import', batchId },
            ...(item.externalId ? { externalId: item.externalId } : {}),
            ...(item.submittedAt ? { submittedAt: item.submittedAt } : {}),
            createdAt: at,
            updatedAt: at,
          };
          const record = check(candidate) ?? validate(surveyResponseSchema, candidate);
          fingerprints.push(responseFingerprint(record));
          applyResponse(row.cube, record, 1);
          chunk.push(record);
          number += 1;
          count += 1;
          checking += performance.now() - t;
          if (chunk.length >= CHUNK_SIZE) await flush();
        }
        if (chunk.length > 0) await flush();
        await Promise.all(writing);
        if (signal?.aborted) throw new ImportAborted();
        const skipped = options.skipped + alreadyImported.length;
        if (count === 0) return { batchId: null, imported: 0, skipped, alreadyImported };
        await audit(
          { ...ctx, batchId },
          {
            table: 'surveyResponses',
            recordId: batchId,
            action: 'create',
            territoryId,
            after: { count, studyId, fileName },
          },
        );
        await saveCube({ ...row, count: row.count + count, nextNumber: number });
        await addBatchRecord({
          id: batchId,
          territoryId,
          studyId,
          fileName,
          at,
          imported: count,
          // The batch's running numbers: undo and duplicates read this range.
          firstNumber: row.nextNumber,
          lastNumber: number - 1,
          fingerprints: JSON.stringify(fingerprints),
          skipped,
          undone: false,
          createdAt: at,
          updatedAt: at,
        });
        if (signal?.aborted) throw new ImportAborted();
        const total = performance.now() - started;
        const ms = { checking, storing: total - checking };
        return { batchId, imported: count, skipped, alreadyImported, ms };
      } catch (error) {
        throw signal?.aborted ? new ImportAborted() : error;
      } finally {
        signal?.removeEventListener('abort', abort);
      }
    },
    batchId,
  );
}
