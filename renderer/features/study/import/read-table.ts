/*
 * The one table reader of the survey, police and member imports: an XLSX (first non-empty sheet)
 * or a CSV file into a header row and sparse data rows, within the caps of the importer's profile.
 * It runs in the import worker (import-client is how the page asks); tests run it in Node.
 * Refusals are ReadError codes the screens turn into the clerk's language (read-refusal).
 */
import type { Cell, RawTable } from '../../../../shared/domain/study/import/mapper';
import { decodeText, detectDelimiter, parseCsv } from './read-csv';
import { READ_LIMITS, ReadError, tooLarge, type ReadLimits, type ReadProfile } from './read-limits';
import { readXlsxCells, readXlsxSheets, type SheetRows } from './read-xlsx';

export { ReadError, READ_LIMITS, type ReadProfile, type SheetRows };
export { MAX_IMPORT_BYTES } from './read-limits';
export { decodeText, detectDelimiter };

export interface ReadOptions {
  /** Whose caps apply (default: the survey's). */
  profile?: ReadProfile;
  /** The file's name: a `.xlsx` that is not a zip is refused rather than read as text. */
  fileName?: string;
  /** Serial numbers (default) or ISO dates for date-formatted XLSX cells. */
  dates?: 'serial' | 'iso';
  onProgress?: (done: number, total: number) => void;
}

function kindOf(bytes: Uint8Array): 'zip' | 'cfb' | 'text' | 'binary' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'cfb';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return 'text';
  return bytes.subarray(0, 4096).includes(0) ? 'binary' : 'text';
}

const hasValue = (row: Cell[] | undefined) =>
  row !== undefined && row.some((c) => c !== null && String(c).trim() !== '');

/**
 * The first row with a value is the header (padded to the widest row, so every column can be
 * mapped); the rows below it stay as they are, trailing empty rows dropped.
 */
function toTable(rows: Cell[][]): RawTable {
  const first = rows.findIndex(hasValue);
  if (first === -1) throw new ReadError('empty');
  let last = rows.length - 1;
  while (last > first && !hasValue(rows[last])) last -= 1;
  const body = rows.slice(first + 1, last + 1);
  const width = body.reduce((w, row) => Math.max(w, row.length), rows[first]!.length);
  const headers = Array.from({ length: width }, (_, i) => {
    const c = rows[first]![i];
    return c === null || c === undefined ? '' : String(c).trim();
  });
  return { headers, rows: body };
}

function limitsOf(options: ReadOptions): ReadLimits {
  return READ_LIMITS[options.profile ?? 'survey'];
}

/** Reads CSV bytes. */
export function readCsv(bytes: Uint8Array, options: ReadOptions = {}): RawTable {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  return toTable(parseCsv(text, detectDelimiter(text), limitsOf(options), options.onProgress));
}

/** Reads the first non-empty worksheet of an XLSX file. */
export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): RawTable {
  const rows = readXlsxCells(bytes, {
    limits: limitsOf(options),
    dates: options.dates,
    onProgress: options.onProgress,
  });
  if (rows.length === 0) throw new ReadError('empty');
  return toTable(rows);
}

/** The size and kind checks every read starts with. */
function admit(bytes: Uint8Array, options: ReadOptions): 'zip' | 'text' {
  const limits = limitsOf(options);
  if (bytes.byteLength > limits.maxBytes) throw tooLarge(limits);
  if (bytes.byteLength === 0) throw new ReadError('empty');
  const kind = kindOf(bytes);
  if (kind === 'cfb') throw new ReadError('encrypted');
  if (kind === 'binary') throw new ReadError('notSpreadsheet');
  if (kind === 'text' && /\.xls[xm]?$/i.test(options.fileName ?? ''))
    throw new ReadError('notSpreadsheet');
  return kind;
}

/** Reads any supported file, refusing what is not a readable spreadsheet or breaks a cap. */
export async function readTable(
  bytes: Uint8Array,
  optionsOrProgress: ReadOptions | ((done: number, total: number) => void) = {},
): Promise<RawTable> {
  const options =
    typeof optionsOrProgress === 'function' ? { onProgress: optionsOrProgress } : optionsOrProgress;
  return admit(bytes, options) === 'zip' ? readXlsx(bytes, options) : readCsv(bytes, options);
}

/** The named worksheets of an XLSX (all when `names` is absent): see readXlsxSheets. */
export function readSheets(
  bytes: Uint8Array,
  names: readonly string[] | undefined,
  options: ReadOptions = {},
): SheetRows[] {
  if (admit(bytes, options) !== 'zip') throw new ReadError('notSpreadsheet');
  return readXlsxSheets(bytes, names, { ...options, limits: limitsOf(options) });
}
