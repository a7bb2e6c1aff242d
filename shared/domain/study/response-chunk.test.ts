import { describe, expect, it } from 'vitest';
import { surveyResponseSchema, type SurveyResponse } from '../../schemas/study';
import {
  checkedChunkSchema,
  chunkResponse,
  chunkResponses,
  encodeChunk,
  liveCount,
  slotOf,
} from './response-chunk';

const AT = '2026-02-01T10:00:00.000Z';
const ids = { territoryId: crypto.randomUUID(), studyId: crypto.randomUUID() };
const batchId = crypto.randomUUID();

// Written out by hand, as the import builds them: every field kind, some left out.
const responses: SurveyResponse[] = [
  {
    ...{ id: crypto.randomUUID(), ...ids, number: 7, source: 'import', batchId },
    respondentGroup: 'business',
    gender: 'female',
    ageGroup: '18-29',
    placeId: crypto.randomUUID(),
    problems: [{ code: 'fraud', concern: 4 }, { code: 'dark-streets' }],
    safeDay: 2,
    safeNight: 1,
    trustPolice: 5,
    victim: true,
    reported: false,
    comment: 'у рынка, ночью',
    externalId: 'uuid:abc',
    submittedAt: '2025-03-01T09:00:00.000Z',
    createdAt: AT,
    updatedAt: AT,
  },
  {
    ...{ id: crypto.randomUUID(), ...ids, number: 8, source: 'import', batchId },
    problems: [],
    victim: false,
    createdAt: AT,
    updatedAt: AT,
  },
];
const meta = {
  id: crypto.randomUUID(),
  ...ids,
  batchId,
  firstNumber: 7,
  createdAt: AT,
  updatedAt: AT,
};

describe('response chunks', () => {
  it('give back exactly the responses they were built from', () => {
    const chunk = encodeChunk(meta, responses);
    expect(chunkResponses(chunk)).toEqual(responses);
    // A field nobody answered gets no column.
    const two = encodeChunk(meta, [responses[1]!]);
    expect(Object.keys(two.columns)).toEqual(['victim']);
    expect(chunk.columns.comment).toEqual(['у рынка, ночью', null]);
    expect(checkedChunkSchema.safeParse(chunk).success).toBe(true);
    for (const r of chunkResponses(chunk)) expect(surveyResponseSchema.parse(r)).toEqual(r);
  });

  it('find a response by running number; one taken out is gone', () => {
    const chunk = encodeChunk(meta, responses);
    expect([slotOf(chunk, 6), slotOf(chunk, 7), slotOf(chunk, 8), slotOf(chunk, 9)]).toEqual([
      -1, 0, 1, -1,
    ]);
    const taken = { ...chunk, ids: ['', chunk.ids[1]!] };
    expect(chunkResponse(taken, 0)).toBeNull();
    expect(chunkResponses(taken)).toEqual([responses[1]]);
    expect(liveCount(taken)).toBe(1);
  });

  it('are refused on restore when a response in them breaks the response rules', () => {
    const chunk = encodeChunk(meta, responses);
    const bad = { ...chunk, columns: { ...chunk.columns, safeDay: [9, null] } };
    expect(checkedChunkSchema.safeParse(bad).success).toBe(false);
    const short = { ...chunk, problems: ['fraud:'] };
    expect(checkedChunkSchema.safeParse(short).success).toBe(false);
  });
});
