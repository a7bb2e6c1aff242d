import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import type { KoopsuzDatabase } from '../../db/database';
import { setSetting } from '../../db/settings';
import { createTerritory, updateTerritory } from '../../db/territories';
import { auditCollection, auditTables, EMPTY_FILTER } from './audit-query';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

describe('audit query', () => {
  it('filters by table, action, user, dates and territory; newest first', async () => {
    await setSetting('userName', 'Айгүл Садыкова');
    const a = await createTerritory(territoryInput());
    await setSetting('userName', 'Бакыт');
    const b = await createTerritory(territoryInput({ name: { ru: 'Ленинский район' } }));
    await updateTerritory(a.id, territoryInput({ name: { ru: 'Свердловский район' } }));
    const all = await auditCollection({ ...EMPTY_FILTER, scope: 'all' }, a.id).toArray();
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
    expect(await auditTables()).toEqual(['settings', 'territories']);

    const current = await auditCollection(EMPTY_FILTER, a.id).toArray();
    expect(current.some((e) => e.territoryId === b.id)).toBe(false);
    expect(current.some((e) => e.table === 'settings')).toBe(true);

    const updates = await auditCollection(
      { ...EMPTY_FILTER, table: 'territories', action: 'update' },
      a.id,
    ).toArray();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.user).toBe('Бакыт');
    expect(
      await auditCollection({ ...EMPTY_FILTER, user: 'айгүл', scope: 'all' }, a.id).count(),
    ).toBe(all.filter((e) => e.user.startsWith('Айгүл')).length);

    // Local dates: today holds everything, tomorrow nothing.
    const now = new Date();
    const day = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    expect(
      await auditCollection(
        { ...EMPTY_FILTER, scope: 'all', from: day(now), to: day(now) },
        a.id,
      ).count(),
    ).toBe(all.length);
    expect(
      await auditCollection({ ...EMPTY_FILTER, scope: 'all', from: day(tomorrow) }, a.id).count(),
    ).toBe(0);
    expect(db.verno).toBeGreaterThan(0);
  });
});
