import {
  territoryInputSchema,
  territorySchema,
  type Territory,
  type TerritoryInput,
} from '../../shared/schemas/territory';
import { getDb, territoryRecords, territoryScopedTables } from './database';
import {
  audit,
  NotFoundError,
  recordWriter,
  validate,
  writeTransaction,
  type WriteContext,
} from './repository';
import { setSettingIn } from './settings';

const writer = recordWriter('territories', territorySchema);

/** Creates a territory and makes it the current one. */
export async function createTerritory(
  input: TerritoryInput,
  options: { isSample?: boolean } = {},
): Promise<Territory> {
  const parsed = validate(territoryInputSchema, input);
  return writeTransaction(['territories'], async (ctx) => {
    const territory = await writer.insert(ctx, { ...parsed, isSample: options.isSample ?? false });
    await setSettingIn(ctx, 'currentTerritoryId', territory.id);
    return territory;
  });
}

/** Creates a territory inside a transaction that is already open (sample loading). */
export async function insertTerritoryIn(
  ctx: WriteContext,
  input: TerritoryInput,
  isSample: boolean,
): Promise<Territory> {
  return writer.insert(ctx, { ...validate(territoryInputSchema, input), isSample });
}

/** Changes a territory's name, kind, population or office details. */
export async function updateTerritory(id: string, input: TerritoryInput): Promise<Territory> {
  const parsed = validate(territoryInputSchema, input);
  return writeTransaction(['territories'], (ctx) =>
    writer.replace(ctx, id, (before) => ({ ...parsed, isSample: before.isSample })),
  );
}

/** Deletes a territory and every record that belongs to it, nothing else (architecture A12). */
export async function deleteTerritoryIn(ctx: WriteContext, id: string): Promise<void> {
  const db = getDb();
  const territory = await db.territories.get(id);
  if (!territory) throw new NotFoundError('territories', id);
  for (const name of territoryScopedTables(db)) {
    await territoryRecords(db, name, id).delete();
  }
  await db.territories.delete(id);
  // The deletion itself stays in the trail, unscoped, so it survives the territory.
  await audit(ctx, { table: 'territories', recordId: id, action: 'delete', before: territory });
  const current = await db.settings.get('currentTerritoryId');
  if (current?.value === id) {
    const next = await db.territories.toCollection().first();
    if (next) await setSettingIn(ctx, 'currentTerritoryId', next.id);
    else await db.settings.delete('currentTerritoryId');
  }
}

/** Deletes a territory with all that belongs to it, in one transaction. */
export async function deleteTerritory(id: string): Promise<void> {
  await writeTransaction('all', (ctx) => deleteTerritoryIn(ctx, id));
}
