/*
 * The first sheet: planned vs actual per source (cash and in kind apart), then per year; every
 * figure a SUMIFS over the planned-vs-actual sheet, every total a SUM of the rows above it.
 */
import type ExcelJS from 'exceljs';
import { zeroFigures, type ExecutionFigures } from '../../shared/domain/monitoring/spending';
import { columns, textCell } from './budget-workbook-kit';
import {
  figureSpecs,
  literal,
  executionSheet,
  finishSheet,
  writeFigures,
  type ExecutionContext,
  type Figure,
  type FigureColumn,
} from './execution-workbook-kit';
import { linesWhere, type LinesInfo } from './execution-workbook-lines-sheet';

const CASH_OF: Partial<Record<Figure, Figure>> = {
  planned: 'plannedInKind',
  spent: 'spentInKind',
  cumulative: 'cumulativeInKind',
};

export function addSummarySheet(
  ctx: ExecutionContext,
  ws: ExcelJS.Worksheet,
  lines: LinesInfo,
): void {
  const { L, M, X } = ctx;
  const C = columns<'label' | FigureColumn>([
    { key: 'label', header: M('expenditure.source'), width: 36, style: 'wrap' },
    ...figureSpecs(ctx),
  ]);
  executionSheet(ctx, ws, C, false);
  let r = ctx.heading.length + 2;
  const section = (title: string) => {
    const cell = ws.getCell(r, C.index('label'));
    cell.value = title;
    cell.font = { bold: true, size: 12 };
    r += 1;
  };
  const table = (
    rows: { label: string; figures: ExecutionFigures; formula: (key: Figure) => string }[],
    total: ExecutionFigures,
  ) => {
    const start = r;
    for (const row of rows) {
      textCell(ws.getCell(r, C.index('label')), row.label);
      writeFigures(ws, C, r, row.figures, row.formula);
      r += 1;
    }
    textCell(ws.getCell(r, C.index('label')), L('workbook.planTotal'));
    writeFigures(ws, C, r, total, (key) =>
      rows.length ? `SUM(${C.at(key, start)}:${C.at(key, r - 1)})` : '0',
    );
    ws.getRow(r).font = { bold: true };
    r += 1;
    return r - 1;
  };

  section(M('spending.bySource'));
  const totalRow = table(
    ctx.book.bySource.map(({ source, figures }) => ({
      label: ctx.source(source),
      figures,
      formula: linesWhere(lines, 'source', literal(ctx.source(source))),
    })),
    ctx.book.total,
  );
  // The plan total split: cash (all but in kind) and in kind, in the planned / spent / cumulative columns.
  const t = ctx.book.total;
  for (const part of ['cash', 'inKind'] as const) {
    const figures = zeroFigures();
    for (const [key, inKind] of Object.entries(CASH_OF) as [Figure, Figure][])
      figures[key] = part === 'cash' ? t[key] - t[inKind] : t[inKind];
    textCell(ws.getCell(r, C.index('label')), X(`summary.${part}`));
    writeFigures(ws, C, r, figures, (key) => {
      const inKind = CASH_OF[key];
      if (!inKind) return undefined;
      return part === 'cash'
        ? `${C.at(key, totalRow)}-${C.at(inKind, totalRow)}`
        : C.at(inKind, totalRow);
    });
    ws.getRow(r).font = { italic: true };
    r += 1;
  }
  r += 1;
  section(M('spending.byYear'));
  table(
    ctx.book.byYear.map(({ year, figures }) => ({
      label: String(year),
      figures,
      formula: linesWhere(lines, 'year', String(year)),
    })),
    ctx.book.total,
  );
  finishSheet(ctx, ws, C, r - 1);
}
