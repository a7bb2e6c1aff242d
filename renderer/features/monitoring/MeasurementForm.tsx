import { useTranslation } from 'react-i18next';
import { today } from '../../../shared/format';
import {
  indicatorMeasurementInputSchema,
  MEASUREMENT_SOURCES,
  type IndicatorMeasurementInput,
  type MeasurementRecord,
} from '../../../shared/schemas/monitoring';
import { DateField } from '../../components/DateInput';
import { NumberField } from '../../components/IntegerInput';
import { SelectField, TextareaField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { addMeasurement, updateMeasurement } from '../../db/monitoring/measurements';
import { withoutEmpty } from './clean';

/**
 * A dated value of an indicator, with its source and a note: a new value of an activity's
 * indicator (`activityKey`), or a recorded value (of an activity or an outcome) being changed.
 */
export function MeasurementForm({
  planId,
  activityKey,
  measurement,
  title,
  onClose,
}: {
  planId: string;
  activityKey?: string;
  measurement?: MeasurementRecord;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const form = useZodForm(indicatorMeasurementInputSchema, {
    date: measurement?.date ?? today(),
    value: measurement?.value ?? Number.NaN,
    source: measurement?.source ?? 'police',
    note: measurement?.note ?? '',
  });
  return (
    <FormFrame
      form={form}
      title={title}
      onClose={onClose}
      onSubmit={(input: IndicatorMeasurementInput) =>
        measurement
          ? updateMeasurement(planId, measurement.id, withoutEmpty(input))
          : addMeasurement(planId, activityKey!, withoutEmpty(input))
      }
      submitTestId="measurement-save"
    >
      <DateField
        control={form.control}
        name="date"
        label={t('indicators.date')}
        required
        testId="measurement-date"
      />
      <NumberField
        control={form.control}
        name="value"
        label={t('indicators.value')}
        required
        w={160}
        testId="measurement-value"
      />
      <SelectField
        control={form.control}
        name="source"
        label={t('indicators.source')}
        required
        data={MEASUREMENT_SOURCES.map((s) => ({ value: s, label: t(`measurementSource.${s}`) }))}
        testId="measurement-source"
      />
      <TextareaField
        control={form.control}
        name="note"
        label={t('indicators.note')}
        minRows={2}
        maxLength={2000}
        testId="measurement-note"
      />
    </FormFrame>
  );
}
