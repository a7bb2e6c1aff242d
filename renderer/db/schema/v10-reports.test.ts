import { describe, expect, it } from 'vitest';
import { upgradedTerritoryOnly } from '../../../tests/fixtures/db';
import { territoryScopedTables } from '../database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './index';

describe('schema v10 (reports)', () => {
  it('upgrades from the previous version keeping every row; reports start empty, scoped and read by series', async () => {
    const previous =
      SCHEMA_VERSIONS[SCHEMA_VERSIONS.findIndex((v) => v.version === 10) - 1]!.version;
    const db = await upgradedTerritoryOnly('upgrade-v10', previous);
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.territories.count()).toBe(1);
    expect(await db.reports.count()).toBe(0);
    expect(territoryScopedTables(db)).toContain('reports');
    expect(Object.keys(db.reports.schema.idxByName).sort()).toEqual(['seriesId', 'territoryId']);
    for (const table of ['plans', 'expenditures', 'varianceExplanations'])
      expect(db.tables.map((t) => t.name)).toContain(table);
    db.close();
  });
});
