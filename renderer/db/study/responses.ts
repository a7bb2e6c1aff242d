/*
 * Survey responses: typed one by one or imported as one batch. Every write updates the study's
 * aggregates (cube) in the same transaction, so the analysis never has to re-read responses.
 */
import { applyResponse, emptyCube } from '../../../shared/domain/study/cube';
import { responseFingerprint } from '../../../shared/domain/study/fingerprint';
import {
  surveyAnswersSchema,
  surveyResponseSchema,
  type SurveyAnswers,
  type SurveyResponse,
} from '../../../shared/schemas/study';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { getDb } from '../database';
import { NotFoundError, nowInstant, recordWriter, validate, writeTransaction } from '../repository';
import type { StudyCubeRow } from './rows';

const writer = recordWriter('surveyResponses', surveyResponseSchema);

/** Rows stored per step of an import (one transaction, several awaits). */
const IMPORT_CHUNK = 1000;

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

async function saveCube(row: StudyCubeRow): Promise<void> {
  await getDb().studyCubes.put({ ...row, updatedAt: nowInstant() });
}

/** Responses of the study with the same answers (likely the same paper typed twice). */
export async function findDuplicates(
  studyId: string,
  answers: SurveyAnswers,
  exceptId?: string,
): Promise<SurveyResponse[]> {
  const fingerprint = responseFingerprint(validate(surveyAnswersSchema, answers));
  const same = await getDb()
    .surveyResponses.where('[studyId+fingerprint]')
    .equals([studyId, fingerprint])
    .toArray();
  return same.filter((r) => r.id !== exceptId);
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

/**
 * Stores an import as one batch, all or nothing: responses, one audit entry per response (with the
 * batch id), the study's aggregates and the batch record. Rows whose `_uuid` is already stored are
 * skipped and reported.
 */
export async function importResponses(options: {
  studyId: string;
  fileName: string;
  rows: readonly ImportRow[];
  skipped: number;
}): Promise<ImportResult> {
  const batchId = crypto.randomUUID();
  return writeTransaction(async (ctx) => {
    const db = getDb();
    const row = await cubeRow(options.studyId);
    const ids = options.rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
    const existing = new Set<string>();
    if (ids.length > 0) {
      const found = await db.surveyResponses.where('externalId').anyOf(ids).toArray();
      for (const r of found)
        if (r.territoryId === row.territoryId && r.externalId) existing.add(r.externalId);
    }
    const at = nowInstant();
    const alreadyImported: ImportResult['alreadyImported'] = [];
    let number = row.nextNumber;
    let stored = 0;
    // Chunks keep the UI thread responsive: between chunks the thread is free while IndexedDB
    // writes, and the transaction stays open because each await is on its own pending requests.
    for (let from = 0; from < options.rows.length; from += IMPORT_CHUNK) {
      const records: SurveyResponse[] = [];
      for (const item of options.rows.slice(from, from + IMPORT_CHUNK)) {
        if (item.externalId && existing.has(item.externalId)) {
          alreadyImported.push({ rowNumber: item.rowNumber, externalId: item.externalId });
          continue;
        }
        const answers = validate(surveyAnswersSchema, item.answers);
        const record = {
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
        };
        records.push({ ...record, fingerprint: responseFingerprint(answers) });
        applyResponse(row.cube, answers, 1);
      }
      await db.surveyResponses.bulkAdd(records);
      await db.audit.bulkAdd(
        records.map((r): AuditEntry => ({
          id: crypto.randomUUID(),
          at,
          user: ctx.user,
          table: 'surveyResponses',
          recordId: r.id,
          action: 'create',
          territoryId: r.territoryId,
          after: r,
          batchId,
        })),
      );
      stored += records.length;
    }
    await saveCube({ ...row, count: row.count + stored, nextNumber: number });
    await db.importBatches.add({
      id: batchId,
      territoryId: row.territoryId,
      studyId: options.studyId,
      fileName: options.fileName.slice(0, 300),
      at,
      imported: stored,
      skipped: options.skipped + alreadyImported.length,
      undone: false,
      createdAt: at,
      updatedAt: at,
    });
    return { batchId, imported: stored, alreadyImported };
  }, batchId);
}

/** Removes every response of an import batch, in one transaction; returns how many. */
export async function undoImport(batchId: string): Promise<number> {
  return writeTransaction(async (ctx) => {
    const db = getDb();
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw new NotFoundError('importBatches', batchId);
    if (batch.undone) return 0;
    const records = await db.surveyResponses.where('batchId').equals(batchId).toArray();
    const row = await cubeRow(batch.studyId);
    for (const r of records) applyResponse(row.cube, r, -1);
    await db.surveyResponses.bulkDelete(records.map((r) => r.id));
    const at = nowInstant();
    await db.audit.bulkAdd(
      records.map((r): AuditEntry => ({
        id: crypto.randomUUID(),
        at,
        user: ctx.user,
        table: 'surveyResponses',
        recordId: r.id,
        action: 'delete',
        territoryId: r.territoryId,
        before: r,
        batchId: `undo:${batchId}`,
      })),
    );
    await saveCube({ ...row, count: row.count - records.length });
    await db.importBatches.update(batchId, { undone: true, updatedAt: at });
    return records.length;
  });
}
