/*
 * CSV as offices save it: the encoding found from the bytes (UTF-8 with or without BOM, UTF-16
 * with a BOM, else Windows-1251, which Excel writes on Russian Windows), the delimiter found from
 * the first lines (`;` from Russian Excel, `,`, or tab), quoted fields with delimiters, quotes and
 * line breaks inside. Hand-written rather than papaparse so that the caps hold while a field or a
 * row is still being read: a 40 MB line of delimiters costs no memory.
 */
import type { Cell } from '../../../../shared/domain/study/import/mapper';
import type { ReadLimits } from './read-limits';
import { TableBuilder } from './table-builder';

/** The text of a CSV file in the encoding its bytes show (a BOM dropped). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

const CANDIDATES = [';', '\t', ','] as const;
/** The delimiter is judged on at most this much of the text. */
const SAMPLE = 64 * 1024;
export type Delimiter = (typeof CANDIDATES)[number];

/** Delimiters counted outside quotes on each of the first lines of `text`. */
function delimiterCounts(text: string, lines: number): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(CANDIDATES.map((d) => [d, [0]]));
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      if (counts.get(';')!.length >= lines) break;
      for (const list of counts.values()) list.push(0);
    } else if (!quoted && counts.has(ch as Delimiter)) {
      const list = counts.get(ch as Delimiter)!;
      list[list.length - 1]! += 1;
    }
  }
  return counts;
}

/**
 * The delimiter of a CSV text: the one found the same number of times on each of the first lines
 * (most of them wins), else the one most frequent on the first line; ties go to `;`, then tab.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = delimiterCounts(text.slice(0, SAMPLE), 20);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const lines = counts.get(d)!.filter((n, i, all) => n > 0 || i < all.length - 1);
    const steady = lines.length > 1 && lines.every((n) => n === lines[0]) && lines[0]! > 0;
    const score = (steady ? 1e6 : 0) + (lines[0] ?? 0);
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return bestScore > 0 ? best : ',';
}

/** Parses CSV text into sparse rows (`rows[r]` is line r; a row ends at its last value). */
export function parseCsv(
  text: string,
  delimiter: Delimiter,
  limits: ReadLimits,
  onProgress?: (done: number, total: number) => void,
): Cell[][] {
  const table = new TableBuilder(limits);
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let row = 0;
  let column = 0;
  let i = 0;
  let reported = 0;
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === 34) {
      // Quoted: "" is a quote; what follows the closing quote up to the delimiter is kept.
      let start = i + 1;
      value = '';
      for (;;) {
        const quote = text.indexOf('"', start);
        if (quote === -1) {
          value += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(quote + 1) === 34) {
          value += text.slice(start, quote + 1);
          start = quote + 2;
          continue;
        }
        value += text.slice(start, quote);
        i = quote + 1;
        break;
      }
      const tail = i;
      while (i < n && !isEnd(text.charCodeAt(i), d)) i += 1;
      if (i > tail) value += text.slice(tail, i);
    } else {
      const start = i;
      while (i < n && !isEnd(text.charCodeAt(i), d)) i += 1;
      value = text.slice(start, i);
    }
    table.set(row, column, value);
    if (i >= n) break;
    const ch = text.charCodeAt(i);
    i += 1;
    if (ch === d) {
      column += 1;
      if (i === n) break;
      continue;
    }
    if (ch === 13 && text.charCodeAt(i) === 10) i += 1;
    row += 1;
    column = 0;
    if (onProgress && i - reported > 1 << 20) {
      reported = i;
      onProgress(i, n);
    }
  }
  return table.rows;
}

/** Whether a character ends an unquoted field: the delimiter or a line break. */
const isEnd = (code: number, delimiter: number) => code === delimiter || code === 10 || code === 13;
