import { Select, Stack } from '@mantine/core';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TERRITORY_KINDS, type TerritoryInput } from '../../../shared/schemas/territory';
import { errorText } from '../../app/errors';
import { IntegerInput } from '../../components/IntegerInput';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';

type Part = 'territory' | 'office';

function nestedError(errors: FieldErrors<TerritoryInput>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  const direct = (node as { message?: string } | undefined)?.message;
  if (direct) return direct;
  // A too-long text is reported on the language field (name.ru), required on the object (name).
  for (const lang of ['ru', 'ky', 'en']) {
    const message = (node as Record<string, { message?: string }> | undefined)?.[lang]?.message;
    if (message) return message;
  }
  return undefined;
}

/** The territory's or the office's fields, shared by the first-run wizard and Settings. */
export function TerritoryFields({
  part,
  control,
  errors,
}: {
  part: Part;
  control: Control<TerritoryInput>;
  errors: FieldErrors<TerritoryInput>;
}) {
  const { t } = useTranslation('territory');
  const err = (path: string) => errorText(t, nestedError(errors, path));

  const localized = (
    name: 'name' | 'parent' | 'office.officeName' | 'office.headName' | 'office.headPosition',
    label: string,
    hint?: string,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <LocalizedTextInput
          label={label}
          description={hint}
          required
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={err(name)}
          testId={name.replace('.', '-')}
          maxLength={2000}
        />
      )}
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
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <Select
            label={t('kind')}
            required
            data={TERRITORY_KINDS.map((kind) => ({
              value: kind,
              label: t(`common:kinds.${kind}`),
            }))}
            value={field.value ?? null}
            onChange={(value) => field.onChange(value ?? undefined)}
            error={err('kind')}
            allowDeselect={false}
            data-testid="kind"
          />
        )}
      />
      {localized('parent', t('parent'), t('parentHint'))}
      <Controller
        control={control}
        name="population"
        render={({ field }) => (
          <IntegerInput
            label={t('population')}
            description={t('populationHint')}
            required
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={err('population')}
            testId="population"
          />
        )}
      />
    </Stack>
  );
}
