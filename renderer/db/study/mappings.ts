import { getDb } from '../database';
import { nowInstant, writeTransaction } from '../repository';

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
  await writeTransaction(async () => {
    await getDb().importMappings.put({
      key: `${territoryId}:${key}`,
      territoryId,
      mapping,
      updatedAt: nowInstant(),
    });
  });
}
