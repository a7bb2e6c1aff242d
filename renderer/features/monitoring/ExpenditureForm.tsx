import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCES, type Source } from '../../../shared/domain/budget';
import { quarterOf } from '../../../shared/domain/monitoring/schedule';
import { today } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import {
  DOCUMENT_TYPES,
  expenditureInputSchema,
  IN_KIND_SOURCES,
  type Expenditure,
  type ExpenditureInput,
} from '../../../shared/schemas/monitoring';
import type { BudgetLine, Funder, Plan } from '../../../shared/schemas/plan';
import { useLanguage } from '../../app/useLanguage';
import { DateField } from '../../components/DateInput';
import { CheckboxField, SelectField, TextField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { MoneyField } from '../../components/MoneyInput';
import { QuarterField } from '../../components/QuarterInput';
import { addExpenditure, updateExpenditure } from '../../db/monitoring/expenditures';
import { withoutEmpty } from './clean';

/** A date of the plan's period near today, for a new record. */
function defaultDate(plan: Plan): string {
  const day = today();
  if (day < `${plan.startYear}-01-01`) return `${plan.startYear}-01-01`;
  if (day > `${plan.endYear}-12-31`) return `${plan.endYear}-12-31`;
  return day;
}

/** Money spent (or given in kind) against one budget line: amount, funder, quarter, document. */
export function ExpenditureForm({
  plan,
  line,
  lineKey,
  source,
  expenditure,
  funders,
  onClose,
}: {
  plan: Plan;
  line: BudgetLine;
  lineKey: string;
  source: Source;
  expenditure?: Expenditure;
  funders: Funder[];
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const date = expenditure?.date ?? defaultDate(plan);
  const lineFunders = (s: Source) => line.funderIds[s];
  const form = useZodForm(expenditureInputSchema, {
    date,
    amountTyiyn: expenditure?.amountTyiyn ?? Number.NaN,
    source: expenditure?.source ?? source,
    inKind: expenditure?.inKind ?? (source === 'residents' && line.residentsInKind),
    payee: expenditure?.payee ?? '',
    funderId:
      expenditure?.funderId ??
      (lineFunders(source).length === 1 ? lineFunders(source)[0] : undefined),
    quarter: expenditure?.quarter ?? quarterOf(date),
    document: expenditure?.document ?? {
      type: source === 'residents' && line.residentsInKind ? 'actInKind' : 'paymentOrder',
      number: '',
    },
  });
  const chosen = form.watch('source');
  const inKind = form.watch('inKind');
  // Another source offers its own funders; a source that cannot give in kind gives cash.
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      if (name !== 'source' || !values.source) return;
      const ids = lineFunders(values.source);
      form.setValue('funderId', ids.length === 1 ? ids[0] : undefined);
      if (!IN_KIND_SOURCES.includes(values.source)) form.setValue('inKind', false);
    });
    return () => subscription.unsubscribe();
  });
  const funderOptions = lineFunders(chosen).map((id) => ({
    value: id,
    label: pickText(funders.find((f) => f.id === id)?.name, lang).text || id,
  }));
  const save = (input: ExpenditureInput) => {
    const clean = { ...withoutEmpty(input), document: withoutEmpty(input.document) };
    return expenditure
      ? updateExpenditure(plan.id, expenditure.id, clean)
      : addExpenditure(plan.id, lineKey, clean);
  };
  return (
    <FormFrame
      form={form}
      title={`${t(expenditure ? 'expenditure.edit' : 'expenditure.add')}: ${pickText(line.item, lang).text}`}
      onClose={onClose}
      onSubmit={save}
      submitTestId="expenditure-save"
    >
      <DateField
        control={form.control}
        name="date"
        label={t('expenditure.date')}
        required
        testId="expenditure-date"
      />
      <MoneyField
        control={form.control}
        name="amountTyiyn"
        label={t(inKind ? 'expenditure.valuation' : 'expenditure.amount')}
        required
        testId="expenditure-amount"
      />
      <SelectField
        control={form.control}
        name="source"
        label={t('expenditure.source')}
        required
        data={SOURCES.map((s) => ({ value: s, label: t(`plan:sources.${s}`) }))}
        testId="expenditure-source"
      />
      {IN_KIND_SOURCES.includes(chosen) && (
        <CheckboxField
          control={form.control}
          name="inKind"
          label={t('expenditure.inKind')}
          testId="expenditure-in-kind"
        />
      )}
      <SelectField
        clearable
        control={form.control}
        name="funderId"
        label={t('expenditure.funder')}
        placeholder={t('expenditure.noFunder')}
        data={funderOptions}
        testId="expenditure-funder"
      />
      <TextField
        control={form.control}
        name="payee"
        label={t('expenditure.payee')}
        maxLength={500}
        testId="expenditure-payee"
      />
      <QuarterField
        control={form.control}
        name="quarter"
        label={t('expenditure.quarter')}
        required
        years={[plan.startYear, plan.endYear]}
        testId="expenditure-quarter"
      />
      <SelectField
        control={form.control}
        name="document.type"
        label={t('document.type')}
        required
        data={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documentType.${d}`) }))}
        testId="expenditure-document-type"
      />
      <TextField
        control={form.control}
        name="document.number"
        label={t('document.number')}
        required={!inKind}
        maxLength={50}
        testId="expenditure-document-number"
      />
      <DateField
        control={form.control}
        name="document.date"
        label={t('document.date')}
        optional
        testId="expenditure-document-date"
      />
      <TextField
        control={form.control}
        name="document.note"
        label={t('document.note')}
        maxLength={500}
        testId="expenditure-document-note"
      />
    </FormFrame>
  );
}
