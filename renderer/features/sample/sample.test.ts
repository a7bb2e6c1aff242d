import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import type { KoopsuzDatabase } from '../../db/database';
import { getSetting } from '../../db/settings';
import { createTerritory } from '../../db/territories';
import { findSample, loadSample, removeSample } from './sample';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

describe('sample district', () => {
  it('loads once, marked as a sample, and becomes current', async () => {
    expect(await loadSample()).toBe('loaded');
    const id = await findSample();
    expect(id).not.toBeNull();
    expect((await db.territories.get(id!))?.isSample).toBe(true);
    expect(await getSetting('currentTerritoryId')).toBe(id);
  });

  it('refuses a second load instead of duplicating', async () => {
    await loadSample();
    expect(await loadSample()).toBe('already-loaded');
    expect(await db.territories.filter((t) => t.isSample).count()).toBe(1);
  });

  it('removes exactly the sample; real data beside it survives', async () => {
    const real = await createTerritory(territoryInput());
    await loadSample();
    expect(await removeSample()).toBe('removed');
    expect((await db.territories.toArray()).map((t) => t.id)).toEqual([real.id]);
    expect(await db.audit.where('territoryId').equals(real.id).count()).toBeGreaterThan(0);
    expect(await getSetting('currentTerritoryId')).toBe(real.id);
  });

  it('says so when there is no sample to remove, and changes nothing', async () => {
    await createTerritory(territoryInput());
    const before = await db.audit.count();
    expect(await removeSample()).toBe('not-present');
    expect(await db.audit.count()).toBe(before);
  });
});
