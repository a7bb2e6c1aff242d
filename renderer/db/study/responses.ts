/*
 * Survey responses typed one by one: add, change, delete. Every write updates the study's
 * aggregates in the same transaction (study-cube.ts). Imports: import-responses.ts.
 */
import Dexie from 'dexie';
import { applyResponse } from '../../../shared/domain/study/cube';
import { responseFingerprint } from '../../../shared/domain/study/fingerprint';
import {
  surveyAnswersSchema,
  surveyResponseSchema,
  type SurveyAnswers,
  type SurveyResponse,
} from '../../../shared/schemas/study';
import { getDb, type TableName } from '../database';
import { NotFoundError, recordWriter, validate, writeTransaction } from '../repository';
import { leaveChunk, locateResponse } from './response-chunks';
import { cubeRow, RESPONSE_TABLES, saveCube } from './study-cube';

export const responseWriter = recordWriter('surveyResponses', surveyResponseSchema);

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

/** Saves one typed questionnaire; it gets the study's next running number. */
export async function addResponse(
  studyId: string,
  answers: SurveyAnswers,
): Promise<SurveyResponse> {
  const parsed = validate(surveyAnswersSchema, answers);
  return writeTransaction(RESPONSE_TABLES, async (ctx) => {
    const row = await cubeRow(studyId);
    const record = await responseWriter.insert(ctx, {
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

/** The tables a change to an existing response holds (it may sit in an import chunk). */
const EDIT_TABLES: readonly TableName[] = [...RESPONSE_TABLES, 'responseChunks'];

/**
 * Changes the answers of one questionnaire: an answer left out is cleared. An imported response
 * kept in a chunk leaves it and becomes a record of its own, with the same id and number.
 */
export async function updateResponse(id: string, answers: SurveyAnswers): Promise<void> {
  const parsed = validate(surveyAnswersSchema, answers);
  await writeTransaction(EDIT_TABLES, async (ctx) => {
    const found = await locateResponse(id);
    if (!found) throw new NotFoundError('surveyResponses', id);
    const before = found.response;
    const { territoryId, studyId, number, source, batchId, externalId, submittedAt } = before;
    const next = {
      ...parsed,
      ...{ territoryId, studyId, number, source },
      ...(batchId === undefined ? {} : { batchId }),
      ...(externalId === undefined ? {} : { externalId }),
      ...(submittedAt === undefined ? {} : { submittedAt }),
      fingerprint: responseFingerprint(parsed),
    };
    if (found.chunk) await leaveChunk(ctx, found, next);
    else await responseWriter.replace(ctx, id, next);
    const row = await cubeRow(studyId);
    applyResponse(row.cube, before, -1);
    applyResponse(row.cube, parsed, 1);
    await saveCube(row);
  });
}

/** Deletes one questionnaire (typed, or imported and kept in a chunk). */
export async function deleteResponse(id: string): Promise<void> {
  await writeTransaction(EDIT_TABLES, async (ctx) => {
    const found = await locateResponse(id);
    if (!found) throw new NotFoundError('surveyResponses', id);
    const before = found.response;
    if (found.chunk) await leaveChunk(ctx, found);
    else await responseWriter.remove(ctx, id);
    const row = await cubeRow(before.studyId);
    applyResponse(row.cube, before, -1);
    await saveCube({ ...row, count: row.count - 1 });
  });
}
