/*
 * An audit entry told in the clerk's words (issue 17 item 9): field labels instead of property
 * names, money in som, quantities as numbers, references by the referenced record's name, dates and
 * instants in local time, enumerated values by their words. Pure: the renderer gives the words
 * (i18n labels, names of referenced records) through `AuditWords`; the screen and its XLSX export
 * both read entries through here.
 */
import { formatDate, formatMoney, formatNumber, formatQuarter, isIsoDate } from '../format';
import type { Language } from '../languages';

/** What the describer needs from the renderer: labels, names and the clerk's language. */
export interface AuditWords {
  lang: Language;
  /** The label of a field (`quantityMilli` → «Количество»), or undefined when it has none. */
  field(key: string): string | undefined;
  /** The words for an enumerated value (`status` `draft` → «черновик»), else undefined. */
  enumValue(table: string, key: string, value: string): string | undefined;
  /** The name of a referenced record, or undefined when it is not (or no longer) there. */
  reference(table: string, id: string): string | undefined;
  /** An ISO instant in local time (dd.mm.yyyy hh:mm). */
  instant(iso: string): string;
  /** Short fixed words: «да», «нет», «(пусто)», «(удалённая запись)», … */
  yes: string;
  no: string;
  empty: string;
  missing: string;
  /** Said of a calculated block (scores, a frozen ranking) instead of its inner values. */
  calculated: string;
  /** `(рус.)` for the `ru` part of a text typed in several languages. */
  language(code: 'ru' | 'ky' | 'en'): string;
  /** A text typed in several languages, in the clerk's one (or another when that one is empty). */
  pick(text: { ru?: string; ky?: string; en?: string }): string;
}

/** One line of an entry's detail: a field's label with its old and new value as text. */
export interface AuditLine {
  field: string;
  before?: string;
  after?: string;
}

/** Technical fields a clerk never typed and would not look for. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'territoryId',
  'createdAt',
  'updatedAt',
  'seriesId',
  'originId',
  'fingerprint',
  'fingerprints',
  'batchId',
  'order',
  'key',
  'agendaItemId',
]);

/** Fields whose inner values are a calculation or a frozen copy: told as one line. */
export const CALCULATED_FIELDS: ReadonlySet<string> = new Set(['content', 'scores']);

/** Fields that hold the id (or code) of another record, and that record's table. */
export const REFERENCE_FIELDS: Readonly<Record<string, string>> = {
  activityId: 'activities',
  activityKey: 'activities',
  lineKey: 'budgetLines',
  assessmentId: 'priorityAssessments',
  priorityId: 'priorityAssessments',
  chairId: 'members',
  deputyChairId: 'members',
  secretaryId: 'members',
  memberId: 'members',
  responsibleMemberId: 'members',
  copiedFromId: 'plans',
  previousVersionId: 'plans',
  planId: 'plans',
  currentTerritoryId: 'territories',
  decisionId: 'decisions',
  decisionMeetingId: 'meetings',
  meetingId: 'meetings',
  funderId: 'funders',
  funderIds: 'funders',
  groupId: 'workingGroups',
  objectiveId: 'objectives',
  planPriorityId: 'planPriorities',
  placeId: 'places',
  studyId: 'studies',
  problemCode: 'problems',
  problemCodes: 'problems',
  selected: 'problems',
};

/** Numbers that are years or running numbers: written without digit grouping. */
const PLAIN_NUMBERS: ReadonlySet<string> = new Set([
  'year',
  'startYear',
  'endYear',
  'version',
  'number',
  'firstNumber',
  'lastNumber',
]);

const LANGS = new Set(['ru', 'ky', 'en']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const QUARTER = /^\d{4}-Q[1-4]$/;

type Leaf = string | number | boolean | null;

/** A value in the clerk's words; `key` is the field's own name, `parent` the one above it. */
function valueText(table: string, path: string[], value: Leaf, w: AuditWords): string {
  const key = [...path].reverse().find((s) => !LANGS.has(s) && !/^\d+$/.test(s)) ?? '';
  const parent = path.length > 1 ? path[path.length - 2]! : '';
  if (value === null || value === '') return w.empty;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  // A named problem of a questionnaire carries the problem's code.
  const problemCode = key === 'code' && path[0] === 'problems' && table !== 'problems';
  const refTable = problemCode ? 'problems' : (REFERENCE_FIELDS[key] ?? REFERENCE_FIELDS[parent]);
  if (refTable && typeof value === 'string') return w.reference(refTable, value) ?? w.missing;
  if (typeof value === 'number') {
    if ((key.endsWith('Tyiyn') || parent === 'shares') && Number.isSafeInteger(value))
      return formatMoney(value, w.lang);
    if (PLAIN_NUMBERS.has(key)) return String(value);
    if (key.endsWith('Milli')) return formatNumber(value / 1000, w.lang, 3);
    return formatNumber(value, w.lang, 3);
  }
  if (INSTANT.test(value)) return w.instant(value);
  if (isIsoDate(value)) return formatDate(value);
  if (QUARTER.test(value)) return formatQuarter(value, w.lang);
  return w.enumValue(table, key, value) ?? value;
}

/** The label of one step of a field path (`shares` `localBudget` → «Местный бюджет»). */
function stepLabel(table: string, step: string, parent: string, w: AuditWords): string {
  if (LANGS.has(step)) return w.language(step as 'ru' | 'ky' | 'en');
  if (/^\d+$/.test(step)) return `№ ${Number(step) + 1}`;
  if (parent === 'shares' || parent === 'funderIds')
    return w.enumValue(table, 'source', step) ?? step;
  return w.field(step) ?? step;
}

interface Flat {
  label: string;
  text: string;
  /** What is compared between before and after (the raw value for a calculated block). */
  raw: string;
}

/** Walks a record into labelled lines; arrays of plain values become one line each. */
function flatten(table: string, value: unknown, w: AuditWords): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const walk = (node: unknown, path: string[], labels: string[]) => {
    if (node === undefined) return;
    const id = path.join('.');
    const label = labels.join(' › ').replace(/ › (\([^)]*\))$/, ' $1');
    const set = (text: string, raw = text) => out.set(id, { label, text, raw });
    if (CALCULATED_FIELDS.has(path[path.length - 1] ?? '') && node !== null) {
      set(w.calculated, JSON.stringify(node));
      return;
    }
    if (Array.isArray(node) && node.every((v) => v === null || typeof v !== 'object')) {
      const items = (node as Leaf[]).map((v) => valueText(table, path, v, w));
      set(items.length ? items.join(', ') : w.empty);
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [k, inner] of Object.entries(node)) {
        if (HIDDEN_FIELDS.has(k)) continue;
        const last = path[path.length - 1] ?? '';
        walk(inner, [...path, k], [...labels, stepLabel(table, k, last, w)]);
      }
      return;
    }
    set(valueText(table, path, node as Leaf, w));
  };
  walk(value, [], []);
  return out;
}

/**
 * The fields that differ between an entry's `before` and `after`, in the clerk's words (all of one
 * side for a create or a delete). A setting (`table` `settings`) is told by its key's label.
 */
export function describeAuditChanges(
  table: string,
  recordId: string,
  before: unknown,
  after: unknown,
  w: AuditWords,
): AuditLine[] {
  const wrap = (v: unknown) => (table === 'settings' && v !== undefined ? { [recordId]: v } : v);
  const old = flatten(table, wrap(before), w);
  const now = flatten(table, wrap(after), w);
  const lines: AuditLine[] = [];
  for (const path of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(path);
    const b = now.get(path);
    if (a?.raw === b?.raw) continue;
    lines.push({
      field: (a ?? b)!.label || w.field('value') || '',
      ...(a ? { before: a.text } : {}),
      ...(b ? { after: b.text } : {}),
    });
  }
  return lines;
}

/** Fields that name a record, in the order they are tried. */
const NAME_FIELDS = [
  'name',
  'title',
  'fullName',
  'item',
  'fileName',
  'label',
  'memberName',
  'text',
];

/**
 * A short name for the record an entry is about, never its id: a setting's label, the record's
 * name or title, a questionnaire's number, an expenditure's amount and date; else `w.empty`.
 */
export function describeAuditRecord(
  table: string,
  recordId: string,
  record: unknown,
  w: AuditWords,
): string {
  if (table === 'settings') return w.field(recordId) ?? recordId;
  if (!record || typeof record !== 'object') return w.empty;
  const row = record as Record<string, unknown>;
  for (const field of NAME_FIELDS) {
    const value = row[field];
    const text =
      typeof value === 'string'
        ? value
        : value && typeof value === 'object'
          ? w.pick(value as { ru?: string })
          : '';
    if (text) return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  }
  if (typeof row.number === 'number') return `№ ${row.number}`;
  if (typeof row.amountTyiyn === 'number') {
    const date =
      typeof row.date === 'string' && isIsoDate(row.date) ? ` ${formatDate(row.date)}` : '';
    return `${formatMoney(row.amountTyiyn, w.lang)}${date}`;
  }
  if (typeof row.count === 'number')
    return `${w.field('count') ?? ''}: ${formatNumber(row.count, w.lang, 0)}`;
  return w.empty;
}
