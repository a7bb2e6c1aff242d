import { Button, Stack, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { quantityValue, SOURCES, type BudgetTotals } from '../../../shared/domain/budget';
import type { PlanOutline } from '../../../shared/domain/plan-outline';
import { formatNumber, formatTyiyn } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import type { Activity, BudgetLine, Objective, PlanPriority } from '../../../shared/schemas/plan';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { DuplicateLineButton } from './DuplicateLineButton';
import { text, uiLanguage } from './format';
import { ItemControls, moveKeys } from './ItemControls';
import { planRows, rowItem, type PlanRow } from './plan-rows';
import { ActivityHead, ObjectiveHead, PriorityHead } from './PlanRowHeads';

/** What the tree asks the editor to open. */
export type TreeDialog =
  | { kind: 'priority'; priority?: PlanPriority }
  | { kind: 'objective'; priorityId: string; objective?: Objective }
  | { kind: 'activity'; objectiveId: string; activity?: Activity }
  | { kind: 'line'; activityId: string; line?: BudgetLine };

interface Props {
  outline: PlanOutline;
  locked: boolean;
  open: (dialog: TreeDialog) => void;
  /** The table row to scroll into view (an item just added). */
  reveal?: string | null;
}

const TEST_IDS: Record<PlanRow['kind'], string> = {
  priority: 'priority-row',
  objective: 'objective',
  activity: 'activity',
  line: 'budget-line',
};
// The item takes what the fixed columns leave, at least 14rem; the table scrolls sideways below that.
const AMOUNT = '5.75rem';
const rowKey = (row: PlanRow) => row.id;

/** The columns of the editor's table: a line's fields; an activity's totals; headings span all. */
function columns(
  t: (key: string) => string,
  lang: Language,
  locked: boolean,
  open: (dialog: TreeDialog) => void,
): VirtualColumn<PlanRow>[] {
  const som = (tyiyn: number) => formatTyiyn(tyiyn, lang);
  const heading = (row: PlanRow) => row.kind === 'priority' || row.kind === 'objective';
  const all = 12 + (locked ? 0 : 1);
  /** A line's own figure, or the activity's total of it; nothing on heading rows. */
  const amount = (
    id: string,
    header: string,
    ofLine: (row: Extract<PlanRow, { kind: 'line' }>) => ReactNode,
    ofTotals: (totals: BudgetTotals) => ReactNode,
    testId?: string,
  ): VirtualColumn<PlanRow> => ({
    id,
    header,
    width: AMOUNT,
    className: 'num',
    span: (row) => (heading(row) ? 0 : 1),
    cell: (row) =>
      row.kind === 'line' ? (
        ofLine(row)
      ) : row.kind === 'activity' ? (
        <span data-testid={testId}>{ofTotals(row.node.totals)}</span>
      ) : null,
  });
  const lineOnly = (
    id: string,
    header: string,
    cell: (row: Extract<PlanRow, { kind: 'line' }>) => ReactNode,
    width: string,
    className?: string,
  ): VirtualColumn<PlanRow> => ({
    id,
    header,
    width,
    className,
    span: (row) => (row.kind === 'line' ? 1 : 0),
    cell: (row) => (row.kind === 'line' ? cell(row) : null),
  });
  const list: VirtualColumn<PlanRow>[] = [
    {
      id: 'number',
      header: t('fields.number'),
      width: '3.5rem',
      span: (row) => (heading(row) ? all : 1),
      cell: (row) => {
        switch (row.kind) {
          case 'priority':
            return <PriorityHead node={row.node} locked={locked} open={open} />;
          case 'objective':
            return (
              <ObjectiveHead
                node={row.node}
                locked={locked}
                open={open}
                priorityId={row.priorityId}
              />
            );
          case 'activity':
            return <span data-activity={row.node.activity.id}>{row.node.number}</span>;
          case 'line':
            return <span data-activity={row.row.activity.id}>{row.row.number}</span>;
        }
      },
    },
    {
      id: 'item',
      header: t('fields.item'),
      className: 'item',
      width: '14rem',
      span: (row) => (row.kind === 'line' ? 1 : row.kind === 'activity' ? 5 : 0),
      cell: (row) =>
        row.kind === 'line' ? (
          text(row.row.line.item, lang)
        ) : row.kind === 'activity' ? (
          <ActivityHead node={row.node} locked={locked} open={open} />
        ) : null,
    },
    lineOnly('unit', t('fields.unit'), (r) => text(r.row.line.unit, lang), '4rem'),
    lineOnly(
      'quantity',
      t('fields.quantity'),
      (r) => formatNumber(quantityValue(r.row.line.quantityMilli), lang, 3),
      '4rem',
      'num',
    ),
    lineOnly('unitCost', t('fields.unitCost'), (r) => som(r.row.line.unitCostTyiyn), AMOUNT, 'num'),
    lineOnly('year', t('fields.year'), (r) => r.row.line.year, '3.25rem'),
    amount(
      'total',
      t('fields.total'),
      (r) => <b>{som(r.row.totals.total)}</b>,
      (totals) => som(totals.total),
      'activity-total',
    ),
    ...SOURCES.map((s) =>
      amount(
        s,
        t(`sources.${s}`),
        (r) =>
          `${som(r.row.line.shares[s])}${s === 'residents' && r.row.line.residentsInKind && r.row.line.shares[s] > 0 ? ' *' : ''}`,
        (totals) => som(totals.bySource[s]),
      ),
    ),
    amount(
      'unfunded',
      t('fields.unfunded'),
      (r) => (
        <span
          className={r.row.totals.unfunded > 0 ? 'unfunded' : undefined}
          data-testid="line-unfunded"
        >
          {som(r.row.totals.unfunded)}
        </span>
      ),
      (totals) => (
        <span className={totals.unfunded > 0 ? 'unfunded' : undefined}>{som(totals.unfunded)}</span>
      ),
    ),
  ];
  if (!locked)
    list.push({
      id: 'controls',
      header: '',
      width: '8rem',
      span: (row) => (heading(row) ? 0 : 1),
      cell: (row) => {
        if (row.kind !== 'line' && row.kind !== 'activity') return null;
        const [name, onEdit] =
          row.kind === 'line'
            ? [
                text(row.row.line.item, lang),
                () => open({ kind: 'line', activityId: row.row.activity.id, line: row.row.line }),
              ]
            : [
                text(row.node.activity.title, lang),
                () =>
                  open({
                    kind: 'activity',
                    objectiveId: row.objectiveId,
                    activity: row.node.activity,
                  }),
              ];
        const { id } = rowItem(row);
        return (
          <>
            <ItemControls
              kind={row.kind}
              id={id}
              name={name}
              locked={locked}
              onEdit={onEdit}
              testId={row.kind}
            />
            {row.kind === 'line' && <DuplicateLineButton lineId={id} />}
          </>
        );
      },
    });
  return list;
}

/** Priority → objectives → activities → budget lines as one virtual table, with totals at every level. */
export function PlanTree({ outline, locked, open, reveal }: Props) {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  const rows = useMemo(() => planRows(outline), [outline]);
  const cols = useMemo(() => columns(t, lang, locked, open), [t, lang, locked, open]);
  return (
    <Stack>
      {outline.priorities.length === 0 ? (
        <Text c="dimmed">{t('editor.empty')}</Text>
      ) : (
        <VirtualTable
          rows={rows}
          columns={cols}
          rowId={rowKey}
          label={t('editor.table')}
          className="plan-lines"
          maxHeight="75vh"
          data-testid="plan-lines"
          rowProps={(row) => ({ 'data-testid': TEST_IDS[row.kind] })}
          reveal={reveal}
          onRowKeyDown={(event, row) => {
            const item = rowItem(row);
            moveKeys(item.kind, item.id, locked)(event);
          }}
        />
      )}
      {!locked && (
        <Button
          variant="light"
          onClick={() => open({ kind: 'priority' })}
          data-testid="priority-add"
        >
          {`+ ${t('editor.addPriority')}`}
        </Button>
      )}
    </Stack>
  );
}
