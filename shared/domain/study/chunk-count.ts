/*
 * Counting the responses still in an import chunk (schema v12), apart from response-chunk.ts so
 * that the home screen's counts load no validation library on the way to the first screen.
 */
import type { ResponseChunk } from '../../schemas/response-chunk';

/** How many responses are still in a chunk. */
export const liveCount = (chunk: Pick<ResponseChunk, 'ids'>) =>
  chunk.ids.filter((id) => id !== '').length;
