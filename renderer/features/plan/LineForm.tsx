import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lineProblems,
  lineTotal,
  sharesFromPercents,
  SOURCES,
  sumShares,
  type Source,
} from '../../../shared/domain/budget';
import {
  budgetLineInputSchema,
  yearProblem,
  type BudgetLine,
  type BudgetLineInput,
  type Plan,
} from '../../../shared/schemas/plan';
import { errorText } from '../../app/errors';
import { useLanguage } from '../../app/useLanguage';
import { CheckboxField, MultiSelectField, TextField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { NumberField } from '../../components/IntegerInput';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { MoneyField } from '../../components/MoneyInput';
import { QuantityField } from '../../components/QuantityInput';
import { money, text } from './format';
import { lineDefaults } from './line-input';
import { useFunders } from './usePlans';

interface Props {
  plan: Plan;
  line?: BudgetLine;
  /** The activity's default funders, which a new line starts with. */
  defaultFunderIds?: Record<Source, string[]>;
  onClose: () => void;
  onSave: (input: BudgetLineInput) => Promise<unknown>;
}

/** Total and funded sum of what is typed so far, or null while an amount is not a valid number. */
function liveFigures(input: BudgetLineInput) {
  const amountsOk =
    Number.isSafeInteger(input.quantityMilli) &&
    Number.isSafeInteger(input.unitCostTyiyn) &&
    !lineProblems({ ...input, shares: { localBudget: 0, business: 0, donors: 0, residents: 0 } })
      .length;
  const total = amountsOk ? lineTotal(input.quantityMilli, input.unitCostTyiyn) : null;
  const funded = SOURCES.every((s) => Number.isSafeInteger(input.shares[s]))
    ? sumShares(input.shares)
    : null;
  return { total, funded };
}

/** One budget line: item, unit, quantity × unit cost, year, code, shares per source with funders; live total and unfunded. */
export function LineForm({ plan, line, defaultFunderIds, onClose, onSave }: Props) {
  const { t } = useTranslation('plan');
  const lang = useLanguage();
  const funders = useFunders() ?? [];
  const schema = useMemo(
    () =>
      budgetLineInputSchema.refine((l) => !yearProblem(l.year, plan), {
        path: ['year'],
        message: 'plan:errors.yearOutsidePeriod',
        when: () => true,
      }),
    [plan],
  );
  const form = useZodForm(schema, lineDefaults(line, plan.startYear, defaultFunderIds));
  const { control } = form;
  const [percents, setPercents] = useState<Partial<Record<Source, number>>>({});
  const { total, funded } = liveFigures(form.watch() as BudgetLineInput);
  const sharesError = errorText(t, form.formState.errors.shares?.message);
  const funderOptions = funders.map((f) => ({ value: f.id, label: text(f.name, lang) }));

  return (
    <FormFrame
      form={form}
      title={t('line.title')}
      size="xl"
      onClose={onClose}
      onSubmit={onSave}
      submitTestId="line-save"
    >
      <LocalizedTextField
        control={control}
        name="item"
        label={t('fields.item')}
        required
        testId="line-item"
      />
      <SimpleGrid cols={4}>
        <LocalizedTextField
          control={control}
          name="unit"
          label={t('fields.unit')}
          required
          testId="line-unit"
        />
        <QuantityField
          control={control}
          name="quantityMilli"
          label={t('fields.quantity')}
          required
          testId="line-quantity"
        />
        <MoneyField
          control={control}
          name="unitCostTyiyn"
          label={t('fields.unitCost')}
          required
          testId="line-unit-cost"
        />
        <NumberField
          control={control}
          name="year"
          label={t('fields.year')}
          required
          testId="line-year"
        />
      </SimpleGrid>
      <Alert
        color={total !== null && funded !== null && total - funded > 0 ? 'orange' : 'teal'}
        data-testid="line-live"
      >
        {total === null || funded === null
          ? '—'
          : t('line.liveTotal', {
              total: money(total, lang),
              unfunded: money(Math.max(0, total - funded), lang),
            })}
      </Alert>
      <SimpleGrid cols={2}>
        {SOURCES.map((source) => (
          <Stack key={source} gap={4}>
            <MoneyField
              control={control}
              name={`shares.${source}`}
              label={t('line.shareOf', { source: t(`sources.${source}`) })}
              emptyValue={0}
              blankZero
              testId={`line-share-${source}`}
            />
            <MultiSelectField
              control={control}
              name={`funderIds.${source}`}
              label={`${t(`sources.${source}`)} — ${t('fields.funders')}`}
              placeholder={t('fields.funders')}
              data={funderOptions}
              testId={`line-funders-${source}`}
            />
          </Stack>
        ))}
      </SimpleGrid>
      {sharesError && (
        <Text c="red" size="sm" role="alert" data-testid="line-shares-error">
          {sharesError}
        </Text>
      )}
      <Group align="flex-end">
        <Text size="sm">{t('line.percentHelper')}</Text>
        {SOURCES.map((source) => (
          <NumberInput
            key={source}
            w={110}
            size="xs"
            label={t(`sources.${source}`)}
            suffix="%"
            min={0}
            max={100}
            decimalScale={2}
            value={percents[source] ?? ''}
            onChange={(v) =>
              setPercents({ ...percents, [source]: typeof v === 'number' ? v : undefined })
            }
          />
        ))}
        <Button
          size="xs"
          variant="default"
          disabled={total === null || SOURCES.reduce((s, k) => s + (percents[k] ?? 0), 0) > 100}
          onClick={() =>
            total !== null &&
            form.setValue('shares', sharesFromPercents(total, percents), {
              shouldDirty: true,
              shouldValidate: form.formState.isSubmitted,
            })
          }
        >
          {t('line.apply')}
        </Button>
      </Group>
      <Group grow>
        <TextField
          control={control}
          name="classificationCode"
          label={t('fields.classificationCode')}
          testId="line-code"
        />
        <CheckboxField
          control={control}
          name="residentsInKind"
          label={t('fields.inKind')}
          testId="line-in-kind"
        />
      </Group>
    </FormFrame>
  );
}
