/*
 * Imported responses kept column by column, a few hundred to a record (schema v12, issue 18):
 * building a chunk from responses and reading responses back out of one. Pure, so the import
 * worker, the page and restore read a chunk the same way.
 */
import {
  CHUNK_FIELDS,
  responseChunkSchema,
  type ChunkField,
  type ResponseChunk,
} from '../../schemas/response-chunk';
import { surveyResponseSchema, type NamedProblem, type SurveyResponse } from '../../schemas/study';

/** Responses per chunk: small enough that removing one rewrites little, large enough to be cheap. */
export const CHUNK_SIZE = 500;

/** What a chunk record carries besides its responses. */
export type ChunkMeta = Pick<
  ResponseChunk,
  'id' | 'territoryId' | 'studyId' | 'batchId' | 'firstNumber' | 'createdAt' | 'updatedAt'
>;

type Cell = string | number | boolean | null;

const encodeProblems = (list: readonly NamedProblem[]) =>
  list.map((p) => `${p.code}:${p.concern ?? ''}`).join(',');

function decodeProblems(text: string): NamedProblem[] {
  if (text === '') return [];
  return text.split(',').map((item) => {
    const colon = item.indexOf(':');
    const concern = item.slice(colon + 1);
    return concern === ''
      ? { code: item.slice(0, colon) }
      : { code: item.slice(0, colon), concern: Number(concern) };
  });
}

/**
 * A chunk of `responses`, which are consecutive: response i has number `meta.firstNumber + i`.
 * A field gets a column only when some response answers it.
 */
export function encodeChunk(meta: ChunkMeta, responses: readonly SurveyResponse[]): ResponseChunk {
  const columns: Partial<Record<ChunkField, Cell[]>> = {};
  for (const field of CHUNK_FIELDS) {
    let column: Cell[] | undefined;
    responses.forEach((r, i) => {
      const value = r[field];
      if (value === undefined) return;
      column ??= new Array<Cell>(responses.length).fill(null);
      column[i] = value;
    });
    if (column) columns[field] = column;
  }
  return {
    ...meta,
    ids: responses.map((r) => r.id),
    problems: responses.map((r) => encodeProblems(r.problems)),
    columns,
  };
}

/** Response i of a chunk, or null when it left the chunk (deleted or edited). */
export function chunkResponse(chunk: ResponseChunk, i: number): SurveyResponse | null {
  const id = chunk.ids[i];
  if (!id) return null;
  const response: Record<string, unknown> = {
    id,
    territoryId: chunk.territoryId,
    studyId: chunk.studyId,
    number: chunk.firstNumber + i,
    source: 'import',
    batchId: chunk.batchId,
    problems: decodeProblems(chunk.problems[i] ?? ''),
    createdAt: chunk.createdAt,
    updatedAt: chunk.createdAt,
  };
  for (const field of CHUNK_FIELDS) {
    const value = chunk.columns[field]?.[i];
    if (value !== null && value !== undefined) response[field] = value;
  }
  return response as SurveyResponse;
}

/** The responses still in a chunk, in number order. */
export function chunkResponses(chunk: ResponseChunk): SurveyResponse[] {
  const out: SurveyResponse[] = [];
  for (let i = 0; i < chunk.ids.length; i += 1) {
    const response = chunkResponse(chunk, i);
    if (response) out.push(response);
  }
  return out;
}

export { liveCount } from './chunk-count';

/** The chunk's slot of running number `number`, or -1 when the chunk does not hold it. */
export function slotOf(chunk: ResponseChunk, number: number): number {
  const i = number - chunk.firstNumber;
  return i >= 0 && i < chunk.ids.length ? i : -1;
}

/**
 * A chunk as restore must accept it: its shape, and every response it holds a valid survey
 * response (the same rules as a response stored on its own).
 */
export const checkedChunkSchema = responseChunkSchema.refine(
  (chunk) => chunkResponses(chunk).every((r) => surveyResponseSchema.safeParse(r).success),
  { message: 'errors:invalid' },
);
