import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_STATUSES,
  activityProgressInputSchema,
  DEFAULT_PROGRESS,
  STATUSES_WITH_REASON,
  type ActivityProgressInput,
} from '../../../shared/schemas/monitoring';
import { DateField } from '../../components/DateInput';
import { NumberField } from '../../components/IntegerInput';
import { SelectField, TextareaField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { setActivityProgress } from '../../db/monitoring/progress';
import { withoutEmpty } from './clean';
import type { ActivityRow } from './model';

/** The state of one activity: status (with its default percent), percent, actual dates, reason. */
export function ProgressForm({
  planId,
  row,
  title,
  onClose,
}: {
  planId: string;
  row: ActivityRow;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const stored = row.progress;
  const form = useZodForm(activityProgressInputSchema, {
    status: stored?.status ?? 'planned',
    percent: stored?.percent ?? 0,
    actualStart: stored?.actualStart,
    actualEnd: stored?.actualEnd,
    reason: stored?.reason ?? '',
    correctiveAction: stored?.correctiveAction ?? '',
  });
  // A status the clerk picks proposes its percentage; the clerk may change it after.
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      if (name === 'status' && values.status)
        form.setValue('percent', DEFAULT_PROGRESS[values.status], { shouldDirty: true });
    });
    return () => subscription.unsubscribe();
  }, [form]);
  const status = form.watch('status');
  const needsReason = STATUSES_WITH_REASON.includes(status);
  return (
    <FormFrame
      form={form}
      title={title}
      onClose={onClose}
      onSubmit={(input: ActivityProgressInput) =>
        setActivityProgress(
          planId,
          row.key,
          withoutEmpty(
            needsReason ? input : { ...input, reason: undefined, correctiveAction: undefined },
          ),
        )
      }
      submitTestId="progress-save"
    >
      <SelectField
        control={form.control}
        name="status"
        label={t('progress.status')}
        required
        data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        testId="progress-status"
      />
      <NumberField
        control={form.control}
        name="percent"
        label={t('progress.percent')}
        required
        w={120}
        testId="progress-percent"
      />
      <DateField
        control={form.control}
        name="actualStart"
        label={t('progress.actualStart')}
        optional
        testId="progress-start"
      />
      <DateField
        control={form.control}
        name="actualEnd"
        label={t('progress.actualEnd')}
        optional
        testId="progress-end"
      />
      {needsReason && (
        <>
          <TextareaField
            control={form.control}
            name="reason"
            label={t('progress.reason')}
            required
            minRows={2}
            maxLength={2000}
            testId="progress-reason"
          />
          <TextareaField
            control={form.control}
            name="correctiveAction"
            label={t('progress.correctiveAction')}
            required
            minRows={2}
            maxLength={2000}
            testId="progress-corrective"
          />
        </>
      )}
    </FormFrame>
  );
}
