import { getDb } from '../database';
import { audit, nowInstant, writeTransaction } from '../repository';

/** The mapping remembered for an import source (its header signature), or undefined. */
export async function getImportMapping(territoryId: string, key: string): Promise<unknown> {
  const row = await getDb().importMappings.get(`${territoryId}:${key}`);
  return row?.mapping;
}

/** Remembers the clerk's mapping for the next file from the same source. */
export async function rememberImportMapping(
  territoryId: string,
  key: string,
  mapping: unknown,
): Promise<void> {
  await writeTransaction(['importMappings'], async (ctx) => {
    const db = getDb();
    const id = `${territoryId}:${key}`;
    const before = await db.importMappings.get(id);
    await db.importMappings.put({ key: id, territoryId, mapping, updatedAt: nowInstant() });
    await audit(ctx, {
      table: 'importMappings',
      recordId: id,
      action: before ? 'update' : 'create',
      territoryId,
      before: before?.mapping,
      after: mapping,
    });
  });
}
