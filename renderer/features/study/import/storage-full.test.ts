/*
 * A study import that runs out of disk space (issue 14, item 5): the write fails part-way with the
 * browser's QuotaExceededError; the import stores nothing (one transaction) and the error is one
 * the import worker recognises as "disk full", so the clerk is told that, in their language.
 */
import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../../../shared/storage-errors';
import { freshStudy, allResponses } from '../../../../tests/fixtures/study';
import { importResponses, type ImportRow } from '../../../db/study/import-responses';

const rows: ImportRow[] = Array.from({ length: 3000 }, (_, i) => ({
  rowNumber: i + 2,
  externalId: `uuid-${i}`,
  answers: {
    respondentGroup: 'resident',
    gender: i % 2 ? 'male' : 'female',
    ageGroup: '30-44',
    problems: [{ code: 'fraud', concern: (i % 5) + 1 }],
    safeDay: 3,
    safeNight: 2,
    trustPolice: 4,
  },
}));

describe('study import when the disk is full', () => {
  it('stores nothing and fails with an error recognised as "disk full"', async () => {
    const { db, studyId } = await freshStudy();
    const before = await db.audit.count();
    let created = 0;
    // Imports store chunks of responses (schema v12): the sixth of them fails.
    db.responseChunks.hook('creating', () => {
      // Part-way through the file, as a real disk fills up.
      if (++created > 5)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await importResponses({ studyId, fileName: 'kobo.csv', rows, skipped: 0 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isQuotaError(error)).toBe(true);
    expect((await allResponses(db)).length).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.audit.count()).toBe(before);
  });
});
