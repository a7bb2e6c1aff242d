/*
 * Budget lines pasted from a spreadsheet (issue 17): per row item, unit, quantity, unit cost and,
 * optionally, the four shares (local budget, business, donors, residents), in that order. Numbers
 * as office people type them (`1 234,50`, `2,5`, `1 234,50 сом`, via parse.ts). Each row is
 * checked by the same schema as the line form; a row's problems are i18n keys by column. A first
 * row whose quantity and unit cost are both words is the table's header and is skipped.
 */
import type { Language } from '../languages';
import { amountValue, readMoney, readQuantity } from '../parse';
import {
  budgetLineInputSchema,
  yearProblem,
  type BudgetLineInput,
  type Plan,
} from '../schemas/plan';
import { SOURCES, type Source } from './budget';
import { readClipboardTable } from './clipboard-table';

/** The pasted columns, in order. */
export const PASTE_COLUMNS = ['item', 'unit', 'quantity', 'unitCost', ...SOURCES] as const;
export type PasteColumn = (typeof PASTE_COLUMNS)[number];
/** Where a row's problem is shown: a column, the shares together, the year, or the row. */
export type PasteTarget = PasteColumn | 'shares' | 'year' | 'row';

/** At most this many lines in one paste. */
export const MAX_PASTED_LINES = 1000;

export interface PastedLine {
  /** The row's number in the pasted table (1 = the first row copied). */
  row: number;
  cells: string[];
  /** The line to add, when the row has no problem. */
  input: BudgetLineInput | null;
  problems: { target: PasteTarget; message: string }[];
}

export interface PasteReading {
  /** The pasted table began with a header row, which was skipped. */
  header: boolean;
  lines: PastedLine[];
  /** More than MAX_PASTED_LINES rows: none is added. */
  tooMany: boolean;
}

export interface PasteOptions {
  /** The language the item and unit are written in. */
  lang: Language;
  year: number;
  plan: Pick<Plan, 'startYear' | 'endYear'>;
  /** The activity's default funders per source, given to each source the line has a share of. */
  defaultFunderIds?: Partial<Record<Source, string[]>>;
}

const blank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
const cellOf = (cells: string[], column: PasteColumn) =>
  (cells[PASTE_COLUMNS.indexOf(column)] ?? '').replace(/\r\n?/g, '\n').trim();

function isHeader(cells: string[]): boolean {
  const words = (column: PasteColumn) => {
    const reading = (column === 'quantity' ? readQuantity : readMoney)(cellOf(cells, column));
    return !reading.ok && reading.problem === 'format';
  };
  return cellOf(cells, 'item') !== '' && words('quantity') && words('unitCost');
}

function targetOf(path: PropertyKey[]): PasteTarget {
  const [head, sub] = path.map(String);
  if (head === 'item' || head === 'unit') return head;
  if (head === 'quantityMilli') return 'quantity';
  if (head === 'unitCostTyiyn') return 'unitCost';
  if (head === 'shares') return SOURCES.includes(sub as Source) ? (sub as Source) : 'shares';
  return head === 'year' ? 'year' : 'row';
}

/** One pasted row read into a line input, with its problems. */
export function readPastedRow(cells: string[], row: number, options: PasteOptions): PastedLine {
  const text = (column: PasteColumn) => {
    const value = cellOf(cells, column);
    return value ? { [options.lang]: value } : {};
  };
  const shares = Object.fromEntries(
    SOURCES.map((s) => [s, amountValue(readMoney(cellOf(cells, s)), 0)]),
  ) as Record<Source, number>;
  const funderIds = Object.fromEntries(
    SOURCES.map((s) => [s, shares[s] > 0 ? [...(options.defaultFunderIds?.[s] ?? [])] : []]),
  ) as Record<Source, string[]>;
  const candidate: BudgetLineInput = {
    item: text('item'),
    unit: text('unit'),
    quantityMilli: amountValue(readQuantity(cellOf(cells, 'quantity')), Number.NaN),
    unitCostTyiyn: amountValue(readMoney(cellOf(cells, 'unitCost')), Number.NaN),
    year: options.year,
    classificationCode: '',
    shares,
    funderIds,
    residentsInKind: false,
    notes: '',
  };
  const problems: PastedLine['problems'] = [];
  if (cells.slice(PASTE_COLUMNS.length).some((cell) => cell.trim() !== ''))
    problems.push({ target: 'row', message: 'budgetEntry:tooManyColumns' });
  const parsed = budgetLineInputSchema.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const target = targetOf(issue.path);
      if (!problems.some((p) => p.target === target))
        problems.push({ target, message: issue.message });
    }
  const year = yearProblem(options.year, options.plan);
  if (year) problems.push({ target: 'year', message: year });
  return {
    row,
    cells,
    input: parsed.success && problems.length === 0 ? parsed.data : null,
    problems,
  };
}

/** Every non-empty row of pasted clipboard text as a line, checked. */
export function readPastedLines(text: string, options: PasteOptions): PasteReading {
  const rows = readClipboardTable(text)
    .map((cells, index) => ({ cells, row: index + 1 }))
    .filter(({ cells }) => !blank(cells));
  const header = rows.length > 0 && isHeader(rows[0]!.cells);
  const body = header ? rows.slice(1) : rows;
  if (body.length > MAX_PASTED_LINES) return { header, lines: [], tooMany: true };
  return {
    header,
    lines: body.map(({ cells, row }) => readPastedRow(cells, row, options)),
    tooMany: false,
  };
}

/** True when there is something to add and no row has a problem. */
export const pasteReady = (reading: PasteReading) =>
  !reading.tooMany && reading.lines.length > 0 && reading.lines.every((line) => line.input);
