import { describe, expect, it } from 'vitest';
import { openCurrent, upgradedTerritoryOnly } from '../../../tests/fixtures/db';
import { SCHEMA_VERSIONS } from './index';

describe('schema v6 (plan and budget)', () => {
  it('upgrades from the previous version keeping every row, with the plan tables empty and usable', async () => {
    const previous =
      SCHEMA_VERSIONS[SCHEMA_VERSIONS.findIndex((v) => v.version === 6) - 1]!.version;
    const db = await upgradedTerritoryOnly('upgrade-v6', previous);
    expect(await db.territories.count()).toBe(1);
    for (const table of [
      'plans',
      'planPriorities',
      'objectives',
      'activities',
      'budgetLines',
      'funders',
    ]) {
      expect(await db.table(table).count()).toBe(0);
    }
    expect(db.table('budgetLines').schema.idxByName['territoryId']).toBeTruthy();
    expect(db.table('funders').schema.idxByName['territoryId']).toBeUndefined();
    db.close();
  });
});

describe('schema v6 keeps the tables of earlier versions', () => {
  it('every table of every earlier version is still there', async () => {
    const db = await openCurrent(`v6-tables-${crypto.randomUUID()}`);
    const names = db.tables.map((t) => t.name);
    for (const step of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(step.stores))
        if (spec !== null) expect(names).toContain(table);
    }
    db.close();
  });
});
