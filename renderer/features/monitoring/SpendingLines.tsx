/*
 * Planned vs actual per budget line and source as one virtual table (issue 18 goal 3): a plan of
 * 2,000 lines draws a screenful of rows; a text filter finds a line by number, item, activity,
 * year, classification code or source, and "flagged only" keeps the overspent lines and those
 * asking for an explanation. Enter on a row (or its button) opens the line's expenditures.
 */
import { Badge, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { realised } from '../../../shared/domain/monitoring/spending';
import { pickText } from '../../../shared/localized-text';
import type { Expenditure } from '../../../shared/schemas/monitoring';
import { useLanguage } from '../../app/useLanguage';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { LineExpenditures } from './ExpendituresList';
import { moneyText, shareText } from './format';
import { ListFilter, useTextFilter } from '../../components/ListFilter';
import type { LineSourceRow, MonitoringModel } from './model';
import { LightButton } from './parts';

/** The money columns: the figure and its header's key. */
const FIGURES = [
  ['planned', 'spending.planned'],
  ['spent', 'spending.spentInPeriod'],
  ['cumulative', 'spending.cumulative'],
] as const;

const rowId = (row: LineSourceRow) => `${row.lineKey}|${row.source}`;

export function SpendingLines({
  model,
  editable,
  funderName,
  onAdd,
  onExplain,
  onEdit,
}: {
  model: MonitoringModel;
  editable: boolean;
  funderName: (id: string | null) => string;
  onAdd: (row: LineSourceRow) => void;
  onExplain: (row: LineSourceRow) => void;
  onEdit: (row: LineSourceRow, expenditure: Expenditure) => void;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const [open, setOpen] = useState<string | null>(null);
  const [flagged, setFlagged] = useState(false);
  const toggle = useCallback((id: string) => setOpen((o) => (o === id ? null : id)), []);
  const text = useCallback(
    (row: LineSourceRow) =>
      `${row.row.number} ${pickText(row.row.line.item, lang).text} ${row.row.activityNumber} ${row.row.line.year} ${row.row.line.classificationCode ?? ''} ${t(`plan:sources.${row.source}`)}`,
    [lang, t],
  );
  const candidates = useMemo(
    () =>
      flagged
        ? model.lineSources.filter((r) => r.overspent || r.needsExplanation)
        : model.lineSources,
    [model.lineSources, flagged],
  );
  const { query, setQuery, shown } = useTextFilter(candidates, text);
  const columns = useMemo<VirtualColumn<LineSourceRow>[]>(
    () => [
      {
        id: 'line',
        header: t('spending.line'),
        width: '28%',
        cell: (row) => (
          <>
            <Text size="sm">{`${row.row.number}. ${pickText(row.row.line.item, lang).text}`}</Text>
            <Text size="xs" c="dimmed">
              {`${row.row.activityNumber} · ${row.row.line.year}${row.row.line.classificationCode ? ` · ${row.row.line.classificationCode}` : ''}`}
            </Text>
            {row.explanation && (
              <Text
                size="xs"
                data-testid="line-explanation"
              >{`${t('variance.explanation')}: ${row.explanation.text}`}</Text>
            )}
          </>
        ),
      },
      {
        id: 'source',
        header: t('expenditure.source'),
        width: '9%',
        cell: (row) => t(`plan:sources.${row.source}`),
      },
      ...FIGURES.map(([figure, header]) => ({
        id: figure,
        header: t(header),
        width: '11%',
        cell: (row: LineSourceRow) => (
          <span data-testid={`line-${figure}`}>{moneyText(row.figures[figure], lang)}</span>
        ),
      })),
      {
        id: 'realised',
        header: t('spending.realised'),
        width: '13%',
        cell: (row) => (
          <Stack gap={2}>
            <Text size="sm">{shareText(realised(row.figures), lang)}</Text>
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
        ),
      },
      {
        id: 'actions',
        header: '',
        width: '17%',
        cell: (row) => (
          <Group gap="xs">
            {editable && (
              <LightButton onClick={() => onAdd(row)} testId="expenditure-add">
                {t('expenditure.add')}
              </LightButton>
            )}
            {editable && row.needsExplanation && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => onExplain(row)}
                data-testid="explanation-edit"
              >
                {t('variance.explain')}
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              aria-expanded={open === rowId(row)}
              onClick={() => toggle(rowId(row))}
              data-testid="expenditures-toggle"
            >
              {t('spending.records', { count: row.records })}
            </Button>
          </Group>
        ),
      },
    ],
    [t, lang, editable, open, toggle, onAdd, onExplain],
  );

  return (
    <ListFilter
      query={query}
      onChange={setQuery}
      shown={shown.length}
      all={model.lineSources.length}
      label={t('monitoringLists:lines.filter')}
      placeholder={t('monitoringLists:lines.placeholder')}
      testId="spending-line-filter"
      controls={
        <Switch
          label={t('monitoringLists:lines.flagged')}
          checked={flagged}
          onChange={(e) => setFlagged(e.currentTarget.checked)}
          data-testid="spending-flagged"
        />
      }
    >
      <VirtualTable
        withTableBorder
        fz="sm"
        data-testid="spending-lines"
        label={t('monitoringLists:lines.table')}
        rows={shown}
        columns={columns}
        rowId={rowId}
        rowHeight={72}
        rowProps={(row) => ({
          'data-testid': 'spending-line',
          'data-line': row.lineKey,
          'data-source': row.source,
        })}
        detail={(row) =>
          open === rowId(row) ? (
            <LineExpenditures
              planId={model.plan.id}
              seriesId={model.plan.seriesId}
              lineKey={row.lineKey}
              source={row.source}
              editable={editable}
              funderName={funderName}
              onEdit={(expenditure) => onEdit(row, expenditure)}
            />
          ) : null
        }
        onToggle={(row) => toggle(rowId(row))}
      />
    </ListFilter>
  );
}
