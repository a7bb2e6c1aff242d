/*
 * The local budget as finance plans it: its rows by year, then classification code, each taken from
 * the planned-vs-actual sheet, with SUBTOTAL rows per code, per year and for the plan (SUBTOTAL
 * leaves the nested subtotals out of the larger ones).
 */
import type ExcelJS from 'exceljs';
import type { ExecutionFigures } from '../../shared/domain/monitoring/spending';
import { pickText } from '../../shared/localized-text';
import { columns, textCell } from './budget-workbook-kit';
import {
  figureSpecs,
  writeFigures,
  type ExecutionContext,
  type FigureColumn,
  executionSheet,
  finishSheet,
  rowCells,
} from './execution-workbook-kit';
import type { LinesInfo } from './execution-workbook-lines-sheet';

type LocalColumn = 'year' | 'code' | 'number' | 'activity' | 'item' | 'funder' | FigureColumn;

export function addLocalSheet(ctx: ExecutionContext, ws: ExcelJS.Worksheet, lines: LinesInfo) {
  const { L, M, X, lang } = ctx;
  const C = columns<LocalColumn>([
    { key: 'year', header: L('fields.year'), width: 6 },
    { key: 'code', header: L('fields.classificationCode'), width: 14 },
    { key: 'number', header: X('columns.lineNumber'), width: 6 },
    { key: 'activity', header: L('fields.activity'), width: 24, style: 'wrap' },
    { key: 'item', header: L('fields.item'), width: 22, style: 'wrap' },
    { key: 'funder', header: M('expenditure.funder'), width: 16, style: 'wrap' },
    ...figureSpecs(ctx, true),
  ]);
  executionSheet(ctx, ws, C);
  const first = ctx.heading.length + 2;
  let r = first;
  const subtotal = (label: string, from: number, figures: ExecutionFigures, italic: boolean) => {
    textCell(ws.getCell(r, C.index('activity')), label);
    const to = r - 1;
    writeFigures(ws, C, r, figures, (key) =>
      to >= from ? `SUBTOTAL(9,${C.at(key, from)}:${C.at(key, to)})` : '0',
    );
    ws.getRow(r).font = { bold: true, italic };
    r += 1;
  };
  for (const year of ctx.book.local) {
    const yearStart = r;
    for (const group of year.codes) {
      const codeStart = r;
      for (const row of group.rows) {
        const line = ctx.lineRow.get(row.line.key)!;
        const at = lines.rowOf.get(row)!;
        const cell = rowCells(ws, C, r);
        cell('year').value = year.year;
        if (group.code) textCell(cell('code'), group.code);
        cell('number').value = row.line.number;
        textCell(
          cell('activity'),
          `${line.activityNumber}. ${pickText(line.activity.title, lang).text}`,
        );
        textCell(cell('item'), pickText(line.line.item, lang).text);
        textCell(cell('funder'), ctx.funderName(row.funderId));
        writeFigures(ws, C, r, row.figures, (key) => lines.at(key, at));
        r += 1;
      }
      const code = group.code || X('columns.noCode');
      subtotal(`${L('workbook.subtotal')}: ${year.year}, ${code}`, codeStart, group.figures, true);
    }
    subtotal(X('summary.yearTotal', { year: year.year }), yearStart, year.figures, false);
  }
  r += 1;
  const local = ctx.book.bySource.find((s) => s.source === 'localBudget')!.figures;
  textCell(ws.getCell(r, C.index('activity')), L('workbook.planTotal'));
  writeFigures(ws, C, r, local, (key) =>
    r - 2 >= first ? `SUBTOTAL(9,${C.at(key, first)}:${C.at(key, r - 2)})` : '0',
  );
  ws.getRow(r).font = { bold: true };
  finishSheet(ctx, ws, C, r);
}
