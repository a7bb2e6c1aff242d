/* The Budget sheet: every line with its total, shares, in kind and unfunded; totals at the bottom. */
import { lineTotal, quantityValue, SOURCES } from '../../shared/domain/budget';
import {
  columns,
  formula,
  fundersOf,
  HEADER_ROW,
  money,
  newSheet,
  QUANTITY,
  text,
  textCell,
  type Columns,
  type SheetContext,
} from './budget-workbook-kit';

/** Where each value of a budget line lives; the four sources are columns of their own name. */
export function budgetColumns(L: SheetContext['label']) {
  return columns([
    // № and item repeat on every printed page (print titles), so they lead. The next seven fill
    // the first page at BUDGET_PRINT's scale and leave too little room for the first amount: the
    // amounts by source and the funders print on the following page (see PrintLayout).
    { key: 'number', header: L('fields.number'), width: 5 },
    { key: 'item', header: L('fields.item'), width: 32, style: 'wrap' },
    { key: 'priority', header: L('fields.priority'), width: 28, style: 'wrap' },
    { key: 'activity', header: L('fields.activity'), width: 38, style: 'wrap' },
    { key: 'unit', header: L('fields.unit'), width: 9, style: 'wrap' },
    { key: 'quantity', header: L('fields.quantity'), width: 12 },
    { key: 'unitCost', header: L('fields.unitCost'), width: 14, style: 'money' },
    { key: 'year', header: L('fields.year'), width: 7 },
    { key: 'total', header: L('fields.total'), width: 17, style: 'money' },
    { key: 'localBudget', header: L('sources.localBudget'), width: 14, style: 'money' },
    { key: 'code', header: L('fields.classificationCode'), width: 15, style: 'wrap' },
    { key: 'business', header: L('sources.business'), width: 14, style: 'money' },
    { key: 'donors', header: L('sources.donors'), width: 14, style: 'money' },
    { key: 'residents', header: L('sources.residents'), width: 14, style: 'money' },
    { key: 'inKind', header: L('fields.inKindAmount'), width: 13, style: 'money' },
    { key: 'unfunded', header: L('fields.unfunded'), width: 14, style: 'money' },
    { key: 'funders', header: L('fields.funders'), width: 27, style: 'wrap' },
  ] as const);
}

/** 85 %: 11-pt text prints at 9.4 pt. */
const BUDGET_PRINT = { kind: 'pages', repeatColumns: 2, scale: 85 } as const;

export type BudgetColumns = ReturnType<typeof budgetColumns>;
export type BudgetColumn = BudgetColumns extends Columns<infer K> ? K : never;

/** Where the Budget sheet put things, for the Summary's formulas over it. */
export interface BudgetSheetInfo {
  name: string;
  cols: BudgetColumns;
  first: number;
  last: number;
  totalRow: number;
  priorityRanges: { first: number; last: number }[];
}

export function addBudgetSheet(ctx: SheetContext): BudgetSheetInfo {
  const L = ctx.label;
  const C = budgetColumns(L);
  const ws = newSheet(ctx, L('workbook.sheets.budget'), C, {
    filter: true,
    print: BUDGET_PRINT,
  });
  const cell = (key: BudgetColumn, row: number) => ws.getCell(row, C.index(key));
  const first = HEADER_ROW + 1;
  ctx.outline.rows.forEach((row, index) => {
    const r = first + index;
    const line = row.line;
    cell('number', r).value = row.number;
    textCell(cell('priority', r), `${row.priorityNumber}. ${text(ctx, row.priority.title)}`);
    textCell(cell('activity', r), `${row.activityNumber}. ${text(ctx, row.activity.title)}`);
    textCell(cell('item', r), text(ctx, line.item));
    textCell(cell('unit', r), text(ctx, line.unit));
    cell('quantity', r).value = quantityValue(line.quantityMilli);
    if (line.quantityMilli % 1000 !== 0) cell('quantity', r).numFmt = QUANTITY;
    money(cell('unitCost', r), line.unitCostTyiyn, false);
    cell('year', r).value = line.year;
    const total = lineTotal(line.quantityMilli, line.unitCostTyiyn);
    formula(
      cell('total', r),
      `ROUND(${C.at('quantity', r)}*${C.at('unitCost', r)},2)`,
      total,
      false,
    );
    for (const s of SOURCES) money(cell(s, r), line.shares[s], false);
    if (line.classificationCode) textCell(cell('code', r), line.classificationCode);
    if (line.residentsInKind)
      formula(cell('inKind', r), C.at('residents', r), line.shares.residents, false);
    else money(cell('inKind', r), 0, false);
    const unfunded = [C.at('total', r), ...SOURCES.map((s) => C.at(s, r))].join('-');
    formula(cell('unfunded', r), unfunded, row.totals.unfunded, false);
    textCell(cell('funders', r), fundersOf(ctx, row, SOURCES));
  });
  const last = first + ctx.outline.rows.length - 1;
  const totalRow = last + 2;
  textCell(cell('item', totalRow), L('workbook.planTotal'));
  const t = ctx.outline.totals;
  const sums: [BudgetColumn, number][] = [
    ['total', t.total],
    ...SOURCES.map((s): [BudgetColumn, number] => [s, t.bySource[s]]),
    ['inKind', t.inKind],
    ['unfunded', t.unfunded],
  ];
  for (const [key, value] of sums)
    formula(
      cell(key, totalRow),
      ctx.outline.rows.length ? `SUM(${C.at(key, first)}:${C.at(key, last)})` : '0',
      value,
    );
  ws.getRow(totalRow).font = { bold: true };
  return {
    name: ws.name,
    cols: C,
    first,
    last,
    totalRow,
    priorityRanges: priorityRanges(ctx, first),
  };
}

/** The Budget rows of each priority, in outline order (lines are listed priority by priority). */
function priorityRanges(ctx: SheetContext, first: number) {
  let cursor = first;
  return ctx.outline.priorities.map((p) => {
    const count = p.objectives.reduce(
      (n, o) => n + o.activities.reduce((m, a) => m + a.lines.length, 0),
      0,
    );
    const range = { first: cursor, last: cursor + count - 1 };
    cursor += count;
    return range;
  });
}
