/*
 * Turns a parsed table (XLSX or CSV) into survey answers: automatic column mapping, value matching,
 * and a precise report of every row skipped and every answer left empty. Pure: the worker parses
 * the file, this decides what the rows mean, the data layer stores them in one transaction.
 */
import type { LocalizedText } from '../../../schemas/localized-text';
import type { NamedProblem, SurveyAnswers } from '../../../schemas/study';
import { parseInstant, problemTokens } from './cells';
import { proposeMapping } from './propose';
import { normalize, parseYesNo, type ColumnTarget } from './fields';
import { cachedByText, choiceIndex, placeIndex, problemIndex } from './lookups';

export { excelSerialToIso } from './cells';

/** A first guess of what each column holds (the proposal without column profiles or a form). */
export function autoMap(headers: readonly string[], catalogue: ImportCatalogue): ColumnTarget[] {
  return proposeMapping(headers, [], catalogue).mapping.columns;
}

export type Cell = string | number | boolean | null;
export interface RawTable {
  headers: string[];
  rows: Cell[][];
}

export interface ImportCatalogue {
  problems: { code: string; title: LocalizedText }[];
  places: { id: string; code?: string; name: LocalizedText }[];
}

/** The clerk-editable mapping: a target per column, and value overrides (`field:normalised value` → option, '' = leave empty). */
export interface ImportMapping {
  columns: ColumnTarget[];
  values: Record<string, string>;
  /**
   * Value meanings the app derived itself (the form's choice labels, typed-mode codes): the same
   * keys as `values`, which win; not listed to the clerk as their own choices. Extra keys
   * `yesno:<value>` → '1'/'0' and `scale:<value>` → '1'…'5'.
   */
  derived?: Record<string, string>;
}

export interface ImportedRow {
  rowNumber: number;
  answers: SurveyAnswers;
  externalId?: string;
  submittedAt?: string;
}

export type SkipReason = 'empty' | 'consent' | 'duplicateUuid' | 'duplicateRow';
export type IssueReason = 'outOfRange' | 'notANumber' | 'badDate' | 'notYesNo';

export interface ConversionResult {
  rows: ImportedRow[];
  skipped: { rowNumber: number; reason: SkipReason; ofRow?: number }[];
  /** Answers left empty, with row, column and value. */
  issues: { rowNumber: number; column: string; value: string; reason: IssueReason }[];
  /** Values that match no option, per column, with the rows where they occur. */
  unknown: { column: string; field: string; value: string; rows: number[] }[];
  /** Values the clerk's value mapping decided (so the choice can be shown and changed). */
  mapped: { column: string; field: string; value: string; rows: number[] }[];
  /** Per answer column (index), how many imported rows left it blank. */
  blanks: { column: number; count: number }[];
}

/** The key of a value in `ImportMapping.values`. */
export const valueKey = (field: string, value: string) => `${field}:${normalize(value)}`;

/** A short stable key for "the same source": the normalised headers. */
export function sourceKey(headers: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of headers.map(normalize).join('|')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${headers.length}-${hash.toString(16)}`;
}

const cellText = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Converts every row; nothing is stored here. */
export function convertRows(
  table: RawTable,
  mapping: ImportMapping,
  catalogue: ImportCatalogue,
): ConversionResult {
  const problems = problemIndex(catalogue);
  const places = placeIndex(catalogue);
  const result: ConversionResult = {
    rows: [],
    skipped: [],
    issues: [],
    unknown: [],
    mapped: [],
    blanks: [],
  };
  // Survey answers repeat a handful of values over thousands of rows: each distinct text is
  // normalised (a Unicode regex) and matched once.
  const norm = cachedByText(normalize);
  const parseYesNoCached = cachedByText(parseYesNo);
  // Submission times repeat (a day's forms share their minutes): each distinct cell parsed once.
  const instants = new Map<Cell, string | null>();
  const instant = (cell: Cell) => {
    let iso = instants.get(cell);
    if (iso === undefined) {
      iso = parseInstant(cell);
      if (instants.size < 100_000) instants.set(cell, iso);
    }
    return iso;
  };
  const choices = choiceIndex();
  const unknown = new Map<string, ConversionResult['unknown'][number]>();
  const mapped = new Map<string, ConversionResult['mapped'][number]>();
  const seenUuid = new Map<string, number>();
  const seenRow = new Map<string, number>();
  const noteUnknown = (column: string, field: string, value: string, rowNumber: number) => {
    const key = `${column}\u0000${value}`;
    let entry = unknown.get(key);
    if (!entry) unknown.set(key, (entry = { column, field, value, rows: [] }));
    entry.rows.push(rowNumber);
  };
  let currentRow = 0;
  let currentColumn = '';
  const overrides = Object.keys(mapping.values).length > 0;
  const derived = mapping.derived ?? {};
  // What the clerk's values (forced) or the derived meanings say of a field's text, looked up once
  // per distinct text (the key is built from the normalised text).
  const decisions = new Map<string, Map<string, { forced?: string; derived?: string }>>();
  const decide = (field: string, value: string) => {
    let byText = decisions.get(field);
    if (!byText) decisions.set(field, (byText = new Map()));
    let decision = byText.get(value);
    if (!decision) {
      const key = `${field}:${norm(value)}`;
      const forced = overrides ? mapping.values[key] : undefined;
      decision = forced !== undefined ? { forced } : { derived: derived[key] };
      if (byText.size < 100_000) byText.set(value, decision);
    }
    return decision;
  };
  const override = (field: string, value: string) => {
    const { forced, derived: meaning } = decide(field, value);
    if (forced === undefined) return meaning;
    const key = `${currentColumn}\u0000${field}\u0000${norm(value)}`;
    let entry = mapped.get(key);
    if (!entry) mapped.set(key, (entry = { column: currentColumn, field, value, rows: [] }));
    entry.rows.push(currentRow);
    return forced;
  };

  const yesNoDerived = (text: string) => {
    const v = parseYesNoCached(text);
    if (v !== undefined) return v;
    const d = override('yesno', text);
    return d === undefined ? undefined : d === '1';
  };
  const answerColumns = mapping.columns.flatMap((c, col) =>
    ['ignore', 'uuid', 'submittedAt', 'problemOption'].includes(c.field) ? [] : [col],
  );
  const blanks = answerColumns.map(() => 0);

  table.rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const texts = cells.map(cellText);
    if (texts.every((t) => t === ''))
      return void result.skipped.push({ rowNumber, reason: 'empty' });
    const answers: SurveyAnswers = { problems: [] };
    const named = new Map<string, NamedProblem>();
    const concerns = new Map<string, number>();
    let externalId: string | undefined;
    let submittedAt: string | undefined;
    let consent: boolean | undefined;
    const scale = (column: string, text: string): number | undefined => {
      const n = Number(override('scale', text) ?? text.replace(',', '.'));
      if (!Number.isFinite(n))
        return void result.issues.push({ rowNumber, column, value: text, reason: 'notANumber' });
      if (!Number.isInteger(n) || n < 1 || n > 5)
        return void result.issues.push({ rowNumber, column, value: text, reason: 'outOfRange' });
      return n;
    };
    const yesNo = (column: string, text: string) => {
      const v = yesNoDerived(text);
      if (v === undefined)
        result.issues.push({ rowNumber, column, value: text, reason: 'notYesNo' });
      return v;
    };
    mapping.columns.forEach((target, col) => {
      const text = texts[col] ?? '';
      const column = table.headers[col] ?? `#${col + 1}`;
      if (text === '' || target.field === 'ignore') return;
      currentRow = rowNumber;
      currentColumn = column;
      switch (target.field) {
        case 'respondentGroup':
        case 'gender':
        case 'ageGroup': {
          const field = target.field;
          const forced = override(field, text);
          const match = forced !== undefined ? forced : choices.get(field)!.get(norm(text));
          if (match) (answers as Record<string, unknown>)[field] = match;
          else if (forced === undefined) noteUnknown(column, field, text, rowNumber);
          return;
        }
        case 'place': {
          const forced = override('place', text);
          const id = forced !== undefined ? forced : places.get(norm(text));
          if (id) answers.placeId = id;
          else if (forced === undefined) noteUnknown(column, 'place', text, rowNumber);
          return;
        }
        case 'problems':
          for (const [token, code] of problemTokens(text, (phrase) => {
            const forced = override('problems', phrase);
            return forced !== undefined ? forced : problems.get(norm(phrase));
          }))
            if (code) named.set(code, { code });
            else if (code === undefined) noteUnknown(column, 'problems', token, rowNumber);
          return;
        case 'problemOption':
          if (parseYesNoCached(text)) named.set(target.code, { code: target.code });
          return;
        case 'concern': {
          const n = scale(column, text);
          if (n !== undefined) concerns.set(target.code, n);
          return;
        }
        case 'safeDay':
        case 'safeNight':
        case 'trustPolice':
          answers[target.field] = scale(column, text);
          return;
        case 'victim':
        case 'reported':
          answers[target.field] = yesNo(column, text);
          return;
        case 'consent':
          consent = yesNoDerived(text);
          return;
        case 'comment':
          answers.comment = text.slice(0, 2000);
          return;
        case 'uuid':
          externalId = text.replace(/^uuid:/, '').slice(0, 100);
          return;
        case 'submittedAt': {
          const iso = instant(cells[col] ?? null);
          if (iso) submittedAt = iso;
          else result.issues.push({ rowNumber, column, value: text, reason: 'badDate' });
          return;
        }
      }
    });
    if (consent === false) return void result.skipped.push({ rowNumber, reason: 'consent' });
    if (externalId) {
      const first = seenUuid.get(externalId);
      if (first)
        return void result.skipped.push({ rowNumber, reason: 'duplicateUuid', ofRow: first });
      seenUuid.set(externalId, rowNumber);
    } else {
      const key = texts.join('\u0000');
      const first = seenRow.get(key);
      if (first)
        return void result.skipped.push({ rowNumber, reason: 'duplicateRow', ofRow: first });
      seenRow.set(key, rowNumber);
    }
    answers.problems = [...named.values()].map((p) =>
      concerns.has(p.code) ? { ...p, concern: concerns.get(p.code) } : p,
    );
    if (!answers.victim) answers.reported = undefined;
    // A fresh object of the given answers only (deleting keys would slow every later read of it).
    const given: Record<string, unknown> = {};
    for (const key of Object.keys(answers) as (keyof SurveyAnswers)[])
      if (answers[key] !== undefined) given[key] = answers[key];
    answerColumns.forEach((col, i) => {
      if ((texts[col] ?? '') === '') blanks[i] = blanks[i]! + 1;
    });
    result.rows.push({
      rowNumber,
      answers: given as SurveyAnswers,
      ...(externalId ? { externalId } : {}),
      ...(submittedAt ? { submittedAt } : {}),
    });
  });
  result.blanks = answerColumns.map((column, i) => ({ column, count: blanks[i]! }));
  result.unknown = [...unknown.values()];
  result.mapped = [...mapped.values()];
  return result;
}

/** True when the mapping recognises at least one answer column (not only metadata). */
export function hasAnswerColumns(columns: readonly ColumnTarget[]): boolean {
  return columns.some((c) => !['ignore', 'uuid', 'submittedAt', 'consent'].includes(c.field));
}
