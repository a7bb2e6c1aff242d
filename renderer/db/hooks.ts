/*
 * Read hooks shared by several features (one definition per name; a feature's own reads stay in
 * its `use*.ts`). Writes go through the repositories beside this file.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { mergeCatalogue, type CatalogueProblem } from '../../shared/domain/study/catalogue';
import type { Study } from '../../shared/schemas/study';
import type { Territory } from '../../shared/schemas/territory';
import type { WorkingGroup } from '../../shared/schemas/working-group';
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

/** The problem catalogue: standard problems with the clerk's changes, then the clerk's own. */
export function useProblems(): CatalogueProblem[] | undefined {
  return useLiveQuery(async () => mergeCatalogue(await getDb().problems.toArray()));
}

/** The territory's studies, latest period first. */
export function useStudies(territoryId: string): Study[] | undefined {
  return useLiveQuery(async () => {
    const all = await getDb().studies.where('territoryId').equals(territoryId).toArray();
    return all.sort((a, b) => b.periodFrom.localeCompare(a.periodFrom));
  }, [territoryId]);
}

/** The territory's working group: undefined while loading, null when not set up. */
export function useWorkingGroup(territoryId: string): WorkingGroup | null | undefined {
  return useLiveQuery(
    async () =>
      (await getDb().workingGroups.where('territoryId').equals(territoryId).first()) ?? null,
    [territoryId],
  );
}
