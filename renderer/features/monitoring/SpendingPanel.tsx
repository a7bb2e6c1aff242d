import { Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../shared/localized-text';
import type { Expenditure } from '../../../shared/schemas/monitoring';
import { useLanguage } from '../../app/useLanguage';
import { useFunders } from '../plan/usePlans';
import { SpendingLines } from './SpendingLines';
import { ExpenditureForm } from './ExpenditureForm';
import { ExplanationForm } from './ExplanationForm';
import type { LineSourceRow, MonitoringModel } from './model';
import { BreakdownCard, type BreakdownRow } from './SpendingBreakdown';

type Editing =
  | { kind: 'expenditure'; row: LineSourceRow; expenditure?: Expenditure }
  | { kind: 'explanation'; row: LineSourceRow };

/** Planned vs actual per line and source, the expenditures, and the breakdowns with charts. */
export function SpendingPanel({
  model,
  editable,
  periodLabel,
}: {
  model: MonitoringModel;
  editable: boolean;
  periodLabel: string;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const funders = useFunders() ?? [];
  const [editing, setEditing] = useState<Editing | null>(null);
  const funderName = (id: string | null) =>
    id === null
      ? t('spending.noFunder')
      : pickText(funders.find((f) => f.id === id)?.name, lang).text || id;
  const rows = (
    map: Map<string | number | null, BreakdownRow['figures']>,
    label: (k: never) => string,
  ) =>
    [...map].map(([key, figures]) => ({ key: String(key), label: label(key as never), figures }));

  const onAdd = useCallback((row: LineSourceRow) => setEditing({ kind: 'expenditure', row }), []);
  const onExplain = useCallback(
    (row: LineSourceRow) => setEditing({ kind: 'explanation', row }),
    [],
  );
  const onEdit = useCallback(
    (row: LineSourceRow, expenditure: Expenditure) =>
      setEditing({ kind: 'expenditure', row, expenditure }),
    [],
  );

  return (
    <Stack>
      <Text size="sm" c="dimmed" data-testid="spending-period">
        {t('spending.periodNote', { period: periodLabel })}
      </Text>
      <SpendingLines
        model={model}
        editable={editable}
        funderName={funderName}
        onAdd={onAdd}
        onExplain={onExplain}
        onEdit={onEdit}
      />
      <BreakdownCard
        id="source"
        title={t('spending.bySource')}
        rows={rows(model.bySource, (s: string) => t(`plan:sources.${s}`))}
      />
      <BreakdownCard
        id="funder"
        title={t('spending.byFunder')}
        rows={rows(model.byFunder, funderName)}
      />
      <BreakdownCard id="year" title={t('spending.byYear')} rows={rows(model.byYear, String)} />
      <BreakdownCard
        id="code"
        title={t('spending.byCode')}
        rows={rows(model.byCode, (c: string) => c || t('spending.noCode'))}
      />
      {editing?.kind === 'expenditure' && (
        <ExpenditureForm
          plan={model.plan}
          line={editing.row.row.line}
          lineKey={editing.row.lineKey}
          source={editing.row.source}
          expenditure={editing.expenditure}
          funders={funders}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'explanation' && (
        <ExplanationForm
          planId={model.plan.id}
          lineKey={editing.row.lineKey}
          source={editing.row.source}
          initial={editing.row.explanation?.text ?? ''}
          title={`${t('variance.explanation')}: ${pickText(editing.row.row.line.item, lang).text} · ${t(`plan:sources.${editing.row.source}`)}`}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
