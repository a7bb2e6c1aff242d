import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import type { KoopsuzDatabase } from '../database';
import { getImportMapping, rememberImportMapping } from './mappings';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

describe('remembered import mappings', () => {
  it('are kept per territory and source, and every change is in the audit trail', async () => {
    const territoryId = crypto.randomUUID();
    await rememberImportMapping(territoryId, 'kobo-abc', { columns: { gender: 'sex' } });
    await rememberImportMapping(territoryId, 'kobo-abc', { columns: { gender: 'g' } });
    expect(await getImportMapping(territoryId, 'kobo-abc')).toEqual({ columns: { gender: 'g' } });
    expect(await getImportMapping(crypto.randomUUID(), 'kobo-abc')).toBeUndefined();
    const entries = await db.audit.where('table').equals('importMappings').toArray();
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(entries.find((e) => e.action === 'update')).toMatchObject({
      territoryId,
      before: { columns: { gender: 'sex' } },
      after: { columns: { gender: 'g' } },
    });
  });
});
