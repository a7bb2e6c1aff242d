/* The police import: one batch with ONE audit entry; the same figures again change nothing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import type { KoopsuzDatabase } from '../database';
import { createTerritory } from '../territories';
import { importPoliceCounts, setPoliceCount } from './police';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

const figures = [
  { period: '2025-Q1', problemCode: 'fraud', count: 14 },
  { period: '2025-Q2', problemCode: 'fraud', count: 9 },
  { period: '2025-Q1', problemCode: 'burglary', count: 31 },
];

describe('police import', () => {
  it('stores a batch with one audit entry that keeps the figures it replaced', async () => {
    await setPoliceCount(territoryId, '2025-Q1', 'fraud', 99);
    const old = (await db.policeStats.toArray())[0]!;
    const batchId = await importPoliceCounts(territoryId, figures);
    const stored = await db.policeStats.toArray();
    expect(stored.map((s) => [s.period, s.problemCode, s.count, s.batchId]).sort()).toEqual(
      figures.map((f) => [f.period, f.problemCode, f.count, batchId]).sort(),
    );
    const entries = await db.audit.where('table').equals('policeStats').toArray();
    expect(entries).toHaveLength(2); // the typed figure, then the batch
    expect(entries.find((e) => e.recordId === batchId)).toMatchObject({
      action: 'create',
      territoryId,
      batchId,
      after: { count: 3 },
      before: [old],
    });
  });

  it('changes nothing and writes no entry when every figure is already stored', async () => {
    await importPoliceCounts(territoryId, figures);
    const audited = await db.audit.count();
    const stats = await db.policeStats.toArray();
    expect(await importPoliceCounts(territoryId, figures)).toBeNull();
    expect(await db.audit.count()).toBe(audited);
    expect(await db.policeStats.toArray()).toEqual(stats);
  });
});
