import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Territory } from '../../../shared/schemas/territory';
import { updateTerritory } from '../../db/territories';
import { TerritoryFields } from '../setup/TerritoryFields';
import { useTerritoryForm } from '../setup/useTerritoryForm';

/** Edits the current territory and the office's details printed on documents. */
export function OfficeForm({ territory }: { territory: Territory }) {
  const { t } = useTranslation('settings');
  const { control, formState, handleSubmit, reset } = useTerritoryForm({
    name: territory.name,
    kind: territory.kind,
    parent: territory.parent,
    population: territory.population,
    office: territory.office,
  });
  const save = handleSubmit(async (input) => {
    const saved = await updateTerritory(territory.id, input);
    reset(input);
    notifications.show({ message: t('common:saved'), color: 'teal' });
    return saved;
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack>
        <TerritoryFields part="territory" control={control} errors={formState.errors} />
        <TerritoryFields part="office" control={control} errors={formState.errors} />
        <Group>
          <Button
            type="submit"
            disabled={!formState.isDirty}
            loading={formState.isSubmitting}
            data-testid="office-save"
          >
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
