import { useLiveQuery } from 'dexie-react-hooks';
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

/** The territory the clerk works on: the chosen one, else the first, else `null` (none yet). */
export async function readCurrentTerritory(): Promise<Territory | null> {
  const db = getDb();
  const row = await db.settings.get('currentTerritoryId');
  const id = typeof row?.value === 'string' ? row.value : undefined;
  const current = id ? await db.territories.get(id) : undefined;
  return current ?? (await db.territories.toCollection().first()) ?? null;
}

/**
 * The territory the clerk works on, live: `undefined` while loading, `null` when there is none.
 * `initial` (read before the first render, see main.tsx) is shown until the live query answers.
 */
export function useCurrentTerritory(initial?: Territory | null): Territory | null | undefined {
  return useLiveQuery(readCurrentTerritory, [], initial);
}
