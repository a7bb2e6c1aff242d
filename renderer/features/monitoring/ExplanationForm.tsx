import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Source } from '../../../shared/domain/budget';
import { optionalText } from '../../../shared/schemas/common';
import { TextareaField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { setVarianceExplanation } from '../../db/monitoring/expenditures';

const explanationSchema = z.object({ text: optionalText(4000) });

/** Why a line's spending from a source differs from its plan by more than 10 % (empty removes it). */
export function ExplanationForm({
  planId,
  lineKey,
  source,
  initial,
  title,
  onClose,
}: {
  planId: string;
  lineKey: string;
  source: Source;
  initial: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const form = useZodForm(explanationSchema, { text: initial });
  return (
    <FormFrame
      form={form}
      title={title}
      onClose={onClose}
      onSubmit={({ text }) => setVarianceExplanation(planId, lineKey, source, text ?? '')}
      submitTestId="explanation-save"
    >
      <TextareaField
        control={form.control}
        name="text"
        label={t('variance.explanation')}
        description={t('variance.hint')}
        minRows={3}
        maxLength={4000}
        testId="explanation-text"
      />
    </FormFrame>
  );
}
