/*
 * Reading a study's responses wherever they are kept (schema v12): `surveyResponses` records
 * (typed, edited, stored before v12) and the import chunks (`responseChunks`). Every reader of
 * responses goes through here, so a response reads the same whichever way it is stored.
 */
import Dexie from 'dexie';
import {
  CHUNK_SIZE,
  chunkResponse,
  chunkResponses,
  slotOf,
} from '../../../shared/domain/study/response-chunk';
import type { ResponseChunk } from '../../../shared/schemas/response-chunk';
import { surveyResponseSchema, type SurveyResponse } from '../../../shared/schemas/study';
import { getDb } from '../database';
import { audit, nowInstant, validate, type RecordInput, type WriteContext } from '../repository';
import { territoryChunks } from './response-count';
import { studyResponses } from './responses';

/** The study's chunks that may hold numbers `from`..`to` (all by default), in number order. */
export function studyChunks(territoryId: string, studyId: string, from?: number, to?: number) {
  // A chunk holds at most CHUNK_SIZE numbers, so one starting that far before `from` may reach it.
  const start = from === undefined ? Dexie.minKey : from - CHUNK_SIZE + 1;
  const end = to ?? Dexie.maxKey;
  return getDb()
    .responseChunks.where('[territoryId+studyId+firstNumber]')
    .between([territoryId, studyId, start], [territoryId, studyId, end], true, true);
}

const byNumber = (a: SurveyResponse, b: SurveyResponse) => a.number - b.number;

/** The study's responses with numbers `from`..`to` (all by default), in number order. */
export async function readStudyResponses(
  territoryId: string,
  studyId: string,
  from?: number,
  to?: number,
): Promise<SurveyResponse[]> {
  const [records, chunks] = await Promise.all([
    studyResponses(territoryId, studyId, from ?? Dexie.minKey, to ?? Dexie.maxKey).toArray(),
    studyChunks(territoryId, studyId, from, to).toArray(),
  ]);
  const inRange = (n: number) => (from === undefined || n >= from) && (to === undefined || n <= to);
  const fromChunks = chunks.flatMap(chunkResponses).filter((r) => inRange(r.number));
  return records.length === 0 ? fromChunks : [...records, ...fromChunks].sort(byNumber);
}

/** The study's last `limit` responses, newest first. */
export async function recentStudyResponses(
  territoryId: string,
  studyId: string,
  limit: number,
): Promise<SurveyResponse[]> {
  const records = await studyResponses(territoryId, studyId).reverse().limit(limit).toArray();
  const found = [...records];
  // Chunks from the newest back, until they hold `limit` responses (a chunk may be nearly empty).
  let offset = 0;
  let taken = 0;
  for (;;) {
    const chunks = await studyChunks(territoryId, studyId)
      .reverse()
      .offset(offset)
      .limit(2)
      .toArray();
    for (const chunk of chunks) {
      const responses = chunkResponses(chunk);
      found.push(...responses);
      taken += responses.length;
    }
    offset += chunks.length;
    if (chunks.length < 2 || taken >= limit) break;
  }
  return found.sort((a, b) => b.number - a.number).slice(0, limit);
}

/** The chunk holding running number `number` of a study, if any. */
export async function chunkOfNumber(
  territoryId: string,
  studyId: string,
  number: number,
): Promise<ResponseChunk | undefined> {
  const chunks = await studyChunks(territoryId, studyId, number, number).toArray();
  return chunks.find((chunk) => slotOf(chunk, number) !== -1);
}

/** Where a response lives: its own record, or a chunk and the slot in it. */
export type ResponseLocation =
  | { response: SurveyResponse; chunk?: undefined; slot?: undefined }
  | { response: SurveyResponse; chunk: ResponseChunk; slot: number };

/** Finds a response by id (its record, else the chunk that holds it), or undefined. */
export async function locateResponse(id: string): Promise<ResponseLocation | undefined> {
  const db = getDb();
  const record = await db.surveyResponses.get(id);
  if (record) return { response: record };
  // Only imported responses never edited are in chunks; a response id is in no index there.
  let found: ResponseLocation | undefined;
  await db.responseChunks.each((chunk) => {
    if (found) return;
    const slot = chunk.ids.indexOf(id);
    const response = slot === -1 ? null : chunkResponse(chunk, slot);
    if (response) found = { response, chunk, slot };
  });
  return found;
}

/**
 * Takes a response out of its chunk (deleting the chunk when it was the last one there), with its
 * audit entry: edited when `next` is given (it becomes a record of its own, same id and number),
 * else deleted.
 */
export async function leaveChunk(
  ctx: WriteContext,
  { response: before, chunk, slot }: Extract<ResponseLocation, { chunk: ResponseChunk }>,
  next?: RecordInput<SurveyResponse>,
): Promise<void> {
  const db = getDb();
  const at = nowInstant();
  const ids = [...chunk.ids];
  ids[slot] = '';
  if (ids.every((id) => id === '')) await db.responseChunks.delete(chunk.id);
  else await db.responseChunks.put({ ...chunk, ids, updatedAt: at });
  const { id, territoryId } = before;
  const entry = { table: 'surveyResponses', recordId: id, territoryId, before } as const;
  if (!next) return audit(ctx, { ...entry, action: 'delete' });
  const stamped = { ...next, id, createdAt: before.createdAt, updatedAt: at };
  const after = validate(surveyResponseSchema, stamped);
  await db.surveyResponses.add(after);
  await audit(ctx, { ...entry, action: 'update', after });
}

/** The territory's responses in chunks, decoded (exchange packages carry them as records). */
export async function territoryChunkResponses(territoryId: string): Promise<SurveyResponse[]> {
  return (await territoryChunks(territoryId)).flatMap(chunkResponses);
}
