import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion, territoryInput } from '../../../tests/fixtures/db';
import { territoryScopedTables, UNSCOPED_TABLES } from '../database';
import { createTerritory, updateTerritory } from '../territories';
import { ImportedRecordError } from '../repository';
import { SCHEMA_VERSIONS } from './index';

const AT = '2026-01-15T08:00:00.000Z';
const EXCHANGE = ['exchangeLedgers', 'trustedKeys', 'exchangePackages', 'exchangeOrigins'] as const;

describe('schema v9 (exchange)', () => {
  it('upgrades keeping the territories; the exchange tables start empty, scoped as they should', async () => {
    const name = `upgrade-v9-${crypto.randomUUID()}`;
    const previous = SCHEMA_VERSIONS[SCHEMA_VERSIONS.findIndex((v) => v.version === 9) - 1]!;
    const id = crypto.randomUUID();
    await seedAtVersion(name, previous.version, async (db) => {
      await db
        .table('territories')
        .add({ ...territoryInput(), id, isSample: false, createdAt: AT, updatedAt: AT });
    });
    const db = await openCurrent(name);
    expect((await db.territories.get(id))?.population).toBe(250_000);
    const scoped = territoryScopedTables(db);
    for (const table of EXCHANGE) {
      expect(scoped).toContain(table);
      expect(await db.table(table).count()).toBe(0);
    }
    expect(UNSCOPED_TABLES).toContain('exchangeKeys');
    expect(scoped).not.toContain('exchangeKeys');
    // A territory without an origin mark is the office's own and stays writable.
    await updateTerritory(id, territoryInput({ population: 260_000 }));
    expect((await db.territories.get(id))?.population).toBe(260_000);
    db.close();
  });

  it('refuses, through the audit, any write to a territory marked as imported', async () => {
    const db = await openCurrent(`v9-readonly-${crypto.randomUUID()}`);
    const territory = await createTerritory(territoryInput());
    await db.exchangeOrigins.add({
      id: territory.id,
      territoryId: territory.id,
      workspaceId: crypto.randomUUID(),
      fingerprint: 'c'.repeat(64),
      sequence: 1,
      packageId: crypto.randomUUID(),
      packageCreatedAt: AT,
      importedAt: AT,
    });
    await expect(
      updateTerritory(territory.id, territoryInput({ population: 1 })),
    ).rejects.toBeInstanceOf(ImportedRecordError);
    expect((await db.territories.get(territory.id))?.population).toBe(250_000);
    db.close();
  });
});
