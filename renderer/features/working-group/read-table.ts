/*
 * Reads a member list file into a table of strings: XLSX through exceljs, CSV through papaparse,
 * both loaded on demand. Anything else is refused before it is parsed.
 */
import { localDate } from '../../../shared/format';
import { MAX_IMPORT_ROWS } from '../../../shared/domain/member-import';

export type ReadResult =
  | { ok: true; table: string[][] }
  | { ok: false; error: 'notSpreadsheet' | 'unreadable' | 'tooManyRows' };

function cellText(value: unknown, text: string): string {
  // Excel stores dates as UTC midnight: take the calendar date, not the local instant.
  if (value instanceof Date) {
    return localDate(new Date(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()))
      .split('-')
      .reverse()
      .join('.');
  }
  return text ?? '';
}

async function readXlsx(buffer: ArrayBuffer): Promise<ReadResult> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: 'unreadable' };
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) return { ok: false, error: 'tooManyRows' };
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value, cell.text);
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { ok: true, table: Array.from(table, (row) => row ?? []) };
}

async function readCsv(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.includes(0)) return { ok: false, error: 'notSpreadsheet' };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  if (parsed.data.length > MAX_IMPORT_ROWS + 2) return { ok: false, error: 'tooManyRows' };
  return { ok: true, table: parsed.data.map((row) => row.map((cell) => String(cell ?? ''))) };
}

/** Reads the first sheet of an .xlsx, or a .csv (UTF-8, any usual delimiter). */
export async function readTable(file: File): Promise<ReadResult> {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  const name = file.name.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (name.endsWith('.xlsx'))
    return isZip ? readXlsx(buffer) : { ok: false, error: 'notSpreadsheet' };
  if (name.endsWith('.csv') || name.endsWith('.txt')) return readCsv(bytes);
  return { ok: false, error: 'notSpreadsheet' };
}
