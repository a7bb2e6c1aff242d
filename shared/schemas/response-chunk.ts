import { z } from 'zod';
import { idSchema, stampsSchema } from './common';

/**
 * The answer fields an import chunk keeps as columns (one array each, index i = the chunk's i-th
 * response); `problems` is its own column of encoded lists (shared/domain/study/response-chunk).
 */
export const CHUNK_FIELDS = [
  'respondentGroup',
  'gender',
  'ageGroup',
  'placeId',
  'comment',
  'safeDay',
  'safeNight',
  'trustPolice',
  'victim',
  'reported',
  'externalId',
  'submittedAt',
] as const;
export type ChunkField = (typeof CHUNK_FIELDS)[number];

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * A few hundred imported responses of one batch stored as one record, column by column (issue 18:
 * one IndexedDB record per response made a 50,000-row import mostly index and record overhead).
 * Response i has running number `firstNumber + i` and id `ids[i]`; an empty id means the response
 * left the chunk: deleted, or edited (then it is a `surveyResponses` record with that id). Each
 * response's answers are checked as surveyResponseSchema checks them when the chunk is decoded.
 */
export const responseChunkSchema = z
  .object({
    id: idSchema,
    territoryId: idSchema,
    studyId: idSchema,
    batchId: idSchema,
    firstNumber: z.number().int().positive(),
    ids: z.array(z.string()).min(1).max(5000),
    /** Each response's named problems, `code:concern` joined by `,` (`fraud:4,drugs:`). */
    problems: z.array(z.string()),
    columns: z.partialRecord(z.enum(CHUNK_FIELDS), z.array(cell)),
    ...stampsSchema.shape,
  })
  .refine(
    (chunk) =>
      chunk.problems.length === chunk.ids.length &&
      Object.values(chunk.columns).every((column) => column?.length === chunk.ids.length),
    { message: 'errors:invalid' },
  );
export type ResponseChunk = z.infer<typeof responseChunkSchema>;
