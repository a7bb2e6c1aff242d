import { useTranslation } from 'react-i18next';
import { periodText } from '../../../shared/documents/report-parts';
import { planPeriods } from '../../../shared/domain/reports/period';
import { pickText } from '../../../shared/localized-text';
import type { Funder, Plan } from '../../../shared/schemas/plan';
import {
  NARRATIVE_FIELDS,
  REPORT_KINDS,
  reportInputSchema,
  type Report,
  type ReportInput,
} from '../../../shared/schemas/reports';
import { useLanguage } from '../../app/useLanguage';
import { SelectField, TextareaField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { createReport, updateReport } from '../../db/reports/reports';
import { withoutEmpty } from '../monitoring/clean';

/** A new report, or a draft changed: kind, period, the donor, and the narrative. */
export function ReportForm({
  plan,
  funders,
  report,
  onClose,
}: {
  plan: Plan;
  funders: Funder[];
  report?: Report;
  onClose: () => void;
}) {
  const { t } = useTranslation('reports');
  const lang = useLanguage();
  const form = useZodForm(reportInputSchema, {
    kind: report?.kind ?? 'council',
    period: report?.period ?? `${plan.startYear}-H1`,
    funderId: report?.funderId,
    achievements: report?.achievements ?? '',
    difficulties: report?.difficulties ?? '',
    nextPeriod: report?.nextPeriod ?? '',
  });
  const kind = form.watch('kind');
  const save = (input: ReportInput) => {
    const clean = withoutEmpty({
      ...input,
      funderId: input.kind === 'donor' ? input.funderId : undefined,
    });
    return report ? updateReport(report.id, clean) : createReport(plan.id, clean);
  };
  return (
    <FormFrame
      form={form}
      title={t(report ? 'panel.edit' : 'panel.add')}
      onClose={onClose}
      onSubmit={save}
      submitTestId="report-save"
    >
      <SelectField
        control={form.control}
        name="kind"
        label={t('panel.kind')}
        required
        data={REPORT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        testId="report-kind"
      />
      <SelectField
        control={form.control}
        name="period"
        label={t('panel.period')}
        required
        data={planPeriods(plan.startYear, plan.endYear).map((p) => ({
          value: p,
          label: periodText(p, lang),
        }))}
        testId="report-period"
      />
      {kind === 'donor' && (
        <SelectField
          control={form.control}
          name="funderId"
          label={t('panel.funder')}
          required
          searchable
          data={funders.map((f) => ({ value: f.id, label: pickText(f.name, lang).text }))}
          testId="report-funder"
        />
      )}
      {NARRATIVE_FIELDS.map((field) => (
        <TextareaField
          key={field}
          control={form.control}
          name={field}
          label={t(`document.narrative.${field}`)}
          minRows={3}
          maxLength={8000}
          testId={`report-${field}`}
        />
      ))}
    </FormFrame>
  );
}
