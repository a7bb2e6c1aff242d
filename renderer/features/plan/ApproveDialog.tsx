import { Alert, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { today } from '../../../shared/format';
import { APPROVAL_BODIES, approvalSchema } from '../../../shared/schemas/plan';
import { useTerritory } from '../../app/territory-context';
import { DateField } from '../../components/DateInput';
import { SelectField, TextField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { approvePlan } from '../../db/plans';
import { shareAfterApproval } from '../exchange/share-after-approval';

/** The approval block: body, position, name, date, number; approving locks the plan. */
export function ApproveDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const territory = useTerritory();
  const form = useZodForm(approvalSchema, {
    body: 'head',
    position: territory.office.headPosition,
    name: territory.office.headName,
    date: today(),
    number: '',
  });
  const { control } = form;
  return (
    <FormFrame
      form={form}
      title={t('approve.title')}
      onClose={onClose}
      onSubmit={async (approval) => {
        const plan = await approvePlan(planId, approval);
        void shareAfterApproval(plan.territoryId, t);
      }}
      submitLabel={t('approve.confirm')}
      submitColor="orange"
      submitTestId="approve-confirm"
    >
      <Alert color="orange">{t('approve.warning')}</Alert>
      <SelectField
        control={control}
        name="body"
        label={t('approve.body')}
        data={APPROVAL_BODIES.map((body) => ({ value: body, label: t(`approve.bodies.${body}`) }))}
        testId="approve-body"
      />
      <LocalizedTextField
        control={control}
        name="position"
        label={t('approve.position')}
        required
        testId="approve-position"
      />
      <LocalizedTextField
        control={control}
        name="name"
        label={t('approve.name')}
        required
        testId="approve-name"
      />
      <Group grow align="flex-start">
        <DateField
          control={control}
          name="date"
          label={t('approve.date')}
          required
          w="auto"
          testId="approve-date"
        />
        <TextField
          control={control}
          name="number"
          label={t('approve.number')}
          required
          testId="approve-number"
        />
      </Group>
    </FormFrame>
  );
}
