import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TERRITORY_KINDS } from '../../../shared/schemas/territory';
import { SelectField } from '../../components/form/fields';
import { NumberField } from '../../components/IntegerInput';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import type { TerritoryForm } from './useTerritoryForm';

type Part = 'territory' | 'office';
type Localized =
  'name' | 'parent' | 'office.officeName' | 'office.headName' | 'office.headPosition';

/** The territory's or the office's fields, shared by the first-run wizard and Settings. */
export function TerritoryFields({
  part,
  control,
}: {
  part: Part;
  control: TerritoryForm['control'];
}) {
  const { t } = useTranslation('territory');
  const localized = (name: Localized, label: string, hint?: string) => (
    <LocalizedTextField
      control={control}
      name={name}
      label={label}
      description={hint}
      required
      testId={name.replace('.', '-')}
      maxLength={2000}
    />
  );

  if (part === 'office') {
    return (
      <Stack>
        {localized('office.officeName', t('officeName'), t('officeNameHint'))}
        {localized('office.headPosition', t('headPosition'), t('headPositionHint'))}
        {localized('office.headName', t('headName'))}
      </Stack>
    );
  }
  return (
    <Stack>
      {localized('name', t('name'), t('nameHint'))}
      <SelectField
        control={control}
        name="kind"
        label={t('kind')}
        required
        data={TERRITORY_KINDS.map((kind) => ({ value: kind, label: t(`common:kinds.${kind}`) }))}
        testId="kind"
      />
      {localized('parent', t('parent'), t('parentHint'))}
      <NumberField
        control={control}
        name="population"
        label={t('population')}
        description={t('populationHint')}
        required
        testId="population"
      />
    </Stack>
  );
}
