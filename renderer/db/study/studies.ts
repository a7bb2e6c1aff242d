/* Studies: title, period, methods; deleting one deletes its responses and aggregates. */
import { emptyCube } from '../../../shared/domain/study/cube';
import { liveCount } from '../../../shared/domain/study/response-chunk';
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
import { studyChunks } from './response-chunks';
import { studyResponses } from './responses';

const studies = recordWriter('studies', studySchema);
/** What deleting a study touches: it, its responses, aggregates and import history. */
const STUDY_TABLES = [
  'studies',
  'surveyResponses',
  'responseChunks',
  'studyCubes',
  'importBatches',
] as const;

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
    const chunks = await studyChunks(study.territoryId, id).toArray();
    const records = await studyResponses(study.territoryId, id).count();
    const responses = chunks.reduce((sum, chunk) => sum + liveCount(chunk), records);
    await studyResponses(study.territoryId, id).delete();
    await getDb().responseChunks.bulkDelete(chunks.map((c) => c.id));
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
