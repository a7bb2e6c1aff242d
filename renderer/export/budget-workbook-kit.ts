/*
 * What every sheet of the finance workbook shares. Money cells hold som (tyiyn / 100: exact to the
 * cent below 10^12 som) with a two-decimal format; every total is a formula whose exact result
 * (computed in integer tyiyn) is stored as its cached value. Clerk-typed text is only ever a
 * string value. Each sheet declares its columns once (`columns`); every cell address and formula
 * reference is derived from that spec, never written as a letter.
 */
import ExcelJS from 'exceljs';
import { somValue, SOURCES, type Source } from '../../shared/domain/budget';
import { funderNames, type LineRow, type PlanOutline } from '../../shared/domain/plan-outline';
import { pickText } from '../../shared/schemas/localized-text';
import type { Funder } from '../../shared/schemas/plan';
import type { WorkbookRequest } from './budget-workbook-name';
import { columnPoints, textHeight } from './budget-workbook-rows';

/** What a sheet's frame needs: the title lines above its header row, and the page label. */
export interface SheetFrame {
  workbook: ExcelJS.Workbook;
  label: (key: string, vars?: Record<string, string | number>) => string;
  planTitle: string;
  /** The rows above the header (title, status with version and approval, territory, period…); the header row follows them. */
  heading: string[];
  /** A draft's status row is set in red, so a draft never passes for the approved plan on paper. */
  draft: boolean;
}

export interface SheetContext extends SheetFrame {
  outline: PlanOutline;
  request: WorkbookRequest;
}

/** The first and last source, the ends of a row's span of source columns. */
export const FIRST_SOURCE: Source = SOURCES[0];
export const LAST_SOURCE: Source = SOURCES[SOURCES.length - 1]!;

export const MONEY = '#,##0.00';
export const QUANTITY = '#,##0.###';
export const HEADER_ROW = 4;

/**
 * How a sheet prints. `fit` scales the whole width onto one A4-landscape page (sheets narrow
 * enough to stay at 8 pt or more). `pages` prints at a fixed scale with the first
 * `repeatColumns` columns repeated on every page, across before down: the columns are sized so
 * that each page ends where a logical page does (the Budget sheet: identification and quantities,
 * then the same lines' amounts by source on the following page).
 */
export type PrintLayout = { kind: 'fit' } | { kind: 'pages'; repeatColumns: number; scale: number };

export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  width: number;
  /** A format the column gives every data cell (exceljs copies a column's style into new cells). */
  style?: 'money' | 'wrap';
}

/** A sheet's columns, in order: where each value lives. */
export interface Columns<K extends string> {
  readonly specs: readonly ColumnSpec<K>[];
  has(key: K): boolean;
  /** 1-based column number. */
  index(key: K): number;
  letter(key: K): string;
  /** The address of `key`'s cell in `row` (`I4`). */
  at(key: K, row: number): string;
  /** The cells of `row` from column `from` to column `to` (`C5:F5`). */
  span(from: K, to: K, row: number): string;
}

/** The spreadsheet letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columns<K extends string>(specs: readonly ColumnSpec<K>[]): Columns<K> {
  const positions = new Map(specs.map((spec, i) => [spec.key, i + 1]));
  const index = (key: K) => {
    const position = positions.get(key);
    if (position === undefined) throw new Error(`No column ${key} on this sheet`);
    return position;
  };
  const letter = (key: K) => columnLetter(index(key));
  return {
    specs,
    has: (key) => positions.has(key),
    index,
    letter,
    at: (key, row) => `${letter(key)}${row}`,
    span: (from, to, row) => `${letter(from)}${row}:${letter(to)}${row}`,
  };
}

/** A workbook with Koopsuz's document properties, which spreadsheet programs recalculate on opening. */
export function newWorkbook(props: {
  made: Date;
  title: string;
  subject: string;
  company: string;
  description: string;
  keywords?: string;
}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koopsuz';
  workbook.lastModifiedBy = 'Koopsuz';
  workbook.created = props.made;
  workbook.modified = props.made;
  workbook.title = props.title.slice(0, 250);
  workbook.subject = props.subject;
  workbook.company = props.company.slice(0, 250);
  if (props.keywords) workbook.keywords = props.keywords;
  workbook.description = props.description;
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

export const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
const escapeHeader = (text: string) => text.replace(/&/g, '&&');

/** A formula with its exact result (tyiyn → som); `format` false where the column already carries the money format. */
export function formula(cell: ExcelJS.Cell, text: string, tyiyn: number, format = true): void {
  cell.value = { formula: text, result: somValue(tyiyn) };
  if (format) cell.numFmt = MONEY;
}
export function money(cell: ExcelJS.Cell, tyiyn: number, format = true): void {
  cell.value = somValue(tyiyn);
  if (format) cell.numFmt = MONEY;
}
/** Clerk-typed text: always a plain string cell, whatever it starts with. */
export function textCell(cell: ExcelJS.Cell, value: string): void {
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

/**
 * A sheet with the title rows (`ctx.heading`: two in the budget, so its header is HEADER_ROW), a
 * bold frozen header row, widths, the columns' data formats, A4-landscape print setup repeating the
 * header row and, with `filter`, an autofilter over the header.
 */
export function newSheet<K extends string>(
  ctx: SheetFrame,
  name: string,
  cols: Columns<K>,
  options: { existing?: ExcelJS.Worksheet; filter?: boolean; print?: PrintLayout } = {},
): ExcelJS.Worksheet {
  const ws = options.existing ?? ctx.workbook.addWorksheet(uniqueName(ctx.workbook, name));
  const headerRow = ctx.heading.length + 1;
  const header = ws.getRow(headerRow);
  cols.specs.forEach((spec, i) => {
    header.getCell(i + 1).value = spec.header;
    ws.getColumn(i + 1).width = spec.width;
  });
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  const print = options.print ?? { kind: 'fit' };
  writeHeading(ctx, ws, print);
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    // Every page repeats the header row; the page header above it names plan and status.
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.85, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(print.kind === 'fit'
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : {
          fitToPage: false,
          scale: print.scale,
          pageOrder: 'overThenDown',
          printTitlesColumn: `A:${columnLetter(print.repeatColumns)}`,
        }),
  };
  ws.headerFooter = {
    oddHeader: `&L${escapeHeader(ctx.planTitle.slice(0, 100))}\n${escapeHeader(ctx.heading[1]!)}&R${escapeHeader(ws.name)}`,
    oddFooter: `&C${ctx.label('workbook.page')}`,
  };
  if (options.filter)
    ws.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow, column: cols.specs.length },
    };
  // A column's style also restyles the cells it already has: the header row gets its own back.
  cols.specs.forEach((spec, i) => {
    const column = ws.getColumn(i + 1);
    if (spec.style === 'money') column.numFmt = MONEY;
    column.alignment = { vertical: 'top', wrapText: spec.style === 'wrap' };
  });
  header.alignment = { wrapText: true, vertical: 'middle' };
  return ws;
}

/**
 * Title, status and territory in the first rows. Where columns repeat on every printed page, each
 * heading wraps inside the repeated columns (merged), so it prints whole beside any of them.
 */
function writeHeading(ctx: SheetFrame, ws: ExcelJS.Worksheet, print: PrintLayout): void {
  const fonts: Partial<ExcelJS.Font>[] = [
    { bold: true, size: 13 },
    ctx.draft ? { bold: true, color: { argb: 'FFC92A2A' } } : { bold: true },
    { italic: true },
  ];
  ctx.heading.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    const font = fonts[Math.min(i, fonts.length - 1)]!;
    cell.font = font;
    if (print.kind !== 'pages') return;
    ws.mergeCells(i + 1, 1, i + 1, print.repeatColumns);
    cell.alignment = { vertical: 'top', wrapText: true };
    const width = ws.columns
      .slice(0, print.repeatColumns)
      .reduce((sum, column) => sum + (column.width ?? 9), 0);
    ws.getRow(i + 1).height = textHeight(line, columnPoints(width), font);
  });
}

export const text = (ctx: SheetContext, value: Parameters<typeof pickText>[0]) =>
  pickText(value, ctx.request.lang).text;

const registers = new WeakMap<SheetContext, Map<string, Funder>>();
/** The funders of a line for `sources`, named in the workbook's language (prefixed by source when several). */
export function fundersOf(ctx: SheetContext, row: LineRow, sources: readonly Source[]): string {
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
