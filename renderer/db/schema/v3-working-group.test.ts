import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion, upgradeCase } from '../../../tests/fixtures/db';
import { group, member } from '../../../tests/fixtures/working-group';
import { territoryScopedTables } from '../database';

describe('schema v3 (working group)', () => {
  it('v2 → v3 keeps territories and audit, adds the working-group tables scoped by territory', async () => {
    const { name, territoryId, territory, created } = upgradeCase('upgrade-v3');
    await seedAtVersion(name, 2, async (db) => {
      await db.table('territories').add(territory);
      await db.table('audit').add({ ...created, territoryId });
    });
    const db = await openCurrent(name);
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.territories.get(territoryId)).toMatchObject({ population: 250_000 });
    expect(await db.audit.where('territoryId').equals(territoryId).count()).toBe(1);
    expect(territoryScopedTables(db)).toEqual(
      expect.arrayContaining(['workingGroups', 'members', 'meetings', 'decisions']),
    );
    await db.workingGroups.add(group({ territoryId }));
    await db.members.add(member('Осмонова Айгүл', 'police', { territoryId }));
    expect(await db.members.where('orgType').equals('police').count()).toBe(1);
    db.close();
  });
});
