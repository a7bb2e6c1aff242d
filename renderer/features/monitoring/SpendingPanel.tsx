import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { realised } from '../../../shared/domain/monitoring/spending';
import { pickText } from '../../../shared/localized-text';
import type { Expenditure } from '../../../shared/schemas/monitoring';
import { useLanguage } from '../../app/useLanguage';
import { HeadRow } from './parts';
import { useFunders } from '../plan/usePlans';
import { ExpendituresList } from './ExpendituresList';
import { ExpenditureForm } from './ExpenditureForm';
import { ExplanationForm } from './ExplanationForm';
import { moneyText, shareText } from './format';
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
  const [open, setOpen] = useState<string | null>(null);
  const funderName = (id: string | null) =>
    id === null
      ? t('spending.noFunder')
      : pickText(funders.find((f) => f.id === id)?.name, lang).text || id;
  const rows = (
    map: Map<string | number | null, BreakdownRow['figures']>,
    label: (k: never) => string,
  ) =>
    [...map].map(([key, figures]) => ({ key: String(key), label: label(key as never), figures }));

  return (
    <Stack>
      <Text size="sm" c="dimmed" data-testid="spending-period">
        {t('spending.periodNote', { period: periodLabel })}
      </Text>
      <Table withTableBorder fz="sm" data-testid="spending-lines">
        <HeadRow
          labels={[
            t('spending.line'),
            t('expenditure.source'),
            t('spending.planned'),
            t('spending.spentInPeriod'),
            t('spending.cumulative'),
            t('spending.realised'),
            '',
          ]}
        />
        <Table.Tbody>
          {model.lineSources.map((row) => {
            const id = `${row.lineKey}|${row.source}`;
            const { figures } = row;
            const list = (model.expenditures.get(row.lineKey) ?? []).filter(
              (e) => e.source === row.source,
            );
            return (
              <Fragment key={id}>
                <Table.Tr
                  data-testid="spending-line"
                  data-line={row.lineKey}
                  data-source={row.source}
                >
                  <Table.Td>
                    <Text size="sm">{`${row.row.number}. ${pickText(row.row.line.item, lang).text}`}</Text>
                    <Text size="xs" c="dimmed">
                      {`${row.row.activityNumber} · ${row.row.line.year}${row.row.line.classificationCode ? ` · ${row.row.line.classificationCode}` : ''}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`plan:sources.${row.source}`)}</Table.Td>
                  <Table.Td data-testid="line-planned">{moneyText(figures.planned, lang)}</Table.Td>
                  <Table.Td data-testid="line-spent">{moneyText(figures.spent, lang)}</Table.Td>
                  <Table.Td data-testid="line-cumulative">
                    {moneyText(figures.cumulative, lang)}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm">{shareText(realised(figures), lang)}</Text>
                      {row.overspent && (
                        <Badge color="red" size="sm" data-testid="line-overspent">
                          {t('spending.overspent')}
                        </Badge>
                      )}
                      {row.needsExplanation && (
                        <Badge
                          color={row.explanation ? 'gray' : 'orange'}
                          size="sm"
                          variant="light"
                          data-testid="line-variance"
                        >
                          {t(row.explanation ? 'variance.explained' : 'variance.needed')}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {editable && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setEditing({ kind: 'expenditure', row })}
                          data-testid="expenditure-add"
                        >
                          {t('expenditure.add')}
                        </Button>
                      )}
                      {editable && row.needsExplanation && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing({ kind: 'explanation', row })}
                          data-testid="explanation-edit"
                        >
                          {t('variance.explain')}
                        </Button>
                      )}
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-expanded={open === id}
                        onClick={() => setOpen(open === id ? null : id)}
                        data-testid="expenditures-toggle"
                      >
                        {t('spending.records', { count: list.length })}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {row.explanation && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text
                        size="xs"
                        data-testid="line-explanation"
                      >{`${t('variance.explanation')}: ${row.explanation.text}`}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {open === id && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <ExpendituresList
                        planId={model.plan.id}
                        list={list}
                        editable={editable}
                        funderName={funderName}
                        onEdit={(expenditure) =>
                          setEditing({ kind: 'expenditure', row, expenditure })
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
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
