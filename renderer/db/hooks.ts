import { useLiveQuery } from 'dexie-react-hooks';
import { settingSchemas, type SettingKey, type SettingValue } from '../../shared/schemas/settings';
import type { Territory } from '../../shared/schemas/territory';
import { getDb } from './database';

/** All territories, sample last; undefined while loading. */
export function useTerritories(): Territory[] | undefined {
  return useLiveQuery(async () => {
    const all = await getDb().territories.toArray();
    return all.sort(
      (a, b) => Number(a.isSample) - Number(b.isSample) || a.createdAt.localeCompare(b.createdAt),
    );
  });
}

/** A setting's live value: `undefined` while loading, `null` when unset. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | null | undefined {
  return useLiveQuery(async () => {
    const row = await getDb().settings.get(key);
    const parsed = settingSchemas[key].safeParse(row?.value);
    return parsed.success ? (parsed.data as SettingValue<K>) : null;
  }, [key]);
}

/** The territory the clerk works on: `undefined` while loading, `null` when there is none. */
export function useCurrentTerritory(): Territory | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const row = await db.settings.get('currentTerritoryId');
    const id = typeof row?.value === 'string' ? row.value : undefined;
    const current = id ? await db.territories.get(id) : undefined;
    return current ?? (await db.territories.toCollection().first()) ?? null;
  });
}
