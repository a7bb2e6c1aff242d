import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { today } from '../../../shared/format';
import { dateSchema, requiredText } from '../../../shared/schemas/common';
import { DateField } from '../../components/DateInput';
import { TextareaField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { newVersion } from '../../db/plans';

const versionSchema = z.object({ note: requiredText(2000), date: dateSchema });

/** Makes a new editable version of a locked plan with a dated change note. */
export function NewVersionDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const [, navigate] = useLocation();
  const form = useZodForm(versionSchema, { note: '', date: today() });
  return (
    <FormFrame
      form={form}
      title={t('editor.newVersion')}
      onClose={onClose}
      closeOnSave={false}
      onSubmit={async ({ note, date }) => {
        const created = await newVersion(planId, note, date);
        onClose();
        navigate(`/plan/${created.id}`);
      }}
      submitLabel={t('editor.newVersion')}
      submitTestId="version-confirm"
    >
      <TextareaField
        control={form.control}
        name="note"
        label={t('editor.changeNote')}
        required
        minRows={3}
        maxLength={2000}
        testId="version-note"
      />
      <DateField
        control={form.control}
        name="date"
        label={t('editor.changeDate')}
        required
        testId="version-date"
      />
    </FormFrame>
  );
}
