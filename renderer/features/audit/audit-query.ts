/* Reading the audit trail with the screen's filter: newest first, over the `at` index. */
import type { AuditEntry } from '../../../shared/schemas/audit';
import { getDb } from '../../db/database';

export interface AuditFilter {
  table: string | null;
  action: AuditEntry['action'] | null;
  /** Local dates 'YYYY-MM-DD', inclusive; empty for no bound. */
  from: string;
  to: string;
  /** Part of the user name, any case; empty for anyone. */
  user: string;
  /** 'current': the territory's entries and the unscoped ones (settings, global lists). */
  scope: 'current' | 'all';
}

export const EMPTY_FILTER: AuditFilter = {
  table: null,
  action: null,
  from: '',
  to: '',
  user: '',
  scope: 'current',
};

/** The instant a local date starts, as an ISO string (entries' `at` are ISO instants). */
function startOfLocalDay(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** The entries that match, newest first. */
export function auditCollection(filter: AuditFilter, territoryId: string) {
  const lo = filter.from ? startOfLocalDay(filter.from) : '';
  const hi = filter.to ? startOfLocalDay(filter.to, 1) : '\uffff';
  const user = filter.user.trim().toLocaleLowerCase();
  return getDb()
    .audit.where('at')
    .between(lo, hi, true, false)
    .reverse()
    .filter(
      (entry: AuditEntry) =>
        (filter.table === null || entry.table === filter.table) &&
        (filter.action === null || entry.action === filter.action) &&
        (user === '' || entry.user.toLocaleLowerCase().includes(user)) &&
        (filter.scope === 'all' ||
          entry.territoryId === undefined ||
          entry.territoryId === territoryId),
    );
}

/** The table names that have entries (for the filter's list). */
export async function auditTables(): Promise<string[]> {
  return (await getDb().audit.orderBy('table').uniqueKeys()) as string[];
}
