/* Planned vs actual per funder (0: no funder named), each a SUMIFS by funder number over the lines. */
import type ExcelJS from 'exceljs';
import { columns, textCell } from './budget-workbook-kit';
import {
  figureSpecs,
  writeFigures,
  type ExecutionContext,
  type FigureColumn,
  executionSheet,
  finishSheet,
} from './execution-workbook-kit';
import { linesWhere, type LinesInfo } from './execution-workbook-lines-sheet';

export function addFundersSheet(ctx: ExecutionContext, ws: ExcelJS.Worksheet, lines: LinesInfo) {
  const { L, M } = ctx;
  const C = columns<'number' | 'name' | 'type' | FigureColumn>([
    { key: 'number', header: L('fields.number'), width: 6 },
    { key: 'name', header: M('expenditure.funder'), width: 30, style: 'wrap' },
    { key: 'type', header: L('workbook.funderType'), width: 16, style: 'wrap' },
    ...figureSpecs(ctx),
  ]);
  executionSheet(ctx, ws, C);
  const register = new Map(ctx.request.funders.map((f) => [f.id, f]));
  const first = ctx.heading.length + 2;
  let r = first;
  for (const funder of ctx.book.funders) {
    ws.getCell(r, C.index('number')).value = funder.number;
    textCell(ws.getCell(r, C.index('name')), ctx.funderName(funder.funderId));
    const type = funder.funderId === null ? undefined : register.get(funder.funderId)?.type;
    if (type) textCell(ws.getCell(r, C.index('type')), L(`funders.types.${type}`));
    writeFigures(ws, C, r, funder.figures, linesWhere(lines, 'funderNumber', C.at('number', r)));
    r += 1;
  }
  textCell(ws.getCell(r, C.index('name')), L('workbook.planTotal'));
  writeFigures(ws, C, r, ctx.book.total, (key) =>
    r > first ? `SUM(${C.at(key, first)}:${C.at(key, r - 1)})` : '0',
  );
  ws.getRow(r).font = { bold: true };
  finishSheet(ctx, ws, C, r);
}
