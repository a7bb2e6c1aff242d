import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Territory } from '../../../shared/schemas/territory';
import { FormFrame } from '../../components/form/FormFrame';
import { updateTerritory } from '../../db/territories';
import { TerritoryFields } from '../setup/TerritoryFields';
import { useTerritoryForm } from '../setup/useTerritoryForm';

/** Edits the current territory and the office's details printed on documents. */
export function OfficeForm({ territory }: { territory: Territory }) {
  const { t } = useTranslation('settings');
  const form = useTerritoryForm({
    name: territory.name,
    kind: territory.kind,
    parent: territory.parent,
    population: territory.population,
    office: territory.office,
  });
  return (
    <FormFrame
      form={form}
      variant="inline"
      autoFocus={false}
      onSubmit={async (input) => {
        await updateTerritory(territory.id, input);
        notifications.show({ message: t('common:saved'), color: 'teal' });
      }}
      submitDisabled={!form.formState.isDirty}
      submitTestId="office-save"
    >
      <TerritoryFields part="territory" control={form.control} />
      <TerritoryFields part="office" control={form.control} />
    </FormFrame>
  );
}
