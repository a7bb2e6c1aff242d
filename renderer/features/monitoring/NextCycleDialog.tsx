/* «Начать следующий цикл»: asks for the next plan's title and period, says what it will make. */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { nextCyclePeriod } from '../../../shared/domain/monitoring/cycle';
import { planInputSchema, type Plan } from '../../../shared/schemas/plan';
import { NumberField } from '../../components/IntegerInput';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { startNextCycle } from '../../db/monitoring/cycle';

/** The old title with its years moved to the new period (a title without them stays). */
function nextTitle(plan: Plan, startYear: number, endYear: number): Plan['title'] {
  const move = (text?: string) =>
    text
      ?.replace(String(plan.endYear), String(endYear))
      .replace(String(plan.startYear), String(startYear));
  return { ru: move(plan.title.ru), ky: move(plan.title.ky), en: move(plan.title.en) };
}

export function NextCycleDialog({
  plan,
  carried,
  onClose,
}: {
  plan: Plan;
  /** Activities going into the draft. */
  carried: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('assessment');
  const [, navigate] = useLocation();
  const period = nextCyclePeriod(plan);
  const form = useZodForm(planInputSchema, {
    title: nextTitle(plan, period.startYear, period.endYear),
    ...period,
  });
  return (
    <FormFrame
      form={form}
      title={t('next.title')}
      onClose={onClose}
      closeOnSave={false}
      onSubmit={async (input) => {
        const created = await startNextCycle(plan.id, input);
        onClose();
        navigate(`/plan/${created.id}`);
      }}
      submitLabel={t('next.confirm')}
      submitTestId="next-cycle-confirm"
    >
      <Alert color="blue" data-testid="next-cycle-explain">
        {t('next.explain', { count: carried })}
      </Alert>
      <LocalizedTextField
        control={form.control}
        name="title"
        label={t('next.planTitle')}
        required
        maxLength={1000}
        testId="next-cycle-title"
      />
      <NumberField
        control={form.control}
        name="startYear"
        label={t('next.startYear')}
        required
        w={140}
        testId="next-cycle-start"
      />
      <NumberField
        control={form.control}
        name="endYear"
        label={t('next.endYear')}
        required
        w={140}
        testId="next-cycle-end"
      />
    </FormFrame>
  );
}
