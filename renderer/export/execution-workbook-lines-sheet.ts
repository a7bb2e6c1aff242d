/*
 * Planned vs actual per budget line, source and funder: the plan as values, what was spent in the
 * period and cumulatively as SUMIFS over the register (by line number, source, funder number, form
 * and date). Every other sheet sums this one.
 */
import type ExcelJS from 'exceljs';
import type { ExecutionRow } from '../../shared/domain/monitoring/execution-book';
import { pickText } from '../../shared/localized-text';
import { columns, quote, textCell, type Columns } from './budget-workbook-kit';
import {
  figureSpecs,
  literal,
  writeFigures,
  type ExecutionContext,
  type Figure,
  type FigureColumn,
  executionSheet,
  columnRange,
  finishSheet,
  rowCells,
} from './execution-workbook-kit';
import type { RegisterInfo } from './execution-workbook-register-sheet';

type LinesColumn =
  | 'number'
  | 'activity'
  | 'item'
  | 'year'
  | 'code'
  | 'source'
  | 'funderNumber'
  | 'funder'
  | FigureColumn;

function linesColumns(ctx: ExecutionContext) {
  const { L, M, X } = ctx;
  return columns<LinesColumn>([
    { key: 'number', header: X('columns.lineNumber'), width: 5 },
    { key: 'activity', header: L('fields.activity'), width: 18, style: 'wrap' },
    { key: 'item', header: L('fields.item'), width: 15, style: 'wrap' },
    { key: 'year', header: L('fields.year'), width: 5 },
    { key: 'code', header: L('fields.classificationCode'), width: 9 },
    { key: 'source', header: M('expenditure.source'), width: 11, style: 'wrap' },
    { key: 'funderNumber', header: X('columns.funderNumber'), width: 5 },
    { key: 'funder', header: M('expenditure.funder'), width: 14, style: 'wrap' },
    ...figureSpecs(ctx),
  ]);
}

/** Where the rows are, for the sheets that sum them. */
export interface LinesInfo {
  cols: Columns<LinesColumn>;
  first: number;
  last: number;
  rowOf: Map<ExecutionRow, number>;
  /** `'Lines'!$I$5:$I$104`: a whole column of the rows. */
  range(key: LinesColumn): string;
  /** The address of one cell, with the sheet name (`'Lines'!I7`). */
  at(key: LinesColumn, row: number): string;
}

/** `">="&DATE(2026,4,1)`: a date criterion of SUMIFS. */
const dateCriterion = (op: '>=' | '<=', iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `"${op}"&DATE(${y},${m},${d})`;
};

export function addLinesSheet(
  ctx: ExecutionContext,
  ws: ExcelJS.Worksheet,
  register: RegisterInfo,
): LinesInfo {
  const C = linesColumns(ctx);
  executionSheet(ctx, ws, C);
  const { lang, L } = ctx;
  const { period } = ctx;
  const first = ctx.heading.length + 2;
  const rowOf = new Map<ExecutionRow, number>();
  const empty = register.last < register.first;
  const amount = register.range('amount');
  const dates = register.range('date');
  const from = period.from ? `,${dates},${dateCriterion('>=', period.from)}` : '';
  const to = period.to ? `,${dates},${dateCriterion('<=', period.to)}` : '';
  const inKind = `,${register.range('form')},${literal(ctx.inKindWord)}`;
  // Rows below the first repeat its formulas, shifted: shared formulas.
  const clone = (key: Figure) => (key === 'planned' || key === 'plannedInKind' ? null : '');
  let r = first;
  for (const row of ctx.book.rows) {
    const line = ctx.lineRow.get(row.line.key)!;
    const cell = rowCells(ws, C, r);
    cell('number').value = row.line.number;
    textCell(
      cell('activity'),
      `${line.activityNumber}. ${pickText(line.activity.title, lang).text}`,
    );
    textCell(cell('item'), pickText(line.line.item, lang).text);
    cell('year').value = row.line.year;
    if (row.line.classificationCode) textCell(cell('code'), row.line.classificationCode);
    textCell(cell('source'), ctx.source(row.source));
    cell('funderNumber').value = row.funderNumber;
    textCell(cell('funder'), ctx.funderName(row.funderId));
    if (r === first) {
      const match =
        `${register.range('line')},${C.at('number', r)},${register.range('source')},${C.at('source', r)},` +
        `${register.range('funderNumber')},${C.at('funderNumber', r)}`;
      const sumifs = (extra: string) => (empty ? '0' : `SUMIFS(${amount},${match}${extra})`);
      const formulas: Record<Figure, string | null> = {
        planned: null,
        plannedInKind: null,
        spent: sumifs(from + to),
        spentInKind: sumifs(inKind + from + to),
        cumulative: sumifs(to),
        cumulativeInKind: sumifs(inKind + to),
      };
      writeFigures(ws, C, r, row.figures, (key) => formulas[key]);
    } else writeFigures(ws, C, r, row.figures, clone, first);
    rowOf.set(row, r);
    r += 1;
  }
  const last = r - 1;
  const totalRow = r + 1;
  textCell(ws.getCell(totalRow, C.index('activity')), L('workbook.planTotal'));
  writeFigures(ws, C, totalRow, ctx.book.total, (key) =>
    last >= first ? `SUM(${C.at(key, first)}:${C.at(key, last)})` : '0',
  );
  ws.getRow(totalRow).font = { bold: true };
  finishSheet(ctx, ws, C, totalRow);
  const name = quote(ws.name);
  return {
    cols: C,
    first,
    last,
    rowOf,
    range: columnRange(ws, C, first, last),
    at: (key, row) => `${name}!${C.at(key, row)}`,
  };
}

/** Formulas summing a figure over the rows whose `column` equals `criterion` (a cell or a constant). */
export function linesWhere(lines: LinesInfo, column: LinesColumn, criterion: string) {
  return (key: Figure) =>
    lines.last < lines.first
      ? '0'
      : `SUMIFS(${lines.range(key)},${lines.range(column)},${criterion})`;
}
