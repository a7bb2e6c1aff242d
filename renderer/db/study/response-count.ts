/*
 * A territory's import chunks and its count of responses, records and chunks together (schema
 * v12). Apart from response-chunks.ts, whose writes validate, so that the home screen's counts
 * load no validation library on the way to the first screen (issue 18, start-up).
 */
import { liveCount } from '../../../shared/domain/study/chunk-count';
import type { ResponseChunk } from '../../../shared/schemas/response-chunk';
import { getDb, territoryRecords } from '../database';

/** The territory's response chunks. */
export function territoryChunks(territoryId: string): Promise<ResponseChunk[]> {
  return territoryRecords(getDb(), 'responseChunks', territoryId).toArray() as Promise<
    ResponseChunk[]
  >;
}

/** How many responses the territory holds, records and chunks together. */
export async function countTerritoryResponses(territoryId: string): Promise<number> {
  const [records, chunks] = await Promise.all([
    territoryRecords(getDb(), 'surveyResponses', territoryId).count(),
    territoryChunks(territoryId),
  ]);
  return chunks.reduce((sum, chunk) => sum + liveCount(chunk), records);
}
