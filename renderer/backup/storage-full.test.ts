/*
 * A restore that runs out of disk space (issue 14, item 5): the browser's QuotaExceededError part-
 * way through the write. The restore stops with 'storage-full' (the clerk's message says the disk
 * is full), the database is exactly as before, and the safety backup was handed over first.
 */
import { describe, expect, it, vi } from 'vitest';
import { BackupError } from '../../shared/backup/format';
import { seedTwoTerritories, snapshot } from '../../tests/fixtures/backup';
import { freshDatabase } from '../../tests/fixtures/db';
import { createBackup } from './create';
import { prepareRestore, restoreAll, restoreTerritory } from './restore';

describe('restore when the disk is full', () => {
  it('stops with storage-full, changes nothing, and the safety backup holds the data', async () => {
    const db = freshDatabase();
    const { a } = await seedTwoTerritories(db);
    const prepared = await prepareRestore((await createBackup()).bytes);
    await db.audit.clear();
    const before = await snapshot(db);
    // The audit table is refilled after others: the disk fills up part-way through.
    let written = 0;
    db.audit.hook('creating', () => {
      if (++written > 1)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const safety = vi.fn(async (_bytes: Uint8Array, _name: string) => undefined);
    for (const run of [
      () => restoreAll(prepared, safety),
      () => restoreTerritory(prepared, a, safety),
    ]) {
      const error = await run().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupError);
      expect((error as BackupError).code).toBe('storage-full');
      expect(await snapshot(db)).toEqual(before);
    }
    expect(safety).toHaveBeenCalledTimes(2);
    const safetyBackup = await prepareRestore(safety.mock.calls[0]![0]);
    expect(safetyBackup.summary.records).toBe(Object.values(before).flat().length);
  });
});
