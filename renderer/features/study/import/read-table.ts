/*
 * Reads a spreadsheet file into a plain table (runs in the import worker; tests run it in Node).
 * XLSX through read-xlsx (fflate + saxes, loaded on demand), CSV through papaparse in UTF-8 or Windows-1251, with a
 * comma or a semicolon. Refusals are codes the UI turns into the clerk's language.
 */
import Papa from 'papaparse';
import type { Cell, RawTable } from '../../../../shared/domain/study/import/mapper';

/** Files above this are refused before reading. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ReadRefusal = 'tooLarge' | 'notSpreadsheet' | 'encrypted' | 'empty' | 'unreadable';

export class ReadError extends Error {
  constructor(readonly code: ReadRefusal) {
    super(code);
    this.name = 'ReadError';
  }
}

function kindOf(bytes: Uint8Array): 'zip' | 'cfb' | 'text' | 'binary' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'cfb';
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0) ? 'binary' : 'text';
}

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else Windows-1251 (Excel's "CSV" on Russian Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** The delimiter of a CSV text: semicolon when the first line has more of them than commas. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const line = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const count = (ch: string) => line.split(ch).length - 1;
  const tabs = count('\t');
  const semis = count(';');
  const commas = count(',');
  if (tabs > semis && tabs > commas) return '\t';
  return semis > commas ? ';' : ',';
}

function trimTable(rows: Cell[][]): RawTable {
  const nonEmpty = (row: Cell[]) => row.some((c) => c !== null && String(c).trim() !== '');
  const first = rows.findIndex(nonEmpty);
  if (first === -1) throw new ReadError('empty');
  const headers = rows[first]!.map((c) => (c === null ? '' : String(c).trim()));
  const body = rows.slice(first + 1);
  while (body.length > 0 && !nonEmpty(body[body.length - 1]!)) body.pop();
  return { headers, rows: body };
}

/** Reads CSV text. */
export function readCsv(bytes: Uint8Array): RawTable {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  return trimTable(parsed.data.map((row) => row.map((c) => (c === '' ? null : c))));
}

/** Reads the first non-empty worksheet of an XLSX file (renderer/features/study/import/read-xlsx). */
export async function readXlsx(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<RawTable> {
  const { readXlsxCells } = await import('./read-xlsx');
  let rows: Cell[][];
  try {
    rows = readXlsxCells(bytes, onProgress);
  } catch {
    throw new ReadError('unreadable');
  }
  if (rows.length === 0) throw new ReadError('empty');
  return trimTable(rows);
}

/** Reads any supported file, refusing what is not a readable spreadsheet. */
export async function readTable(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<RawTable> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ReadError('tooLarge');
  if (bytes.byteLength === 0) throw new ReadError('empty');
  const kind = kindOf(bytes);
  if (kind === 'cfb') throw new ReadError('encrypted');
  if (kind === 'binary') throw new ReadError('notSpreadsheet');
  if (kind === 'zip') return readXlsx(bytes, onProgress);
  return readCsv(bytes);
}
