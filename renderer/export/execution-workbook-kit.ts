/*
 * What the sheets of the execution workbook share: the context (labels in three namespaces, the
 * figures of shared/domain/monitoring/execution-book), the figure columns every sheet repeats
 * (planned, spent in the period, cumulative, each with its in-kind part, then the variance and the
 * % realised), and how a row of them is written: each figure a formula whose exact result, summed
 * in integer tyiyn, is stored as its cached value.
 */
import type ExcelJS from 'exceljs';
import { somValue, type Source } from '../../shared/domain/budget';
import type { ExecutionBook } from '../../shared/domain/monitoring/execution-book';
import {
  realised,
  type ExecutionFigures,
  type Period,
} from '../../shared/domain/monitoring/spending';
import type { LineRow } from '../../shared/domain/plan-outline';
import type { Language } from '../../shared/languages';
import type { Expenditure } from '../../shared/schemas/monitoring';
import {
  money,
  newSheet,
  quote,
  type ColumnSpec,
  type Columns,
  type SheetFrame,
} from './budget-workbook-kit';
import type { ExecutionRequest } from './execution-workbook-name';

type Label = SheetFrame['label'];

export interface ExecutionContext extends SheetFrame {
  request: ExecutionRequest;
  lang: Language;
  /** `plan:` labels (the kit's `label`). */
  L: Label;
  /** `execution:` labels. */
  X: Label;
  /** `monitoring:` labels. */
  M: Label;
  book: ExecutionBook<Expenditure>;
  /** The reporting period (spent within it; cumulative up to its end); unbounded for the whole plan. */
  period: Period;
  /** The plan outline's row of each line key (numbers, activity, item). */
  lineRow: Map<string, LineRow>;
  /** A funder's name in the workbook's language, unique within the workbook. */
  funderName: (id: string | null) => string;
  source: (source: Source) => string;
  /** The register's word for an in-kind record (the SUMIFS criterion of the in-kind columns). */
  inKindWord: string;
}

/** The figure columns, in order; `cash` sheets (the local budget) leave the in-kind ones out. */
export const FIGURES = [
  'planned',
  'plannedInKind',
  'spent',
  'spentInKind',
  'cumulative',
  'cumulativeInKind',
] as const satisfies readonly (keyof ExecutionFigures)[];
export type Figure = (typeof FIGURES)[number];
export type FigureColumn = Figure | 'difference' | 'realised';
const IN_KIND: readonly Figure[] = ['plannedInKind', 'spentInKind', 'cumulativeInKind'];

export const PERCENT = '0.0%';

/** The figure columns' specs (money 14 wide, its in-kind parts 12, the % 8). */
export function figureSpecs(ctx: ExecutionContext, cash = false): ColumnSpec<FigureColumn>[] {
  const { M, X } = ctx;
  const header: Record<FigureColumn, string> = {
    planned: M('spending.planned'),
    plannedInKind: M('spending.inKind'),
    spent: M('spending.spentInPeriod'),
    spentInKind: M('spending.inKind'),
    cumulative: M('spending.cumulative'),
    cumulativeInKind: M('spending.inKind'),
    difference: X('columns.difference'),
    realised: M('spending.realised'),
  };
  const keys = [...FIGURES.filter((f) => !cash || !IN_KIND.includes(f)), 'difference', 'realised'];
  return keys.map((key) => ({
    key: key as FigureColumn,
    header: header[key as FigureColumn],
    width: key === 'realised' ? 8 : IN_KIND.includes(key as Figure) ? 12 : 14,
    style: key === 'realised' ? undefined : 'money',
  }));
}

/**
 * The cells of row `r` by column key. Through the row object, not `ws.getCell(r, c)`: that one
 * spells each address out and parses it back, per cell.
 */
export function rowCells<K extends string>(
  ws: ExcelJS.Worksheet,
  C: Columns<K>,
  r: number,
): (key: K) => ExcelJS.Cell {
  const row = ws.getRow(r);
  return (key) => row.getCell(C.index(key));
}

/** `fn` remembering its result per argument (texts and serials repeated on thousands of rows). */
export function memo<T>(fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = fn(key)));
    return value;
  };
}

/**
 * Writes a row's figures: `figure(key)` gives each figure's formula, null for a plain value (the
 * plan of a line) or undefined to leave the cell empty; columns the sheet lacks are skipped. The variance (cumulative − planned) and the
 * % realised follow as formulas over the row's own cells.
 */
export function writeFigures<K extends string>(
  ws: ExcelJS.Worksheet,
  C: Columns<K | FigureColumn>,
  r: number,
  figures: ExecutionFigures,
  figure: (key: Figure) => string | null | undefined,
  /** A row above whose formulas this row repeats, shifted (shared formulas: much less to write). */
  master?: number,
): void {
  const shared = master !== undefined && master !== r;
  const cell = rowCells(ws, C, r);
  const put = (key: FigureColumn, text: string, result: number | string) => {
    cell(key).value = shared
      ? { sharedFormula: C.at(key, master), result }
      : { formula: text, result };
  };
  for (const key of FIGURES) {
    if (!C.has(key)) continue;
    const text = figure(key);
    if (text === undefined) continue;
    if (text === null) money(cell(key), figures[key], false);
    else put(key, text, somValue(figures[key]));
  }
  const planned = C.at('planned', r);
  const cumulative = C.at('cumulative', r);
  put('difference', `${cumulative}-${planned}`, somValue(figures.cumulative - figures.planned));
  put('realised', `IF(${planned}=0,"",${cumulative}/${planned})`, realised(figures) ?? '');
}

/**
 * Ends a sheet: the print area is its columns down to `lastRow` (so a long title line does not
 * widen the page and shrink the type), and the title row is merged across them and wrapped.
 */
export function finishSheet(
  ctx: ExecutionContext,
  ws: ExcelJS.Worksheet,
  C: Columns<string>,
  lastRow: number,
): void {
  const last = C.specs[C.specs.length - 1]!.key;
  // The heading lines run on unwrapped, whatever the first column's style.
  for (let row = 2; row <= ctx.heading.length; row++)
    ws.getCell(row, 1).alignment = { wrapText: false, vertical: 'top' };
  ws.pageSetup.printArea = `A1:${C.at(last, lastRow)}`;
  ws.mergeCells(`A1:${C.at(last, 1)}`);
  ws.getCell('A1').alignment = { wrapText: true, vertical: 'top' };
  const width = C.specs.reduce((n, spec) => n + spec.width, 0);
  const title = String(ws.getCell('A1').value ?? '');
  // 13-pt bold takes about 1.3 width units a letter; 18 pt a line.
  ws.getRow(1).height = 18 * Math.max(1, Math.ceil((title.length * 1.3) / width));
  shareColumnStyles(ws, ctx.heading.length + 2, lastRow);
  // Spreadsheet programs do not grow a row for wrapped text on opening: give the header row and
  // each row with wrapped text the height of its longest text (an 11-pt line is 15 pt).
  const headerRow = ctx.heading.length + 1;
  ws.getRow(headerRow).alignment = { wrapText: true, vertical: 'middle' };
  const wrapped = C.specs.flatMap((spec, i) =>
    spec.style === 'wrap' ? [[i + 1, spec.width]] : [],
  );
  const lines = (text: unknown, width: number, bold = false) =>
    Math.ceil((String(text ?? '').length * (bold ? 1.25 : 1.1)) / Math.max(1, width - 1));
  ws.getRow(headerRow).height =
    15 *
    Math.max(
      1,
      ...C.specs.map((spec, i) => lines(ws.getCell(headerRow, i + 1).value, spec.width, true)),
    );
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    let most = 1;
    for (const [c, width] of wrapped) most = Math.max(most, lines(row.getCell(c!).value, width!));
    if (most > 1) row.height = 15 * most;
  }
}

/**
 * Gives every cell whose style is just its column's that very style object: exceljs then finds the
 * style by identity instead of rebuilding it cell by cell (most of the cost of a large sheet).
 */
function shareColumnStyles(ws: ExcelJS.Worksheet, from: number, to: number): void {
  const styles = new Map<number, Partial<ExcelJS.Style>>();
  const keysOf = new Map<number, string[]>();
  for (let r = from; r <= to; r++)
    ws.getRow(r).eachCell((cell) => {
      const col = Number(cell.col);
      let style = styles.get(col);
      if (!style) {
        styles.set(col, (style = ws.getColumn(col).style));
        keysOf.set(col, Object.keys(style));
      }
      const own = cell.style as Record<string, unknown>;
      if (own !== style && sameStyle(own, style as Record<string, unknown>, keysOf.get(col)!))
        cell.style = style;
    });
}

/** True when `own` has exactly the keys of the column's style, each the very same value. */
function sameStyle(
  own: Record<string, unknown>,
  style: Record<string, unknown>,
  keys: readonly string[],
): boolean {
  let count = 0;
  for (const k in own) {
    if (own[k] !== style[k]) return false;
    count += 1;
  }
  return count === keys.length;
}

/** A sheet's frame (kit's newSheet) with every cell of its columns aligned to the top. */
export function executionSheet<K extends string>(
  ctx: ExecutionContext,
  ws: ExcelJS.Worksheet,
  C: Columns<K>,
  filter = true,
): void {
  newSheet(ctx, '', C, { existing: ws, filter });
  C.specs.forEach((spec, i) => {
    if (spec.style !== 'wrap') ws.getColumn(i + 1).alignment = { vertical: 'top' };
  });
  if (C.has('realised' as K)) ws.getColumn(C.index('realised' as K)).numFmt = PERCENT;
}

/** `'Sheet'!$I$6:$I$105`: rows `first`–`last` of one column, for formulas on other sheets. */
export function columnRange<K extends string>(
  ws: ExcelJS.Worksheet,
  C: Columns<K>,
  first: number,
  last: number,
): (key: K) => string {
  const name = quote(ws.name);
  return (key) => `${name}!$${C.letter(key)}$${first}:$${C.letter(key)}$${last}`;
}

/** A text constant inside a formula. */
export const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** An Excel date serial of a `YYYY-MM-DD` date (days since 1899-12-30), exact. */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export const DATE_FORMAT = 'dd.mm.yyyy';
