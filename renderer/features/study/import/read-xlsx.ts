/*
 * Reads the cells of an XLSX workbook's first non-empty worksheet as plain values, streaming the
 * sheet's XML through a SAX parser (saxes) after unzipping the parts it needs (fflate). A survey
 * export of 50,000 rows reads in a fraction of the time of a full exceljs workbook model, which
 * builds styles and objects for every cell (issue 5's import figure).
 *
 * Values as the import wants them: shared and inline strings (rich text joined, phonetic runs
 * left out), numbers, booleans, formula cells by their cached result, error cells empty, dates as
 * Excel serial numbers (1900 system; a 1904-system workbook's date cells are shifted to it).
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Cell } from '../../../../shared/domain/study/import/mapper';

/** Why a zip could not be read as a workbook. */
export class XlsxError extends Error {
  constructor(readonly code: 'unreadable') {
    super(code);
    this.name = 'XlsxError';
  }
}

const decoder = new TextDecoder('utf-8');

/** Unzips the parts whose names `want` accepts; a broken zip is unreadable. */
function unzip(bytes: Uint8Array, want: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (file: UnzipFileInfo) => want(file.name) });
  } catch {
    throw new XlsxError('unreadable');
  }
}

/** Runs a SAX parse of `xml`; a malformed part is unreadable. */
function parse(
  xml: string,
  handlers: {
    open?: (tag: SaxesTagPlain) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
  onChunk?: (done: number, total: number) => void,
): void {
  const parser = new SaxesParser();
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(tag.name));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  try {
    const CHUNK = 1 << 20;
    for (let from = 0; from < xml.length; from += CHUNK) {
      parser.write(xml.slice(from, from + CHUNK));
      onChunk?.(Math.min(from + CHUNK, xml.length), xml.length);
    }
    parser.close();
  } catch {
    throw new XlsxError('unreadable');
  }
}

/** The local name of a tag (`x:row` → `row`): some writers prefix the spreadsheet namespace. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** `xl/worksheets/sheet1.xml` from a relationship target relative to `xl/` or absolute. */
function partName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts: string[] = ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Column number (1-based) of a cell reference such as `AB12`. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column;
}

/** Built-in number formats that show dates or times. */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a custom number format shows a date or time (quoted text and [colours] left out). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(bare);
}

/** The style indexes (`s` of a cell) whose number format is a date: only read for 1904 workbooks. */
function dateStyles(xml: string | undefined): Set<number> {
  const styles = new Set<number>();
  if (!xml) return styles;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let xf = 0;
  parse(xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'numFmt')
        custom.set(Number(tag.attributes['numFmtId']), String(tag.attributes['formatCode'] ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes['numFmtId'] ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) styles.add(xf);
        xf += 1;
      }
    },
    close: (name) => {
      if (local(name) === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** The shared strings table: each item's text runs joined (phonetic runs left out). */
function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  parse(xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic += 1;
    },
    close: (name) => {
      const tag = local(name);
      if (tag === 't') inText = false;
      else if (tag === 'rPh') phonetic -= 1;
      else if (tag === 'si') strings.push(current);
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}

/** The worksheet parts in the workbook's order (chart sheets and the like left out). */
function worksheetParts(files: Record<string, Uint8Array>): string[] {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) throw new XlsxError('unreadable');
  const targets = new Map<string, string>();
  parse(decoder.decode(rels), {
    open: (tag) => {
      if (local(tag.name) !== 'Relationship') return;
      const type = String(tag.attributes['Type'] ?? '');
      if (type.endsWith('/worksheet'))
        targets.set(String(tag.attributes['Id']), partName(String(tag.attributes['Target'])));
    },
  });
  const parts: string[] = [];
  parse(decoder.decode(workbook), {
    open: (tag) => {
      if (local(tag.name) !== 'sheet') return;
      const id = Object.entries(tag.attributes).find(([key]) => local(key) === 'id')?.[1];
      const part = id === undefined ? undefined : targets.get(String(id));
      if (part) parts.push(part);
    },
  });
  return parts;
}

/** Whether the workbook counts dates from 1904 (old Mac Excel). */
function uses1904(workbook: Uint8Array): boolean {
  let result = false;
  parse(decoder.decode(workbook), {
    open: (tag) => {
      if (local(tag.name) === 'workbookPr') {
        const value = String(tag.attributes['date1904'] ?? '');
        result = value === '1' || value === 'true';
      }
    },
  });
  return result;
}

/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1462;

/** An ISO date cell (`t="d"`) as a 1900-system serial. */
function isoToSerial(text: string): Cell {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms / 86_400_000 + 25569;
}

/** The rows of one worksheet part: `rows[r - 1][c - 1]`, every row as wide as the widest. */
function sheetRows(
  xml: string,
  strings: readonly string[],
  shiftDates: Set<number> | null,
  onProgress?: (done: number, total: number) => void,
): Cell[][] {
  const rows: Cell[][] = [];
  let width = 0;
  let row: Cell[] = [];
  let rowNumber = 0;
  let column = 0;
  let type = 'n';
  let style = 0;
  let text = '';
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;
  let value: Cell = null;
  parse(
    xml,
    {
      open: (tag) => {
        switch (local(tag.name)) {
          case 'row': {
            const r = Number(tag.attributes['r']);
            rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
            row = [];
            column = 0;
            return;
          }
          case 'c': {
            const ref = tag.attributes['r'];
            const c = ref === undefined ? 0 : columnOf(String(ref));
            column = c > column ? c : column + 1;
            type = String(tag.attributes['t'] ?? 'n');
            style = Number(tag.attributes['s'] ?? 0);
            value = null;
            if (column > width) width = column;
            return;
          }
          case 'v':
            inValue = true;
            text = '';
            return;
          case 'is':
            inInline = true;
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
            inValue = false;
            switch (type) {
              case 's':
                value = strings[Number(text)] ?? null;
                return;
              case 'str':
                value = text;
                return;
              case 'b':
                value = text === '1' || text === 'true';
                return;
              case 'e':
                value = null;
                return;
              case 'd':
                value = isoToSerial(text);
                return;
              case 'inlineStr':
                value = text;
                return;
              default: {
                const n = text === '' ? Number.NaN : Number(text);
                value = Number.isNaN(n) ? null : n;
                if (typeof value === 'number' && shiftDates?.has(style)) value += DAYS_1904;
              }
            }
            return;
          case 't':
            if (inInline) inValue = false;
            return;
          case 'rPh':
            inPhonetic = false;
            return;
          case 'is':
            inInline = false;
            value = text;
            return;
          case 'c':
            row[column - 1] = value;
            return;
          case 'row':
            while (rows.length < rowNumber - 1) rows.push([]);
            rows[rowNumber - 1] = row;
            return;
        }
      },
    },
    onProgress,
  );
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r]!;
    const full: Cell[] = new Array<Cell>(width);
    for (let c = 0; c < width; c += 1) full[c] = cells[c] ?? null;
    rows[r] = full;
  }
  return rows;
}

/**
 * The cells of the first worksheet that holds any value (empty rows and columns kept in place, so
 * row r of the sheet is `rows[r - 1]`); `[]` when every sheet is empty.
 */
export function readXlsxCells(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Cell[][] {
  const meta = unzip(
    bytes,
    (name) =>
      name === 'xl/workbook.xml' ||
      name === 'xl/_rels/workbook.xml.rels' ||
      name === 'xl/sharedStrings.xml' ||
      name === 'xl/styles.xml',
  );
  const sheets = worksheetParts(meta);
  const strings = sharedStrings(
    meta['xl/sharedStrings.xml'] && decoder.decode(meta['xl/sharedStrings.xml']),
  );
  const shiftDates = uses1904(meta['xl/workbook.xml']!)
    ? dateStyles(meta['xl/styles.xml'] && decoder.decode(meta['xl/styles.xml']))
    : null;
  for (const part of sheets) {
    const file = unzip(bytes, (name) => name === part)[part];
    if (!file) continue;
    const rows = sheetRows(decoder.decode(file), strings, shiftDates, onProgress);
    if (rows.some((cells) => cells.some((cell) => cell !== null))) return rows;
  }
  return [];
}
