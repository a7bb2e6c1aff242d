import { Badge, Group, Loader, Paper, SegmentedControl, Table, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  overspent,
  realised,
  type ExecutionFigures,
} from '../../../shared/domain/monitoring/spending';
import { formatNumber } from '../../../shared/format';
import { useLanguage } from '../../app/useLanguage';
import { HeadRow } from './parts';
import { moneyText, shareText } from './format';

const SpendingChart = lazy(() => import('./SpendingChart'));

export interface BreakdownRow {
  key: string;
  label: string;
  figures: ExecutionFigures;
}

/** Planned, spent in the period, cumulative (with in kind apart) and realised, one row per key. */
export function FiguresTable({ rows, testId }: { rows: BreakdownRow[]; testId: string }) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  return (
    <Table withTableBorder withColumnBorders fz="sm" data-testid={testId}>
      <HeadRow
        labels={[
          '',
          t('spending.planned'),
          t('spending.spentInPeriod'),
          t('spending.cumulative'),
          t('spending.inKind'),
          t('spending.realised'),
        ]}
      />
      <Table.Tbody>
        {rows.map(({ key, label, figures }) => (
          <Table.Tr key={key} data-testid={`${testId}-row`} data-key={key}>
            <Table.Th scope="row">{label}</Table.Th>
            <Table.Td data-testid="figure-planned">{moneyText(figures.planned, lang)}</Table.Td>
            <Table.Td data-testid="figure-spent">{moneyText(figures.spent, lang)}</Table.Td>
            <Table.Td data-testid="figure-cumulative">
              {moneyText(figures.cumulative, lang)}
            </Table.Td>
            <Table.Td>{moneyText(figures.cumulativeInKind, lang)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                {shareText(realised(figures), lang)}
                {overspent(figures) && (
                  <Badge color="red" size="xs" data-testid="overspent">
                    {t('spending.overspent')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One breakdown as a chart (on demand) with its table view. */
export function BreakdownCard({
  title,
  rows,
  id,
}: {
  title: string;
  rows: BreakdownRow[];
  id: string;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const [view, setView] = useState('table');
  return (
    <Paper withBorder p="md" data-testid={`breakdown-${id}`}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{title}</Title>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={setView}
          data-testid={`breakdown-view-${id}`}
          data={[
            { value: 'chart', label: t('spending.showChart') },
            { value: 'table', label: t('spending.showTable') },
          ]}
        />
      </Group>
      {view === 'chart' ? (
        <Suspense fallback={<Loader />}>
          <div data-testid={`breakdown-chart-${id}`} role="img" aria-label={title}>
            <SpendingChart
              rows={rows.map((r) => ({
                name: r.label,
                planned: r.figures.planned / 100,
                spent: r.figures.cumulative / 100,
              }))}
              labels={{ planned: t('spending.planned'), spent: t('spending.cumulative') }}
              format={(som) => formatNumber(som, lang, 0)}
            />
          </div>
        </Suspense>
      ) : (
        <FiguresTable rows={rows} testId={`breakdown-table-${id}`} />
      )}
    </Paper>
  );
}
