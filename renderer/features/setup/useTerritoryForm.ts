import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { territoryInputSchema, type TerritoryInput } from '../../../shared/schemas/territory';

/** A react-hook-form over the shared territory schema; errors are i18n keys. */
export function useTerritoryForm(defaults?: TerritoryInput) {
  return useForm<TerritoryInput>({
    resolver: zodResolver(territoryInputSchema),
    mode: 'onTouched',
    defaultValues: defaults ?? {
      name: {},
      parent: {},
      population: Number.NaN,
      office: { officeName: {}, headName: {}, headPosition: {} },
    },
  });
}

export const TERRITORY_STEP_FIELDS = ['name', 'kind', 'parent', 'population'] as const;
