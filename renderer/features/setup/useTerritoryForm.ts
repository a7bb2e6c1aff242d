import { territoryInputSchema, type TerritoryInput } from '../../../shared/schemas/territory';
import { useZodForm } from '../../components/form/useZodForm';

/** The territory form (wizard and settings) over the shared territory schema. */
export function useTerritoryForm(defaults?: TerritoryInput) {
  return useZodForm(
    territoryInputSchema,
    defaults ?? {
      name: {},
      parent: {},
      population: Number.NaN,
      office: { officeName: {}, headName: {}, headPosition: {} },
    },
  );
}

export type TerritoryForm = ReturnType<typeof useTerritoryForm>;

export const TERRITORY_STEP_FIELDS = ['name', 'kind', 'parent', 'population'] as const;
