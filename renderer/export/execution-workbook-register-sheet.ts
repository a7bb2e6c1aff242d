/*
 * The expenditure register: every record of a line of the plan, by date, with its document, payee,
 * quarter, source, funder (by name and number) and form (cash or in kind). The planned-vs-actual
 * sheet sums it with SUMIFS by line number, source, funder number, form and date.
 */
import type ExcelJS from 'exceljs';
import { formatQuarter } from '../../shared/format';
import { pickText } from '../../shared/localized-text';
import { DOCUMENT_TYPES } from '../../shared/schemas/monitoring';
import { columns, formula, money, textCell, type Columns } from './budget-workbook-kit';
import {
  DATE_FORMAT,
  dateSerial,
  executionSheet,
  columnRange,
  finishSheet,
  memo,
  rowCells,
  type ExecutionContext,
} from './execution-workbook-kit';

type RegisterColumn =
  | 'number'
  | 'date'
  | 'quarter'
  | 'line'
  | 'activity'
  | 'item'
  | 'code'
  | 'source'
  | 'funderNumber'
  | 'funder'
  | 'form'
  | 'amount'
  | 'payee'
  | 'documentType'
  | 'documentNumber'
  | 'documentDate';

function registerColumns(ctx: ExecutionContext) {
  const { L, M, X } = ctx;
  return columns<RegisterColumn>([
    { key: 'number', header: L('fields.number'), width: 5 },
    { key: 'date', header: M('expenditure.date'), width: 10 },
    { key: 'quarter', header: M('expenditure.quarter'), width: 9 },
    { key: 'line', header: X('columns.lineNumber'), width: 5 },
    { key: 'activity', header: L('fields.activity'), width: 18, style: 'wrap' },
    { key: 'item', header: L('fields.item'), width: 16, style: 'wrap' },
    { key: 'code', header: L('fields.classificationCode'), width: 10 },
    { key: 'source', header: M('expenditure.source'), width: 12 },
    { key: 'funderNumber', header: X('columns.funderNumber'), width: 6 },
    { key: 'funder', header: M('expenditure.funder'), width: 16, style: 'wrap' },
    { key: 'form', header: X('columns.form'), width: 10 },
    { key: 'amount', header: M('expenditure.amount'), width: 14, style: 'money' },
    { key: 'payee', header: M('expenditure.payee'), width: 15, style: 'wrap' },
    { key: 'documentType', header: X('columns.documentType'), width: 13, style: 'wrap' },
    { key: 'documentNumber', header: X('columns.documentNumber'), width: 10 },
    { key: 'documentDate', header: X('columns.documentDate'), width: 10 },
  ]);
}

/** Where the register put its records, for the SUMIFS over it. */
export interface RegisterInfo {
  cols: Columns<RegisterColumn>;
  first: number;
  last: number;
  /** `'Register'!$L$5:$L$104`: a whole column of the records. */
  range(key: RegisterColumn): string;
}

export function addRegisterSheet(ctx: ExecutionContext, ws: ExcelJS.Worksheet): RegisterInfo {
  const C = registerColumns(ctx);
  executionSheet(ctx, ws, C);
  const first = ctx.heading.length + 2;
  const { lang, L, M } = ctx;
  for (const key of ['date', 'documentDate'] as const)
    ws.getColumn(C.index(key)).numFmt = DATE_FORMAT;
  const cash = M('expenditure.cash');
  const types = new Map(DOCUMENT_TYPES.map((type) => [type, M(`documentType.${type}`)]));
  // Thousands of records share a few lines, dates and quarters: each text is made once.
  const serial = memo(dateSerial);
  const quarter = memo((q) => formatQuarter(q, lang));
  const activity = memo((key) => {
    const row = ctx.lineRow.get(key)!;
    return `${row.activityNumber}. ${pickText(row.activity.title, lang).text}`;
  });
  const item = memo((key) => pickText(ctx.lineRow.get(key)!.line.item, lang).text);
  let r = first;
  let total = 0;
  for (const entry of ctx.book.register) {
    const e = entry.record;
    const key = entry.line.key;
    const row = ctx.lineRow.get(key)!;
    const cell = rowCells(ws, C, r);
    cell('number').value = r - first + 1;
    cell('date').value = serial(e.date);
    textCell(cell('quarter'), quarter(e.quarter));
    cell('line').value = entry.line.number;
    textCell(cell('activity'), activity(key));
    textCell(cell('item'), item(key));
    if (row.line.classificationCode) textCell(cell('code'), row.line.classificationCode);
    textCell(cell('source'), ctx.source(e.source));
    cell('funderNumber').value = entry.funderNumber;
    textCell(cell('funder'), ctx.funderName(entry.funderId));
    textCell(cell('form'), e.inKind ? ctx.inKindWord : cash);
    money(cell('amount'), e.amountTyiyn, false);
    if (e.payee) textCell(cell('payee'), e.payee);
    textCell(cell('documentType'), types.get(e.document.type)!);
    if (e.document.number) textCell(cell('documentNumber'), e.document.number);
    if (e.document.date) cell('documentDate').value = serial(e.document.date);
    total += e.amountTyiyn;
    r += 1;
  }
  const last = r - 1;
  const totalRow = r + 1;
  textCell(ws.getCell(totalRow, C.index('activity')), L('workbook.planTotal'));
  formula(
    ws.getCell(totalRow, C.index('amount')),
    last >= first ? `SUM(${C.at('amount', first)}:${C.at('amount', last)})` : '0',
    total,
  );
  ws.getRow(totalRow).font = { bold: true };
  finishSheet(ctx, ws, C, totalRow);
  return {
    cols: C,
    first,
    last,
    range: columnRange(ws, C, first, last),
  };
}
