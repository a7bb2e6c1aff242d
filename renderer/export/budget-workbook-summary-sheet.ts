/*
 * The Summary sheet: by source (with shares), cash and in kind apart, by priority, by year; all
 * formulas over the Budget sheet, whose columns of the same names they sum.
 */
import type ExcelJS from 'exceljs';
import { SOURCES } from '../../shared/domain/budget';
import type { PlanOutline } from '../../shared/domain/plan-outline';
import type { BudgetSheetInfo } from './budget-workbook-budget-sheet';
import {
  columns,
  FIRST_SOURCE,
  LAST_SOURCE,
  formula,
  HEADER_ROW,
  newSheet,
  quote,
  text,
  textCell,
  type SheetContext,
} from './budget-workbook-kit';

const MONEY_COLUMNS = ['total', ...SOURCES, 'unfunded', 'inKind'] as const;
type MoneyColumn = (typeof MONEY_COLUMNS)[number];
type Totals = PlanOutline['totals'];

const pick = (totals: Totals, col: MoneyColumn) =>
  col === 'total'
    ? totals.total
    : col === 'unfunded'
      ? totals.unfunded
      : col === 'inKind'
        ? totals.inKind
        : totals.bySource[col];

function summaryColumns(L: SheetContext['label']) {
  const header: Record<MoneyColumn, string> = {
    total: L('fields.total'),
    ...(Object.fromEntries(SOURCES.map((s) => [s, L(`sources.${s}`)])) as Record<
      (typeof SOURCES)[number],
      string
    >),
    unfunded: L('fields.unfunded'),
    inKind: L('fields.inKindAmount'),
  };
  return columns<'label' | MoneyColumn>([
    { key: 'label', header: L('summary.source'), width: 44 },
    ...MONEY_COLUMNS.map((key) => ({ key, header: header[key], width: 17 })),
  ]);
}

/** Fills `ws` (created first, so it is the first sheet) once the Budget sheet exists. */
export function addSummarySheet(
  ctx: SheetContext,
  ws: ExcelJS.Worksheet,
  budget: BudgetSheetInfo,
): void {
  const L = ctx.label;
  const B = quote(budget.name);
  const BC = budget.cols;
  const t = ctx.outline.totals;
  const S = summaryColumns(L);
  newSheet(ctx, '', S, { existing: ws });
  const cell = (key: 'label' | MoneyColumn, row: number) => ws.getCell(row, S.index(key));
  let r = HEADER_ROW + 1;
  const section = (title: string) => {
    cell('label', r).value = title;
    cell('label', r).font = { bold: true, size: 12 };
    r += 1;
  };

  section(L('summary.bySource'));
  const planRow = r;
  cell('label', r).value = L('workbook.planTotal');
  for (const col of MONEY_COLUMNS)
    formula(cell(col, r), `${B}!${BC.at(col, budget.totalRow)}`, pick(t, col));
  ws.getRow(r).font = { bold: true };
  r += 1;
  cell('label', r).value = L('summary.share');
  const planTotal = `$${S.letter('total')}$${planRow}`;
  for (const col of MONEY_COLUMNS) {
    const share = cell(col, r);
    share.value = {
      formula: `IF(${planTotal}=0,0,${S.at(col, planRow)}/${planTotal})`,
      result: t.total ? pick(t, col) / t.total : 0,
    };
    share.numFmt = '0.0%';
  }
  r += 1;
  cell('label', r).value = L('workbook.funded');
  formula(cell('total', r), `SUM(${S.span(FIRST_SOURCE, LAST_SOURCE, planRow)})`, t.funded);
  const fundedRow = r;
  r += 1;
  cell('label', r).value = L('fields.cash');
  formula(cell('total', r), `${S.at('total', fundedRow)}-${S.at('inKind', planRow)}`, t.cash);
  r += 1;
  cell('label', r).value = L('fields.inKindAmount');
  formula(cell('total', r), S.at('inKind', planRow), t.inKind);
  r += 2;

  const table = (
    title: string,
    rows: { name: string; formula: (col: MoneyColumn) => string; totals: Totals }[],
  ) => {
    section(title);
    const start = r;
    for (const row of rows) {
      textCell(cell('label', r), row.name);
      for (const col of MONEY_COLUMNS)
        formula(cell(col, r), row.formula(col), pick(row.totals, col));
      ws.getRow(r).alignment = { vertical: 'top', wrapText: true };
      r += 1;
    }
    cell('label', r).value = L('workbook.planTotal');
    for (const col of MONEY_COLUMNS)
      formula(
        cell(col, r),
        rows.length ? `SUM(${S.at(col, start)}:${S.at(col, r - 1)})` : '0',
        pick(t, col),
      );
    ws.getRow(r).font = { bold: true };
    r += 2;
  };
  table(
    L('summary.byPriority'),
    ctx.outline.priorities.map((p, i) => {
      const range = budget.priorityRanges[i]!;
      return {
        name: `${p.number}. ${text(ctx, p.priority.title)}`,
        totals: p.totals,
        formula: (col) =>
          range.last >= range.first
            ? `SUM(${B}!${BC.at(col, range.first)}:${BC.at(col, range.last)})`
            : '0',
      };
    }),
  );
  const years = `${B}!$${BC.letter('year')}$${budget.first}:$${BC.letter('year')}$${budget.last}`;
  table(
    L('summary.byYear'),
    ctx.outline.byYear.map((y) => ({
      name: String(y.year),
      totals: y.totals,
      formula: (col) =>
        budget.last >= budget.first
          ? `SUMIF(${years},${y.year},${B}!${BC.letter(col)}$${budget.first}:${BC.letter(col)}$${budget.last})`
          : '0',
    })),
  );
}
