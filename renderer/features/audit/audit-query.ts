/*
 * Reading the audit trail for the change log: every entry once, as a light row (without its
 * before/after, read again when a row is opened), then filtered in memory — so a filter over
 * 100,000 entries answers as fast as filtering an array, and the table shows all that match.
 */
import { auditSection, type AuditSection } from '../../../shared/audit/sections';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { getDb } from '../../db/database';

export interface AuditFilter {
  section: AuditSection | null;
  table: string | null;
  action: AuditEntry['action'] | null;
  /** Local dates 'YYYY-MM-DD', inclusive; empty for no bound. */
  from: string;
  to: string;
  /** Part of the user name, any case; empty for anyone. */
  user: string;
  /** Part of the record's name, any case; empty for any. */
  text: string;
  /** 'current': the territory's entries and the unscoped ones (settings, global lists). */
  scope: 'current' | 'all';
  /** Settings changes (language, current territory…) are noise unless asked for. */
  showSettings: boolean;
}

export const EMPTY_FILTER: AuditFilter = {
  section: null,
  table: null,
  action: null,
  from: '',
  to: '',
  user: '',
  text: '',
  scope: 'current',
  showSettings: false,
};

/** One entry as the list shows it: when, who, what, and the record's name (never its id). */
export interface AuditRow {
  id: string;
  at: string;
  user: string;
  action: AuditEntry['action'];
  table: string;
  section: AuditSection;
  territoryId: string | undefined;
  record: string;
  /** Lower-case user and record name, for the text filters. */
  userKey: string;
  recordKey: string;
}

/** The instant a local date starts, as an ISO string (entries' `at` are ISO instants). */
function startOfLocalDay(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** Every entry as a row, newest first (entries of one instant by id, highest first). */
export async function loadAuditRows(
  recordName: (entry: AuditEntry) => string,
): Promise<AuditRow[]> {
  const entries = await getDb().audit.orderBy('at').reverse().toArray();
  const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  entries.sort((a, b) => desc(a.at, b.at) || desc(a.id, b.id));
  return entries.map((entry) => {
    const record = recordName(entry);
    return {
      id: entry.id,
      at: entry.at,
      user: entry.user,
      action: entry.action,
      table: entry.table,
      section: auditSection(entry.table),
      // Always present (maybe undefined): rows of one shape keep the filter's loop fast.
      territoryId: entry.territoryId,
      record,
      userKey: entry.user.toLocaleLowerCase(),
      recordKey: record.toLocaleLowerCase(),
    };
  });
}

/** The rows that match the filter, in the same order. */
export function filterAuditRows(
  rows: readonly AuditRow[],
  filter: AuditFilter,
  territoryId: string,
): AuditRow[] {
  return filterByText(filterByKind(rows, filter, territoryId), filter);
}

/**
 * The rows of the chosen section, kind, action, dates and scope. Kept apart from the text
 * filters (the screen memoises it): a key typed then searches only these, in one pass.
 */
export function filterByKind(
  rows: readonly AuditRow[],
  filter: Omit<AuditFilter, 'user' | 'text'>,
  territoryId: string,
): readonly AuditRow[] {
  const tests: ((row: AuditRow) => boolean)[] = [];
  if (filter.from) {
    const lo = startOfLocalDay(filter.from);
    tests.push((row) => row.at >= lo);
  }
  if (filter.to) {
    const hi = startOfLocalDay(filter.to, 1);
    tests.push((row) => row.at < hi);
  }
  const { section, table, action } = filter;
  if (!filter.showSettings && section !== 'settings')
    tests.push((row) => row.section !== 'settings');
  if (section !== null) tests.push((row) => row.section === section);
  if (table !== null) tests.push((row) => row.table === table);
  if (action !== null) tests.push((row) => row.action === action);
  if (filter.scope !== 'all')
    tests.push((row) => row.territoryId === undefined || row.territoryId === territoryId);
  return rows.filter((row) => tests.every((test) => test(row)));
}

/** The rows whose user and record name hold the typed parts (any case). */
export function filterByText(
  rows: readonly AuditRow[],
  filter: Pick<AuditFilter, 'user' | 'text'>,
): AuditRow[] {
  const user = filter.user.trim().toLocaleLowerCase();
  const text = filter.text.trim().toLocaleLowerCase();
  if (!user && !text) return rows as AuditRow[];
  if (!user) return rows.filter((row) => row.recordKey.includes(text));
  if (!text) return rows.filter((row) => row.userKey.includes(user));
  return rows.filter((row) => row.userKey.includes(user) && row.recordKey.includes(text));
}

/** The full entries of the given rows, in their order (read in chunks). */
export async function auditEntriesOf(rows: readonly AuditRow[]): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = await getDb().audit.bulkGet(rows.slice(i, i + 2000).map((r) => r.id));
    for (const entry of chunk) if (entry) out.push(entry);
  }
  return out;
}

/** The table names that have entries (for the filter's list). */
export async function auditTables(): Promise<string[]> {
  return (await getDb().audit.orderBy('table').uniqueKeys()) as string[];
}
