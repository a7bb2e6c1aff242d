/* Live reads of the exchange tables: the office's key, origin marks, what a workspace imported. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';

/** The office's key row: undefined while loading, null before the first export. */
export function useOwnKey() {
  return useLiveQuery(async () => (await getDb().exchangeKeys.get('own')) ?? null, []);
}

/** The origin mark of a territory: null for the office's own territory. */
export function useOrigin(territoryId: string) {
  return useLiveQuery(
    async () => (await getDb().exchangeOrigins.get(territoryId)) ?? null,
    [territoryId],
  );
}

/** The territories imported into a workspace, each with its origin mark. */
export function useImportedInto(workspaceId: string) {
  return useLiveQuery(async () => {
    const db = getDb();
    const origins = await db.exchangeOrigins.where('workspaceId').equals(workspaceId).toArray();
    const territories = await db.territories.bulkGet(origins.map((o) => o.territoryId));
    return origins.flatMap((origin, i) => {
      const territory = territories[i];
      return territory ? [{ origin, territory }] : [];
    });
  }, [workspaceId]);
}
