import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion, upgradeCase } from '../../../tests/fixtures/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './index';

describe('schema versions', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('v1 → current keeps every row and backfills the audit territory', async () => {
    const { name, territoryId, at, territory, created } = upgradeCase('upgrade');
    await seedAtVersion(name, 1, async (db) => {
      await db.table('territories').add(territory);
      await db.table('settings').add({ key: 'language', value: 'ky', updatedAt: at });
      await db.table('audit').bulkAdd([
        { ...created, after: {} },
        {
          id: crypto.randomUUID(),
          at,
          user: 'u',
          table: 'settings',
          recordId: 'language',
          action: 'create',
          after: 'ky',
        },
      ]);
    });
    const db = await openCurrent(name);
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.territories.get(territoryId)).toMatchObject({ population: 250_000 });
    expect((await db.settings.get('language'))?.value).toBe('ky');
    expect(await db.audit.count()).toBe(2);
    expect(await db.audit.where('territoryId').equals(territoryId).count()).toBe(1);
    db.close();
  });
});
