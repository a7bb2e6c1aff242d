/*
 * Likely duplicates: responses of the study with the same answers as one being typed (the same
 * paper typed twice), found through fingerprints.
 */
import { responseFingerprint } from '../../../shared/domain/study/fingerprint';
import { chunkResponse, slotOf } from '../../../shared/domain/study/response-chunk';
import {
  parseFingerprintList,
  surveyAnswersSchema,
  type SurveyAnswers,
  type SurveyResponse,
} from '../../../shared/schemas/study';
import { getDb } from '../database';
import { validate } from '../repository';
import { studyChunks } from './response-chunks';

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
 * edited responses through the `[studyId+fingerprint]` index; imported ones (records, or in the
 * batch's chunks) through their batch's `fingerprints`, each confirmed from its current answers (an edited one carries its own
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
    const [records, chunks] = await Promise.all([
      db.surveyResponses
        .where('[territoryId+studyId+number]')
        .anyOf(numbers.map((n) => [batch.territoryId, studyId, n]))
        .toArray(),
      studyChunks(batch.territoryId, studyId, numbers[0], numbers[numbers.length - 1]).toArray(),
    ]);
    const inChunks = numbers.flatMap((n) => {
      const chunk = chunks.find((c) => slotOf(c, n) !== -1);
      const response = chunk && chunkResponse(chunk, slotOf(chunk, n));
      return response ? [response] : [];
    });
    for (const r of [...records, ...inChunks])
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
