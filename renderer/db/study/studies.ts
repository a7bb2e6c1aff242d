/* Studies: title, period, methods; deleting one deletes its responses and aggregates. */
import { emptyCube } from '../../../shared/domain/study/cube';
import {
  studyInputSchema,
  studySchema,
  type Study,
  type StudyInput,
} from '../../../shared/schemas/study';
import { getDb } from '../database';
import {
  audit,
  NotFoundError,
  nowInstant,
  recordWriter,
  validate,
  writeTransaction,
} from '../repository';
import { studyResponses } from './responses';

const studies = recordWriter('studies', studySchema);
/** What deleting a study touches: it, its responses, aggregates and import history. */
const STUDY_TABLES = ['studies', 'surveyResponses', 'studyCubes', 'importBatches'] as const;

/** Creates a study with its empty aggregates. */
export async function createStudy(territoryId: string, input: StudyInput): Promise<Study> {
  const parsed = validate(studyInputSchema, input);
  return writeTransaction(['studies', 'studyCubes'], async (ctx) => {
    const study = await studies.insert(ctx, { ...parsed, territoryId });
    await getDb().studyCubes.add({
      studyId: study.id,
      territoryId,
      cube: emptyCube(),
      count: 0,
      nextNumber: 1,
      updatedAt: nowInstant(),
    });
    return study;
  });
}

/** Changes a study's title, period, methods or notes. */
export async function updateStudy(id: string, input: StudyInput): Promise<Study> {
  const parsed = validate(studyInputSchema, input);
  return writeTransaction(['studies'], (ctx) =>
    studies.replace(ctx, id, (before) => ({ ...parsed, territoryId: before.territoryId })),
  );
}

/** Deletes a study with its responses, aggregates and import history, in one transaction. */
export async function deleteStudy(id: string): Promise<void> {
  await writeTransaction(STUDY_TABLES, async (ctx) => {
    const db = getDb();
    const study = await db.studies.get(id);
    if (!study) throw new NotFoundError('studies', id);
    const responses = await studyResponses(study.territoryId, id).count();
    await studyResponses(study.territoryId, id).delete();
    await db.studyCubes.delete(id);
    await db.importBatches.where('studyId').equals(id).delete();
    await studies.remove(ctx, id);
    await audit(ctx, {
      table: 'surveyResponses',
      recordId: id,
      action: 'delete',
      territoryId: study.territoryId,
      before: { studyId: id, responses },
    });
  });
}
