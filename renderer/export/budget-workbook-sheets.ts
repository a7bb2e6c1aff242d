/*
 * The sheets of the finance workbook. Money cells hold som (tyiyn / 100: exact to the cent below
 * 10^12 som) with a two-decimal format; every total is a formula whose exact result (computed in
 * integer tyiyn) is stored as its cached value. Clerk-typed text is only ever a string value.
 */
import type ExcelJS from 'exceljs';
import {
  lineTotal,
  quantityValue,
  somValue,
  SOURCES,
  type Source,
} from '../../shared/domain/budget';
import {
  commitmentsByFunder,
  funderNames,
  rowsOfSource,
  type LineRow,
  type PlanOutline,
} from '../../shared/domain/plan-outline';
import { pickText } from '../../shared/schemas/localized-text';
import type { Funder } from '../../shared/schemas/plan';
import type { WorkbookRequest } from './budget-workbook-name';

export interface SheetContext {
  workbook: ExcelJS.Workbook;
  outline: PlanOutline;
  request: WorkbookRequest;
  label: (key: string, vars?: Record<string, string | number>) => string;
  planTitle: string;
  heading: string[];
}

export interface BudgetSheetInfo {
  name: string;
  first: number;
  last: number;
  totalRow: number;
  priorityRanges: { first: number; last: number }[];
}

const MONEY = '#,##0.00';
const QUANTITY = '#,##0.###';
const HEADER_ROW = 3;
/** Budget sheet columns: where each value lives. */
export const BUDGET_COLUMNS = {
  number: 'A',
  priority: 'B',
  activity: 'C',
  item: 'D',
  unit: 'E',
  quantity: 'F',
  unitCost: 'G',
  year: 'H',
  total: 'I',
  localBudget: 'J',
  code: 'K',
  business: 'L',
  donors: 'M',
  residents: 'N',
  inKind: 'O',
  unfunded: 'P',
  funders: 'Q',
} as const;
const SOURCE_COLUMN: Record<Source, string> = {
  localBudget: 'J',
  business: 'L',
  donors: 'M',
  residents: 'N',
};

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
const escapeHeader = (text: string) => text.replace(/&/g, '&&');

/** A formula with its exact result (tyiyn → som); `format` false where the column already carries the money format. */
function formula(cell: ExcelJS.Cell, text: string, tyiyn: number, format = true): void {
  cell.value = { formula: text, result: somValue(tyiyn) };
  if (format) cell.numFmt = MONEY;
}
function money(cell: ExcelJS.Cell, tyiyn: number, format = true): void {
  cell.value = somValue(tyiyn);
  if (format) cell.numFmt = MONEY;
}

/**
 * Data rows take their number format and alignment from the column (exceljs copies a column's
 * style into each new cell), which is much cheaper than styling 30,000 cells one by one.
 */
function columnStyles(ws: ExcelJS.Worksheet, money: number[], wrap: number[]): void {
  ws.columns.forEach((column, index) => {
    if (money.includes(index + 1)) column.numFmt = MONEY;
    else if (wrap.includes(index + 1)) column.alignment = { vertical: 'top', wrapText: true };
  });
}
/** Clerk-typed text: always a plain string cell, whatever it starts with. */
function textCell(cell: ExcelJS.Cell, value: string): void {
  cell.value = String(value);
}

function uniqueName(workbook: ExcelJS.Workbook, wanted: string): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let name = base;
  for (
    let n = 2;
    workbook.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase());
    n++
  )
    name = `${base.slice(0, 28)} ${n}`;
  return name;
}

/** A sheet with the two title rows, a bold frozen header row with autofilter, widths, and A4-landscape print setup. */
export function newSheet(
  ctx: SheetContext,
  name: string,
  headers: { text: string; width: number }[],
  existing?: ExcelJS.Worksheet,
): ExcelJS.Worksheet {
  const ws = existing ?? ctx.workbook.addWorksheet(uniqueName(ctx.workbook, name));
  ws.getCell('A1').value = ctx.heading[0]!;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = ctx.heading[1]!;
  ws.getCell('A2').font = { italic: true };
  const header = ws.getRow(HEADER_ROW);
  headers.forEach((h, i) => {
    header.getCell(i + 1).value = h.text;
    ws.getColumn(i + 1).width = h.width;
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    oddHeader: `&L${escapeHeader(ctx.planTitle.slice(0, 100))}&R${escapeHeader(ws.name)}`,
    oddFooter: `&C${ctx.label('workbook.page')}`,
  };
  return ws;
}

function autoFilter(ws: ExcelJS.Worksheet, columns: number): void {
  ws.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: columns },
  };
}

const text = (ctx: SheetContext, value: Parameters<typeof pickText>[0]) =>
  pickText(value, ctx.request.lang).text;

const registers = new WeakMap<SheetContext, Map<string, Funder>>();
function fundersOf(ctx: SheetContext, row: LineRow, sources: readonly Source[]): string {
  let register = registers.get(ctx);
  if (!register)
    registers.set(ctx, (register = new Map(ctx.request.funders.map((f) => [f.id, f]))));
  return sources
    .map((s) => ({
      s,
      names: funderNames(row.line.funderIds[s], register, (f: Funder) => text(ctx, f.name)),
    }))
    .filter((x) => x.names)
    .map((x) => (sources.length > 1 ? `${ctx.label(`sources.${x.s}`)}: ${x.names}` : x.names))
    .join('; ');
}

/** The Budget sheet: every line with its total, shares, in kind and unfunded; totals at the bottom. */
export function addBudgetSheet(ctx: SheetContext): BudgetSheetInfo {
  const L = ctx.label;
  const ws = newSheet(ctx, L('workbook.sheets.budget'), [
    { text: L('fields.number'), width: 6 },
    { text: L('fields.priority'), width: 28 },
    { text: L('fields.activity'), width: 36 },
    { text: L('fields.item'), width: 32 },
    { text: L('fields.unit'), width: 9 },
    { text: L('fields.quantity'), width: 10 },
    { text: L('fields.unitCost'), width: 14 },
    { text: L('fields.year'), width: 7 },
    { text: L('fields.total'), width: 16 },
    { text: L('sources.localBudget'), width: 15 },
    { text: L('fields.classificationCode'), width: 14 },
    { text: L('sources.business'), width: 15 },
    { text: L('sources.donors'), width: 15 },
    { text: L('sources.residents'), width: 15 },
    { text: L('fields.inKindAmount'), width: 13 },
    { text: L('fields.unfunded'), width: 15 },
    { text: L('fields.funders'), width: 40 },
  ]);
  autoFilter(ws, 17);
  columnStyles(ws, [7, 9, 10, 12, 13, 14, 15, 16], [2, 3, 4, 17]);
  const first = HEADER_ROW + 1;
  const C = BUDGET_COLUMNS;
  ctx.outline.rows.forEach((row, index) => {
    const r = first + index;
    const line = row.line;
    const x = ws.getRow(r);
    x.getCell(1).value = row.number;
    textCell(
      ws.getCell(`${C.priority}${r}`),
      `${row.priorityNumber}. ${text(ctx, row.priority.title)}`,
    );
    textCell(
      ws.getCell(`${C.activity}${r}`),
      `${row.activityNumber}. ${text(ctx, row.activity.title)}`,
    );
    textCell(ws.getCell(`${C.item}${r}`), text(ctx, line.item));
    textCell(ws.getCell(`${C.unit}${r}`), text(ctx, line.unit));
    x.getCell(6).value = quantityValue(line.quantityMilli);
    if (line.quantityMilli % 1000 !== 0) x.getCell(6).numFmt = QUANTITY;
    money(x.getCell(7), line.unitCostTyiyn, false);
    x.getCell(8).value = line.year;
    const total = lineTotal(line.quantityMilli, line.unitCostTyiyn);
    formula(x.getCell(9), `ROUND(${C.quantity}${r}*${C.unitCost}${r},2)`, total, false);
    for (const s of SOURCES) money(ws.getCell(`${SOURCE_COLUMN[s]}${r}`), line.shares[s], false);
    if (line.classificationCode) textCell(x.getCell(11), line.classificationCode);
    if (line.residentsInKind)
      formula(x.getCell(15), `${C.residents}${r}`, line.shares.residents, false);
    else money(x.getCell(15), 0, false);
    const unfunded = `${C.total}${r}-${C.localBudget}${r}-${C.business}${r}-${C.donors}${r}-${C.residents}${r}`;
    formula(x.getCell(16), unfunded, row.totals.unfunded, false);
    textCell(x.getCell(17), fundersOf(ctx, row, SOURCES));
  });
  const last = first + ctx.outline.rows.length - 1;
  const totalRow = last + 2;
  textCell(ws.getCell(`${C.priority}${totalRow}`), L('workbook.planTotal'));
  const t = ctx.outline.totals;
  const sums: [string, number][] = [
    [C.total, t.total],
    ...SOURCES.map((s): [string, number] => [SOURCE_COLUMN[s], t.bySource[s]]),
    [C.inKind, t.inKind],
    [C.unfunded, t.unfunded],
  ];
  for (const [col, value] of sums)
    formula(
      ws.getCell(`${col}${totalRow}`),
      ctx.outline.rows.length ? `SUM(${col}${first}:${col}${last})` : '0',
      value,
    );
  ws.getRow(totalRow).font = { bold: true };

  let cursor = first;
  const priorityRanges = ctx.outline.priorities.map((p) => {
    const count = p.objectives.reduce(
      (n, o) => n + o.activities.reduce((m, a) => m + a.lines.length, 0),
      0,
    );
    const range = { first: cursor, last: cursor + count - 1 };
    cursor += count;
    return range;
  });
  return { name: ws.name, first, last, totalRow, priorityRanges };
}

/** The Summary sheet: by source (with shares), cash and in kind apart, by priority, by year; all formulas over the Budget sheet. */
export function addSummarySheet(
  ctx: SheetContext,
  ws: ExcelJS.Worksheet,
  budget: BudgetSheetInfo,
): void {
  const L = ctx.label;
  const B = quote(budget.name);
  const t = ctx.outline.totals;
  const moneyCols = ['total', ...SOURCES, 'unfunded', 'inKind'] as const;
  type Col = (typeof moneyCols)[number];
  const budgetCol: Record<Col, string> = {
    total: 'I',
    localBudget: 'J',
    business: 'L',
    donors: 'M',
    residents: 'N',
    unfunded: 'P',
    inKind: 'O',
  };
  const pick = (totals: PlanOutline['totals'], col: Col) =>
    col === 'total'
      ? totals.total
      : col === 'unfunded'
        ? totals.unfunded
        : col === 'inKind'
          ? totals.inKind
          : totals.bySource[col];
  newSheet(
    ctx,
    '',
    [
      { text: L('summary.source'), width: 44 },
      { text: L('fields.total'), width: 17 },
      ...SOURCES.map((s) => ({ text: L(`sources.${s}`), width: 17 })),
      { text: L('fields.unfunded'), width: 17 },
      { text: L('fields.inKindAmount'), width: 17 },
    ],
    ws,
  );
  const letter = (i: number) => ws.getColumn(2 + i).letter;
  let r = HEADER_ROW + 1;
  const section = (title: string) => {
    ws.getCell(`A${r}`).value = title;
    ws.getCell(`A${r}`).font = { bold: true, size: 12 };
    r += 1;
  };

  section(L('summary.bySource'));
  const planRow = r;
  ws.getCell(`A${r}`).value = L('workbook.planTotal');
  moneyCols.forEach((col, i) =>
    formula(ws.getRow(r).getCell(2 + i), `${B}!${budgetCol[col]}${budget.totalRow}`, pick(t, col)),
  );
  ws.getRow(r).font = { bold: true };
  r += 1;
  ws.getCell(`A${r}`).value = L('summary.share');
  moneyCols.forEach((col, i) => {
    const cell = ws.getRow(r).getCell(2 + i);
    cell.value = {
      formula: `IF($B$${planRow}=0,0,${letter(i)}${planRow}/$B$${planRow})`,
      result: t.total ? pick(t, col) / t.total : 0,
    };
    cell.numFmt = '0.0%';
  });
  r += 1;
  ws.getCell(`A${r}`).value = L('workbook.funded');
  formula(ws.getCell(`B${r}`), `SUM(C${planRow}:F${planRow})`, t.funded);
  const fundedRow = r;
  r += 1;
  ws.getCell(`A${r}`).value = L('fields.cash');
  formula(ws.getCell(`B${r}`), `B${fundedRow}-H${planRow}`, t.cash);
  r += 1;
  ws.getCell(`A${r}`).value = L('fields.inKindAmount');
  formula(ws.getCell(`B${r}`), `H${planRow}`, t.inKind);
  r += 2;

  const table = (
    title: string,
    rows: { name: string; formula: (col: Col) => string; totals: PlanOutline['totals'] }[],
  ) => {
    section(title);
    const start = r;
    for (const row of rows) {
      textCell(ws.getCell(`A${r}`), row.name);
      moneyCols.forEach((col, i) =>
        formula(ws.getRow(r).getCell(2 + i), row.formula(col), pick(row.totals, col)),
      );
      ws.getRow(r).alignment = { vertical: 'top', wrapText: true };
      r += 1;
    }
    ws.getCell(`A${r}`).value = L('workbook.planTotal');
    moneyCols.forEach((col, i) =>
      formula(
        ws.getRow(r).getCell(2 + i),
        rows.length ? `SUM(${letter(i)}${start}:${letter(i)}${r - 1})` : '0',
        pick(t, col),
      ),
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
            ? `SUM(${B}!${budgetCol[col]}${range.first}:${budgetCol[col]}${range.last})`
            : '0',
      };
    }),
  );
  table(
    L('summary.byYear'),
    ctx.outline.byYear.map((y) => ({
      name: String(y.year),
      totals: y.totals,
      formula: (col) =>
        budget.last >= budget.first
          ? `SUMIF(${B}!$H$${budget.first}:$H$${budget.last},${y.year},${B}!${budgetCol[col]}$${budget.first}:${budgetCol[col]}$${budget.last})`
          : '0',
    })),
  );
}

/** One sheet per source listing only the lines it pays for; the local budget grouped by year and classification code. */
export function addSourceSheet(ctx: SheetContext, source: Source): void {
  const L = ctx.label;
  const rows = rowsOfSource(ctx.outline, source);
  const local = source === 'localBudget';
  const residents = source === 'residents';
  const headers = [
    { text: L('fields.number'), width: 6 },
    ...(local
      ? [
          { text: L('fields.year'), width: 7 },
          { text: L('fields.classificationCode'), width: 16 },
        ]
      : []),
    { text: L('fields.priority'), width: 26 },
    { text: L('fields.activity'), width: 34 },
    { text: L('fields.item'), width: 30 },
    ...(!local ? [{ text: L('fields.year'), width: 7 }] : []),
    { text: L(`sources.${source}`), width: 16 },
    ...(residents ? [{ text: L('fields.inKindAmount'), width: 14 }] : []),
    { text: L('fields.funders'), width: 36 },
  ];
  const ws = newSheet(ctx, L(`sources.${source}`), headers);
  autoFilter(ws, headers.length);
  const amountCol = local ? 7 : 6;
  columnStyles(
    ws,
    residents ? [amountCol, amountCol + 1] : [amountCol],
    local ? [4, 5, 6, 8] : [2, 3, 4, headers.length],
  );
  const amountLetter = ws.getColumn(amountCol).letter;
  const inKindLetter = ws.getColumn(amountCol + 1).letter;
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
    const cells: (string | number)[] = [row.number];
    if (local) cells.push(row.line.year, row.line.classificationCode ?? '');
    cells.push(
      `${row.priorityNumber}. ${text(ctx, row.priority.title)}`,
      `${row.activityNumber}. ${text(ctx, row.activity.title)}`,
      text(ctx, row.line.item),
    );
    if (!local) cells.push(row.line.year);
    cells.forEach((value, i) =>
      typeof value === 'number'
        ? (ws.getRow(r).getCell(i + 1).value = value)
        : textCell(ws.getRow(r).getCell(i + 1), value),
    );
    const x = ws.getRow(r);
    money(x.getCell(amountCol), row.line.shares[source], false);
    const inKind = row.line.residentsInKind ? row.line.shares.residents : 0;
    if (residents) money(x.getCell(amountCol + 1), inKind, false);
    textCell(x.getCell(headers.length), fundersOf(ctx, row, [source]));
    r += 1;
  };
  const subtotal = (name: string, from: number, to: number, tyiyn: number, bold = false) => {
    textCell(ws.getRow(r).getCell(local ? 4 : 2), name);
    formula(
      ws.getRow(r).getCell(amountCol),
      `SUBTOTAL(9,${amountLetter}${from}:${amountLetter}${to})`,
      tyiyn,
    );
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
  textCell(ws.getRow(r).getCell(local ? 4 : 2), L('workbook.planTotal'));
  formula(
    ws.getRow(r).getCell(amountCol),
    rows.length ? `SUBTOTAL(9,${amountLetter}${first}:${amountLetter}${r - 2})` : '0',
    sum(rows),
  );
  if (residents)
    formula(
      ws.getRow(r).getCell(amountCol + 1),
      rows.length ? `SUM(${inKindLetter}${first}:${inKindLetter}${r - 2})` : '0',
      ctx.outline.totals.inKind,
    );
  ws.getRow(r).font = { bold: true };
}

/** The Funders sheet: the register with each funder's commitments in this plan per source. */
export function addFundersSheet(ctx: SheetContext): void {
  const L = ctx.label;
  const ws = newSheet(ctx, L('workbook.sheets.funders'), [
    { text: L('funders.name'), width: 40 },
    { text: L('workbook.funderType'), width: 22 },
    { text: L('funders.contact'), width: 26 },
    ...SOURCES.map((s) => ({ text: L(`sources.${s}`), width: 15 })),
    { text: L('fields.total'), width: 16 },
  ]);
  autoFilter(ws, 8);
  const commitments = commitmentsByFunder(ctx.outline);
  let r = HEADER_ROW + 1;
  for (const funder of ctx.request.funders) {
    const list = commitments.get(funder.id) ?? [];
    if (!list.length) continue;
    textCell(ws.getCell(`A${r}`), text(ctx, funder.name));
    textCell(ws.getCell(`B${r}`), L(`funders.types.${funder.type}`));
    if (funder.contact) textCell(ws.getCell(`C${r}`), funder.contact);
    let total = 0;
    SOURCES.forEach((s, i) => {
      const amount = list.filter((c) => c.source === s).reduce((n, c) => n + c.amount, 0);
      total += amount;
      money(ws.getRow(r).getCell(4 + i), amount);
    });
    formula(ws.getCell(`H${r}`), `SUM(D${r}:G${r})`, total);
    r += 1;
  }
}
