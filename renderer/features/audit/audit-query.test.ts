import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import type { AuditEntry } from '../../../shared/schemas/audit';
import {
  auditEntriesOf,
  auditTables,
  EMPTY_FILTER,
  filterAuditRows,
  loadAuditRows,
  type AuditFilter,
} from './audit-query';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** An instant given in the PC's local time (the filter's dates are local dates). */
const local = (day: number, hour: number, minute = 0, second = 0, ms = 0) =>
  new Date(2026, 2, day, hour, minute, second, ms).toISOString();

function entry(n: number, at: string, fields: Partial<AuditEntry>): AuditEntry {
  return {
    id: id(n),
    at,
    user: 'Бакыт',
    table: 'members',
    recordId: id(100 + n),
    action: 'create',
    territoryId: A,
    ...fields,
  };
}

// Three entries of one write share an instant (midnight of the 11th); they are stored out of id order.
const ENTRIES: AuditEntry[] = [
  entry(1, local(10, 9), { user: 'Айгүл Садыкова', table: 'territories', recordId: A }),
  entry(2, local(10, 23, 59, 59, 999), { table: 'territories', recordId: B, territoryId: B }),
  entry(3, local(11, 0), {}),
  entry(5, local(11, 0), {}),
  entry(4, local(11, 0), {}),
  entry(6, local(11, 8, 30), {
    user: 'Айгүл Садыкова',
    table: 'settings',
    recordId: 'language',
    action: 'update',
    territoryId: undefined,
  }),
  entry(7, local(12, 10), { table: 'territories', recordId: A, action: 'update' }),
];

beforeEach(async () => {
  const db = freshDatabase();
  await db.audit.bulkAdd(ENTRIES);
});

const ids = async (filter: Partial<AuditFilter>, territoryId = A) => {
  const rows = await loadAuditRows((e) => `record ${Number(e.id.slice(-12))}`);
  const full = { ...EMPTY_FILTER, scope: 'all' as const, showSettings: true, ...filter };
  return filterAuditRows(rows, full, territoryId).map((e) => Number(e.id.slice(-12)));
};

describe('audit query', () => {
  it('lists newest first; entries of one instant by id, highest first, the same on every read', async () => {
    expect(await ids({})).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(await ids({})).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('keeps settings changes out unless asked for, or their section is chosen', async () => {
    expect(await ids({ showSettings: false })).toEqual([7, 5, 4, 3, 2, 1]);
    expect(await ids({ showSettings: false, section: 'settings' })).toEqual([6]);
  });

  it('filters by section and by part of the record name', async () => {
    expect(await ids({ section: 'territory' })).toEqual([7, 2, 1]);
    expect(await ids({ section: 'workingGroup' })).toEqual([5, 4, 3]);
    expect(await ids({ text: 'RECORD 4' })).toEqual([4]);
  });

  it('reads the full entries of the rows shown, in their order', async () => {
    const rows = await loadAuditRows(() => '');
    const full = await auditEntriesOf(rows.slice(0, 3));
    expect(full.map((e) => e.recordId)).toEqual([A, 'language', id(105)]);
  });

  it('filters by table and action', async () => {
    expect(await ids({ table: 'territories' })).toEqual([7, 2, 1]);
    expect(await ids({ table: 'territories', action: 'update' })).toEqual([7]);
    expect(await ids({ action: 'update' })).toEqual([7, 6]);
  });

  it('filters by any part of the user name, in any case', async () => {
    expect(await ids({ user: 'айгүл' })).toEqual([6, 1]);
    expect(await ids({ user: ' САДЫК ' })).toEqual([6, 1]);
    expect(await ids({ user: 'бакыт' })).toEqual([7, 5, 4, 3, 2]);
  });

  it('keeps the current territory and the unscoped entries, or everything', async () => {
    expect(await ids({ scope: 'current' }, A)).toEqual([7, 6, 5, 4, 3, 1]);
    expect(await ids({ scope: 'current' }, B)).toEqual([6, 2]);
  });

  it('takes whole local days, the last millisecond of a day included', async () => {
    expect(await ids({ from: '2026-03-10', to: '2026-03-10' })).toEqual([2, 1]);
    expect(await ids({ from: '2026-03-11', to: '2026-03-11' })).toEqual([6, 5, 4, 3]);
    expect(await ids({ from: '2026-03-11' })).toEqual([7, 6, 5, 4, 3]);
    expect(await ids({ to: '2026-03-11' })).toEqual([6, 5, 4, 3, 2, 1]);
    expect(await ids({ from: '2026-03-13' })).toEqual([]);
  });

  it('names the tables that have entries, once each, in order', async () => {
    expect(await auditTables()).toEqual(['members', 'settings', 'territories']);
  });
});
