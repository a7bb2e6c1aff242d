/*
 * Reads the cells of XLSX worksheets as plain values, streaming each sheet's XML through a SAX
 * parser after inflating only the parts it needs, with every cap checked as it goes (see
 * read-limits). A survey export of 50,000 rows reads in a fraction of the time of a full exceljs
 * workbook model, which builds styles and objects for every cell (issue 5's import figure).
 *
 * Values as the importers want them: shared and inline strings (rich text joined, phonetic runs
 * left out), numbers, booleans, formula cells by their cached result, error cells empty, dates as
 * Excel serial numbers (1900 system; a 1904-system workbook's date cells are shifted to it) or,
 * with `dates: 'iso'`, as `YYYY-MM-DD` text. Rows are sparse: `rows[r - 1]` is sheet row r and
 * ends at its last value.
 */
import { excelSerialToIso, type Cell } from '../../../../shared/domain/study/import/mapper';
import { READ_LIMITS, ReadError, type ReadLimits } from './read-limits';
import { TableBuilder } from './table-builder';
import { local, parseXmlPart } from './xml';
import { dateStyles, sharedStrings, workbookParts } from './xlsx-parts';
import { ZipArchive } from './zip';

export interface XlsxOptions {
  limits?: ReadLimits;
  /** Serial numbers (default) or ISO dates for date-formatted cells. */
  dates?: 'serial' | 'iso';
  onProgress?: (done: number, total: number) => void;
}

/** One worksheet: its name as the workbook shows it, and its sparse rows. */
export interface SheetRows {
  name: string;
  rows: Cell[][];
}

/** Column number (1-based) of a cell reference such as `AB12`. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column;
}

/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1462;

/** An Excel serial as `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM` when it has a time of day. */
function serialText(serial: number): string {
  const iso = excelSerialToIso(serial);
  return Number.isInteger(serial) ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

interface SheetContext {
  strings: readonly string[] | null;
  dateStyles: Set<number>;
  date1904: boolean;
  iso: boolean;
  limits: ReadLimits;
}

/** The value of a finished cell from its type, text and style. */
function cellValue(type: string, text: string, style: number, context: SheetContext): Cell {
  switch (type) {
    case 's': {
      const value = context.strings?.[Number(text)];
      // A reference into a table that is not there: the file is broken, not merely empty.
      if (value === undefined) throw new ReadError('missingSharedStrings');
      return value;
    }
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return null;
    case 'd': {
      const ms = Date.parse(text);
      if (Number.isNaN(ms)) return null;
      return context.iso ? text.slice(0, 10) : ms / 86_400_000 + 25569;
    }
    default: {
      const n = text === '' ? Number.NaN : Number(text);
      if (Number.isNaN(n)) return null;
      if (!context.dateStyles.has(style)) return n;
      const serial = context.date1904 ? n + DAYS_1904 : n;
      return context.iso ? serialText(serial) : serial;
    }
  }
}

/** The sparse rows of one worksheet part. */
function sheetRows(
  zip: ZipArchive,
  part: string,
  context: SheetContext,
  onProgress?: (done: number, total: number) => void,
): Cell[][] {
  const table = new TableBuilder(context.limits);
  let rowNumber = 0;
  let column = 0;
  let type = 'n';
  let style = 0;
  let text = '';
  let hasText = false;
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;
  parseXmlPart(
    zip,
    part,
    {
      open: (tag) => {
        switch (local(tag.name)) {
          case 'row': {
            const r = Number(tag.attributes['r']);
            rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
            column = 0;
            return;
          }
          case 'c': {
            const ref = tag.attributes['r'];
            const c = ref === undefined ? 0 : columnOf(String(ref));
            column = c > column ? c : column + 1;
            type = String(tag.attributes['t'] ?? 'n');
            style = Number(tag.attributes['s'] ?? 0);
            text = '';
            hasText = false;
            return;
          }
          case 'v':
            inValue = true;
            hasText = true;
            text = '';
            return;
          case 'is':
            inInline = true;
            hasText = true;
            text = '';
            return;
          case 't':
            if (inInline && !inPhonetic) inValue = true;
            return;
          case 'rPh':
            inPhonetic = true;
            return;
        }
      },
      text: (chunk) => {
        if (inValue) text += chunk;
      },
      close: (name) => {
        switch (local(name)) {
          case 'v':
          case 't':
            inValue = false;
            return;
          case 'rPh':
            inPhonetic = false;
            return;
          case 'is':
            inInline = false;
            type = 'inlineStr';
            return;
          case 'c':
            if (hasText)
              table.set(rowNumber - 1, column - 1, cellValue(type, text, style, context));
            return;
        }
      },
    },
    onProgress,
  );
  return table.rows;
}

/** Opens a workbook: its parts found through the package's relationships, its small parts read. */
function openWorkbook(bytes: Uint8Array, options: XlsxOptions) {
  const limits = options.limits ?? READ_LIMITS.survey;
  const zip = new ZipArchive(bytes, limits.maxXmlBytes);
  const parts = workbookParts(zip);
  zip.check([parts.sharedStrings, parts.styles].filter((p): p is string => p !== undefined));
  const iso = options.dates === 'iso';
  const context: SheetContext = {
    strings: sharedStrings(zip, parts.sharedStrings, limits),
    dateStyles: parts.date1904 || iso ? dateStyles(zip, parts.styles) : new Set(),
    date1904: parts.date1904,
    iso,
    limits,
  };
  const read = (part: string) => sheetRows(zip, part, context, options.onProgress);
  return { sheets: parts.sheets, read };
}

/**
 * The worksheets of an XLSX in the workbook's order: all of them, or those named in `names`
 * (compared without regard to letter case; a name the workbook lacks is simply absent).
 * For a form definition: `readXlsxSheets(bytes, ['survey', 'choices'])`.
 */
export function readXlsxSheets(
  bytes: Uint8Array,
  names?: readonly string[],
  options: XlsxOptions = {},
): SheetRows[] {
  const { sheets, read } = openWorkbook(bytes, options);
  const wanted = names && new Set(names.map((n) => n.toLowerCase()));
  return sheets
    .filter((sheet) => !wanted || wanted.has(sheet.name.toLowerCase()))
    .map((sheet) => ({ name: sheet.name, rows: read(sheet.part) }));
}

/** The rows of the first worksheet that holds any value; `[]` when every sheet is empty. */
export function readXlsxCells(bytes: Uint8Array, options: XlsxOptions = {}): Cell[][] {
  const { sheets, read } = openWorkbook(bytes, options);
  if (sheets.length === 0) throw new ReadError('noSheet');
  for (const sheet of sheets) {
    const rows = read(sheet.part);
    if (rows.some((cells) => cells.length > 0)) return rows;
  }
  return [];
}
