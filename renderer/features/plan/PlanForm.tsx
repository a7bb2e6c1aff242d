import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { planInputSchema, type PlanInput } from '../../../shared/schemas/plan';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { NumberField } from '../../components/IntegerInput';
import { LocalizedTextField } from '../../components/LocalizedTextInput';

interface Props {
  title: string;
  hint?: string;
  initial: PlanInput;
  onClose: () => void;
  onSave: (input: PlanInput) => Promise<void>;
}

/** Title and period of a plan (create, edit, copy from a previous cycle). */
export function PlanForm({ title, hint, initial, onClose, onSave }: Props) {
  const { t } = useTranslation('plan');
  const form = useZodForm(planInputSchema, initial);
  const { control } = form;
  return (
    <FormFrame
      form={form}
      title={title}
      onClose={onClose}
      onSubmit={onSave}
      submitTestId="plan-save"
    >
      {hint && <Text size="sm">{hint}</Text>}
      <LocalizedTextField
        control={control}
        name="title"
        label={t('fields.title')}
        required
        testId="plan-title"
      />
      <Group grow>
        <NumberField
          control={control}
          name="startYear"
          label={t('fields.startYear')}
          required
          testId="plan-start-year"
        />
        <NumberField
          control={control}
          name="endYear"
          label={t('fields.endYear')}
          required
          testId="plan-end-year"
        />
      </Group>
    </FormFrame>
  );
}
