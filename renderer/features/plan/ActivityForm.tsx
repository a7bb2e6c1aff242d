import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activityInputSchema, type ActivityInput, type Timing } from '../../../shared/schemas/plan';
import { useLanguage } from '../../app/useLanguage';
import { useTerritory } from '../../app/territory-context';
import { DateField } from '../../components/DateInput';
import { FormFrame } from '../../components/form/FormFrame';
import { TextareaField } from '../../components/form/fields';
import { useZodForm } from '../../components/form/useZodForm';
import { NumberField } from '../../components/IntegerInput';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { QuarterField } from '../../components/QuarterInput';
import { text } from './format';
import { useGroupOrganisations } from './usePlans';

type TimingKind = 'none' | Timing['kind'];

interface Props {
  initial?: ActivityInput;
  onClose: () => void;
  onSave: (input: ActivityInput) => Promise<unknown>;
}

/** The activity form: title, description, responsible, partners, timing, indicator, notes. */
export function ActivityForm({ initial, onClose, onSave }: Props) {
  const { t } = useTranslation('plan');
  const organisations = useGroupOrganisations(useTerritory().id);
  const lang = useLanguage();
  const form = useZodForm(
    activityInputSchema,
    initial ?? { title: {}, responsible: {}, indicator: {} },
  );
  const { control } = form;
  const timingKind: TimingKind = form.watch('timing')?.kind ?? 'none';
  const setTimingKind = (kind: TimingKind) =>
    form.setValue('timing', kind === 'none' ? undefined : { kind, start: '', end: '' }, {
      shouldDirty: true,
    });
  const TimingField = timingKind === 'dates' ? DateField : QuarterField;

  return (
    <FormFrame
      form={form}
      title={t('fields.activity')}
      size="xl"
      onClose={onClose}
      onSubmit={onSave}
      submitTestId="activity-save"
    >
      <LocalizedTextField
        control={control}
        name="title"
        label={t('fields.activity')}
        required
        testId="activity-title"
      />
      {organisations.length > 0 && (
        <Select
          label={t('fields.pickResponsible')}
          placeholder={t('fields.pickResponsibleHint')}
          searchable
          clearable
          value={null}
          data={organisations.map((org, index) => ({
            value: String(index),
            label: text(org, lang),
          }))}
          onChange={(index) =>
            index !== null &&
            form.setValue('responsible', organisations[Number(index)]!, { shouldDirty: true })
          }
          data-testid="activity-pick-responsible"
        />
      )}
      <LocalizedTextField
        control={control}
        name="responsible"
        label={t('fields.responsible')}
        required
        testId="activity-responsible"
      />
      <LocalizedTextField
        control={control}
        name="partners"
        label={t('fields.partners')}
        testId="activity-partners"
      />
      <LocalizedTextField
        control={control}
        name="description"
        label={t('fields.description')}
        testId="activity-description"
      />
      <Group align="flex-start">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('fields.timing')}
          </Text>
          <SegmentedControl
            value={timingKind}
            onChange={(kind) => setTimingKind(kind as TimingKind)}
            data={[
              { value: 'none', label: t('fields.timingNone') },
              { value: 'dates', label: t('fields.timingDates') },
              { value: 'quarters', label: t('fields.timingQuarters') },
            ]}
            data-testid="activity-timing-kind"
          />
        </Stack>
        {timingKind !== 'none' && (
          <Group key={timingKind} align="flex-start">
            <TimingField
              control={control}
              name="timing.start"
              label={t('fields.start')}
              testId="activity-start"
            />
            <TimingField
              control={control}
              name="timing.end"
              label={t('fields.end')}
              testId="activity-end"
            />
          </Group>
        )}
      </Group>
      <LocalizedTextField
        control={control}
        name="indicator.name"
        label={t('fields.indicator')}
        testId="activity-indicator"
      />
      <Group grow align="flex-start">
        <LocalizedTextField
          control={control}
          name="indicator.unit"
          label={t('fields.indicatorUnit')}
          testId="activity-indicator-unit"
        />
        <NumberField
          control={control}
          name="indicator.baseline"
          label={t('fields.baseline')}
          optional
          testId="activity-baseline"
        />
        <NumberField
          control={control}
          name="indicator.target"
          label={t('fields.target')}
          optional
          testId="activity-target"
        />
      </Group>
      <TextareaField control={control} name="notes" label={t('fields.notes')} />
    </FormFrame>
  );
}
