/*
 * A study's aggregates (cube) row: every response write updates it in the same transaction, so
 * the analysis never has to re-read responses.
 */
import { emptyCube } from '../../../shared/domain/study/cube';
import type { TableName } from '../database';
import { getDb } from '../database';
import { NotFoundError, nowInstant } from '../repository';
import type { StudyCubeRow } from './rows';

/** The tables a response write holds: responses, the aggregates, and the study they belong to. */
export const RESPONSE_TABLES: readonly TableName[] = ['surveyResponses', 'studyCubes', 'studies'];

/** The study's aggregates row (an empty one when the study has none yet). */
export async function cubeRow(studyId: string): Promise<StudyCubeRow> {
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

/** Stores the aggregates row, stamped now. */
export async function saveCube(row: StudyCubeRow): Promise<void> {
  await getDb().studyCubes.put({ ...row, updatedAt: nowInstant() });
}
