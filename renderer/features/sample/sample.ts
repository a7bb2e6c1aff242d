/*
 * Load and remove the sample district. Each feature contributes its own sample records through
 * `registerSampleContributor`; everything is written in one transaction, so a failure leaves
 * nothing half-loaded.
 */
import { SAMPLE_TERRITORY } from '../../../shared/sample/territory';
import { getDb, type TableName } from '../../db/database';
import { writeTransaction, type WriteContext } from '../../db/repository';
import { setSettingIn } from '../../db/settings';
import { deleteTerritoryIn, insertTerritoryIn } from '../../db/territories';
import { isCitySample } from '../city-sample/city-sample';

/** A feature's part of the sample district. */
export interface SampleContributor {
  /** The tables it writes and reads: the sample's one transaction holds them all. */
  tables: readonly TableName[];
  contribute(ctx: WriteContext, territoryId: string): Promise<void>;
}

const contributors: SampleContributor[] = [];

/** Lets a feature add its records to the sample district. */
export function registerSampleContributor(contributor: SampleContributor): void {
  contributors.push(contributor);
}

/** The sample district's id, or null when it is not loaded (the city sample is another). */
export async function findSample(): Promise<string | null> {
  const sample = await getDb()
    .territories.filter((t) => t.isSample && !isCitySample(t))
    .first();
  return sample?.id ?? null;
}

/** Loads the sample district; refuses (returns 'already-loaded') when it is there already. */
export async function loadSample(): Promise<'loaded' | 'already-loaded'> {
  const tables = contributors.flatMap((c) => c.tables);
  return writeTransaction(['territories', ...tables], async (ctx) => {
    if (await findSample()) return 'already-loaded';
    const territory = await insertTerritoryIn(ctx, SAMPLE_TERRITORY, true);
    for (const contributor of contributors) await contributor.contribute(ctx, territory.id);
    await setSettingIn(ctx, 'currentTerritoryId', territory.id);
    return 'loaded';
  });
}

/** Removes the sample district and what belongs to it, nothing else. */
export async function removeSample(): Promise<'removed' | 'not-present'> {
  return writeTransaction('all', async (ctx) => {
    const id = await findSample();
    if (!id) return 'not-present';
    await deleteTerritoryIn(ctx, id);
    return 'removed';
  });
}
