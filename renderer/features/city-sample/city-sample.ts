/*
 * The city sample (issue 19, item 5): a city workspace «город Бишкек» holding the packages of
 * three sample districts, so the city's side can be tried at once. Loading creates the workspace
 * (marked as a sample), then the worker builds, exports and imports the districts; removing
 * deletes the workspace and the territories imported into it, nothing else.
 */
import type { Territory, TerritoryInput } from '../../../shared/schemas/territory';
import { getDb } from '../../db/database';
import { writeTransaction } from '../../db/repository';
import { createTerritory, deleteTerritoryIn } from '../../db/territories';

export const CITY_SAMPLE_TERRITORY: TerritoryInput = {
  name: { ru: 'город Бишкек', ky: 'Бишкек шаары', en: 'Bishkek city' },
  kind: 'city',
  parent: { ru: 'Кыргызская Республика', ky: 'Кыргыз Республикасы', en: 'Kyrgyz Republic' },
  population: 1_145_200,
  office: {
    officeName: {
      ru: 'Мэрия города Бишкек',
      ky: 'Бишкек шаарынын мэриясы',
      en: 'Bishkek Mayor’s Office',
    },
    headName: {
      ru: 'Абдыкеримов Нурбек Жолдошевич',
      ky: 'Абдыкеримов Нурбек Жолдошевич',
      en: 'Nurbek Abdykerimov',
    },
    headPosition: {
      ru: 'Вице-мэр города Бишкек',
      ky: 'Бишкек шаарынын вице-мэри',
      en: 'Deputy Mayor of Bishkek',
    },
  },
};

/** Whether a territory is the city sample's workspace (the sample district is not). */
export function isCitySample(territory: Pick<Territory, 'isSample' | 'kind'>): boolean {
  return territory.isSample && territory.kind === 'city';
}

/** The city sample's workspace, if loaded. */
export async function findCitySample(): Promise<Territory | undefined> {
  return getDb().territories.filter(isCitySample).first();
}

/** Fills a workspace with the sample districts (the worker in the app; the module in tests). */
export type SampleImporter = (
  workspaceId: string,
  onProgress: (done: number, total: number) => void,
) => Promise<unknown>;

/**
 * Creates the city workspace, makes it the current territory and imports the three districts;
 * refuses ('already-loaded') when it is there. On a failure nothing of it stays.
 */
export async function loadCitySample(
  importer: SampleImporter,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<'loaded' | 'already-loaded'> {
  if (await findCitySample()) return 'already-loaded';
  const city = await createTerritory(CITY_SAMPLE_TERRITORY, { isSample: true });
  try {
    await importer(city.id, onProgress);
  } catch (error) {
    await removeCitySample();
    throw error;
  }
  return 'loaded';
}

/** Removes the city workspace and the districts imported into it, in one transaction. */
export async function removeCitySample(): Promise<'removed' | 'not-present'> {
  return writeTransaction('all', async (ctx) => {
    const city = await findCitySample();
    if (!city) return 'not-present';
    const origins = await getDb().exchangeOrigins.where('workspaceId').equals(city.id).toArray();
    for (const origin of origins) await deleteTerritoryIn(ctx, origin.territoryId);
    await deleteTerritoryIn(ctx, city.id);
    return 'removed';
  });
}
