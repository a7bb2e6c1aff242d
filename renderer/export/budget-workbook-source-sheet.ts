/*
 * One sheet per source listing only the lines it pays for; the local budget grouped by year and
 * classification code with subtotals, the residents' sheet with their in-kind part.
 */
import type { Source } from '../../shared/domain/budget';
import { rowsOfSource, type LineRow } from '../../shared/domain/plan-outline';
import {
  columns,
  formula,
  fundersOf,
  HEADER_ROW,
  money,
  newSheet,
  text,
  textCell,
  type ColumnSpec,
  type SheetContext,
} from './budget-workbook-kit';

type SourceColumn =
  'number' | 'year' | 'code' | 'priority' | 'activity' | 'item' | 'amount' | 'inKind' | 'funders';

/** The local budget leads with year and code (its grouping); the others show the year after the item. */
function sourceColumns(L: SheetContext['label'], source: Source) {
  const local = source === 'localBudget';
  const specs: (ColumnSpec<SourceColumn> | false)[] = [
    { key: 'number', header: L('fields.number'), width: 6 },
    local && { key: 'year', header: L('fields.year'), width: 7 },
    local && { key: 'code', header: L('fields.classificationCode'), width: 16 },
    { key: 'priority', header: L('fields.priority'), width: 26, style: 'wrap' },
    { key: 'activity', header: L('fields.activity'), width: 34, style: 'wrap' },
    { key: 'item', header: L('fields.item'), width: 30, style: 'wrap' },
    !local && { key: 'year', header: L('fields.year'), width: 7 },
    { key: 'amount', header: L(`sources.${source}`), width: 16, style: 'money' },
    source === 'residents' && {
      key: 'inKind',
      header: L('fields.inKindAmount'),
      width: 14,
      style: 'money',
    },
    { key: 'funders', header: L('fields.funders'), width: 36, style: 'wrap' },
  ];
  return columns(specs.filter((spec) => spec !== false));
}

export function addSourceSheet(ctx: SheetContext, source: Source): void {
  const L = ctx.label;
  const rows = rowsOfSource(ctx.outline, source);
  const local = source === 'localBudget';
  const C = sourceColumns(L, source);
  const ws = newSheet(ctx, L(`sources.${source}`), C, { filter: true });
  const cell = (key: SourceColumn, row: number) => ws.getCell(row, C.index(key));
  const sorted = local
    ? [...rows].sort(
        (a, b) =>
          a.line.year - b.line.year ||
          (a.line.classificationCode ?? '').localeCompare(b.line.classificationCode ?? '') ||
          a.number - b.number,
      )
    : rows;
  let r = HEADER_ROW + 1;
  const first = r;
  const writeLine = (row: LineRow) => {
    cell('number', r).value = row.number;
    cell('year', r).value = row.line.year;
    if (local) textCell(cell('code', r), row.line.classificationCode ?? '');
    textCell(cell('priority', r), `${row.priorityNumber}. ${text(ctx, row.priority.title)}`);
    textCell(cell('activity', r), `${row.activityNumber}. ${text(ctx, row.activity.title)}`);
    textCell(cell('item', r), text(ctx, row.line.item));
    money(cell('amount', r), row.line.shares[source], false);
    const inKind = row.line.residentsInKind ? row.line.shares.residents : 0;
    if (C.has('inKind')) money(cell('inKind', r), inKind, false);
    textCell(cell('funders', r), fundersOf(ctx, row, [source]));
    r += 1;
  };
  const amounts = (from: number, to: number) => `${C.at('amount', from)}:${C.at('amount', to)}`;
  const subtotal = (name: string, from: number, to: number, tyiyn: number, bold = false) => {
    textCell(cell('priority', r), name);
    formula(cell('amount', r), `SUBTOTAL(9,${amounts(from, to)})`, tyiyn);
    ws.getRow(r).font = { bold: true, italic: !bold };
    r += 1;
  };
  const sum = (list: LineRow[]) => list.reduce((s, row) => s + row.line.shares[source], 0);
  if (local) {
    const years = [...new Set(sorted.map((row) => row.line.year))];
    for (const year of years) {
      const yearRows = sorted.filter((row) => row.line.year === year);
      const yearStart = r;
      const codes = [...new Set(yearRows.map((row) => row.line.classificationCode ?? ''))];
      for (const code of codes) {
        const codeRows = yearRows.filter((row) => (row.line.classificationCode ?? '') === code);
        const codeStart = r;
        codeRows.forEach(writeLine);
        subtotal(
          `${L('workbook.subtotal')}: ${year}${code ? `, ${code}` : ''}`,
          codeStart,
          r - 1,
          sum(codeRows),
        );
      }
      subtotal(`${L('fields.total')}: ${year}`, yearStart, r - 1, sum(yearRows), true);
    }
  } else {
    sorted.forEach(writeLine);
  }
  r += 1;
  textCell(cell('priority', r), L('workbook.planTotal'));
  formula(cell('amount', r), rows.length ? `SUBTOTAL(9,${amounts(first, r - 2)})` : '0', sum(rows));
  if (C.has('inKind'))
    formula(
      cell('inKind', r),
      rows.length ? `SUM(${C.at('inKind', first)}:${C.at('inKind', r - 2)})` : '0',
      ctx.outline.totals.inKind,
    );
  ws.getRow(r).font = { bold: true };
}
