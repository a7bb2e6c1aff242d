/*
 * Police statistics from a spreadsheet (one row = period, category, count): the automatic column
 * guess, period and count parsing, matching categories to problems (by code, title in any language,
 * or the clerk's value mapping) and a row-numbered report. Pure; the data layer stores the result
 * all or nothing (renderer/db/study/police.ts importPoliceCounts).
 */
import type { LocalizedText } from '../../../schemas/localized-text';
import { normalize } from './fields';
import { excelSerialToIso, type Cell, type RawTable } from './mapper';

/** Which column holds what (column indexes), and category → problem code overrides ('' = skip). */
export interface PoliceMapping {
  period: number | null;
  problem: number | null;
  count: number | null;
  values: Record<string, string>;
}

export type PoliceIssue = 'badPeriod' | 'badCount' | 'noProblem' | 'empty';

export interface PoliceConversion {
  /** One figure per period and problem; rows mapped to the same pair are added up. */
  rows: { period: string; problemCode: string; count: number }[];
  /** Rows that were left out, with the reason. */
  issues: { rowNumber: number; reason: PoliceIssue; value: string }[];
  /** Categories that match no problem, with the rows where they occur. */
  unknown: { value: string; key: string; rows: number[] }[];
  /** Period/problem pairs that several rows added up to (row numbers). */
  summed: { period: string; problemCode: string; rows: number[] }[];
  /** Rows whose category the clerk chose to skip. */
  ignored: number;
  /** Categories the clerk's value mapping decided, with their rows (so the choice can be changed). */
  mapped: { value: string; key: string; rows: number[] }[];
}

const HEADERS = {
  period: ['period', 'quarter', 'month', 'период', 'квартал', 'месяц', 'мезгил', 'чейрек', 'ай'],
  problem: [
    'category',
    'problem',
    'offence',
    'crime',
    'категория',
    'проблема',
    'вид',
    'видпреступления',
    'правонарушение',
    'статья',
    'категориясы',
    'көйгөй',
    'укукбузуу',
  ],
  count: ['count', 'number', 'total', 'количество', 'число', 'всего', 'зарегистрировано', 'саны'],
} as const;

/** A first guess of the period, category and count columns. */
export function autoMapPolice(headers: readonly string[]): PoliceMapping {
  const find = (names: readonly string[], taken: (number | null)[]) => {
    const index = headers.findIndex(
      (h, i) => !taken.includes(i) && names.some((n) => normalize(h).startsWith(n)),
    );
    return index === -1 ? null : index;
  };
  const period = find(HEADERS.period, []);
  const problem = find(HEADERS.problem, [period]);
  const count = find(HEADERS.count, [period, problem]);
  return { period, problem, count, values: {} };
}

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** `2025-Q3`, `Q3 2025`, `3 кв. 2025`, `III квартал 2025`, `2025-07`, `07.2025`, a date or an Excel date → a period. */
export function parsePeriod(cell: Cell): string | null {
  if (typeof cell === 'number') {
    if (cell > 20_000 && cell < 80_000) return excelSerialToIso(cell).slice(0, 7);
    return null;
  }
  const text = String(cell ?? '')
    .trim()
    .toLowerCase();
  let m = /^(\d{4})\s*[-/ ]?\s*(?:q|кв\.?|квартал)\s*([1-4])$/.exec(text);
  if (m) return `${m[1]}-Q${m[2]}`;
  m =
    /^(?:q([1-4])|([1-4]|iv|i{1,3})\s*[-‑]?\s*(?:й\s*|-й\s*)?(?:кв\.?|квартал|чейрек|quarter))\s*[-/ ,]?\s*(\d{4})/.exec(
      text,
    );
  if (m) return `${m[3]}-Q${m[1] ?? ROMAN[m[2]!] ?? m[2]}`;
  m = /^(\d{4})-(\d{2})(?:-\d{2})?/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]}`;
  m = /^(?:\d{1,2}\.)?(\d{1,2})[./](\d{4})$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  return null;
}

/** A whole non-negative count from a number or a text with spaces (`1 234`). */
export function parseCount(cell: Cell): number | null {
  const n = typeof cell === 'number' ? cell : Number(String(cell ?? '').replace(/[\s\u00a0]/g, ''));
  return Number.isInteger(n) && n >= 0 && n <= 10_000_000 && String(cell ?? '').trim() !== ''
    ? n
    : null;
}

/** The key of a category value in `PoliceMapping.values`. */
export const categoryKey = (value: string) => normalize(value);

/** Converts every row; nothing is stored here. */
export function convertPoliceRows(
  table: RawTable,
  mapping: PoliceMapping,
  problems: readonly { code: string; title: LocalizedText }[],
): PoliceConversion {
  const index = new Map<string, string>();
  for (const p of problems)
    for (const t of [p.code, p.title.ru, p.title.ky, p.title.en])
      if (t && !index.has(normalize(t))) index.set(normalize(t), p.code);
  const result: PoliceConversion = {
    rows: [],
    issues: [],
    unknown: [],
    summed: [],
    ignored: 0,
    mapped: [],
  };
  const mapped = new Map<string, PoliceConversion['mapped'][number]>();
  const unknown = new Map<string, PoliceConversion['unknown'][number]>();
  const pairs = new Map<
    string,
    { period: string; problemCode: string; count: number; rows: number[] }
  >();
  const at = (cells: Cell[], col: number | null) => (col === null ? null : (cells[col] ?? null));
  table.rows.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.every((c) => c === null || String(c).trim() === ''))
      return void result.issues.push({ rowNumber, reason: 'empty', value: '' });
    const category = String(at(cells, mapping.problem) ?? '').trim();
    const key = categoryKey(category);
    // Own entries only: a category named `constructor` must not find Object's.
    const forced = Object.hasOwn(mapping.values, key) ? mapping.values[key] : undefined;
    const code = forced !== undefined ? forced : index.get(key);
    if (forced !== undefined) {
      let entry = mapped.get(key);
      if (!entry) mapped.set(key, (entry = { value: category, key, rows: [] }));
      entry.rows.push(rowNumber);
    }
    if (forced === '') return void (result.ignored += 1);
    if (!code) {
      if (!category) return void result.issues.push({ rowNumber, reason: 'noProblem', value: '' });
      let entry = unknown.get(key);
      if (!entry) unknown.set(key, (entry = { value: category, key, rows: [] }));
      entry.rows.push(rowNumber);
      return;
    }
    const periodCell = at(cells, mapping.period);
    const period = parsePeriod(periodCell);
    if (!period)
      return void result.issues.push({
        rowNumber,
        reason: 'badPeriod',
        value: String(periodCell ?? ''),
      });
    const countCell = at(cells, mapping.count);
    const count = parseCount(countCell);
    if (count === null)
      return void result.issues.push({
        rowNumber,
        reason: 'badCount',
        value: String(countCell ?? ''),
      });
    const pairKey = `${period}\u0000${code}`;
    const pair = pairs.get(pairKey);
    if (pair) {
      pair.count += count;
      pair.rows.push(rowNumber);
    } else pairs.set(pairKey, { period, problemCode: code, count, rows: [rowNumber] });
  });
  for (const pair of pairs.values()) {
    result.rows.push({ period: pair.period, problemCode: pair.problemCode, count: pair.count });
    if (pair.rows.length > 1)
      result.summed.push({ period: pair.period, problemCode: pair.problemCode, rows: pair.rows });
  }
  result.unknown = [...unknown.values()];
  result.mapped = [...mapped.values()];
  return result;
}
