/*
 * Restoring a backup (issue 8). prepareRestore reads and checks the file completely — format,
 * checksum, schema version, every record — and migrates an older backup to the current schema in
 * a throw-away database, all before anything is touched. The restore itself first hands a safety
 * backup of the current data to the platform, then replaces the data in one transaction.
 */
import Dexie, { type Table } from 'dexie';
import { BackupError, type BackupHeader } from '../../shared/backup/format';
import { checkRecord, primaryKeyPaths } from '../../shared/backup/record-schemas';
import type { LocalizedText } from '../../shared/schemas/localized-text';
import { isQuotaError } from '../../shared/storage-errors';
import { getDb, KoopsuzDatabase, territoryRecords, territoryScopedTables } from '../db/database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../db/schema';
import { BACKUP_LIMITS, decodeBackup, type BackupLimits } from './codec';
import { createBackup, readAllTables } from './create';

/** What the restore dialog shows: figures computed from the checked data, not from the header. */
export interface RestoreSummary {
  records: number;
  territories: { id: string; name: LocalizedText }[];
}

export interface PreparedRestore {
  header: BackupHeader;
  /** Every table's rows at the current schema version, as the schemas parsed them. */
  tables: Record<string, unknown[]>;
  summary: RestoreSummary;
}

/** How far checking has come: 'unpack' in bytes, 'check' in records. */
export type CheckProgress = (phase: 'unpack' | 'check', done: number, total: number) => void;

/** Hands the safety backup to the platform (a download, or a file in the data folder). */
export type SaveSafety = (bytes: Uint8Array<ArrayBuffer>, name: string) => Promise<void>;

/**
 * The tables at a schema version as Dexie sees them: every version's stores merged in order (a
 * version need not repeat unchanged tables), null deleting a table.
 */
function storesAt(version: number): Map<string, string> {
  if (!SCHEMA_VERSIONS.some((v) => v.version === version)) {
    throw new BackupError('unknown-version', { version });
  }
  // A Map, so a table named like an Object.prototype member ('constructor') is simply unknown.
  const out = new Map<string, string>();
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > version) break;
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) out.delete(name);
      else out.set(name, spec);
    }
  }
  return out;
}

function keyOf(row: Record<string, unknown>, paths: string[]): string {
  return paths.length === 1 ? String(row[paths[0]!]) : JSON.stringify(paths.map((p) => row[p]));
}

const CHECK_PROGRESS_EVERY = 5000;

/**
 * Every table known at that version, every record valid, no primary key twice. Returns the rows
 * to store: each schema's parsed output.
 */
function checkTables(
  tables: Record<string, unknown[]>,
  stores: Map<string, string>,
  withSchemas: boolean,
  onProgress?: CheckProgress,
): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const total = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
  let done = 0;
  for (const [table, rows] of Object.entries(tables)) {
    const spec = stores.get(table);
    if (spec === undefined) throw new BackupError('unknown-table', { table });
    const paths = primaryKeyPaths(spec);
    const seen = new Set<string>();
    const checked: unknown[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const result = checkRecord(table, spec, row, withSchemas);
      const id = (row as { id?: unknown } | null)?.id;
      const recordId = typeof id === 'string' ? id : undefined;
      if (!result.ok) {
        const code = result.reason === 'unknown-field' ? 'unknown-field' : 'invalid-record';
        throw new BackupError(code, { table, recordId, path: result.path });
      }
      const key = keyOf(result.value as Record<string, unknown>, paths);
      if (seen.has(key))
        throw new BackupError('invalid-record', { table, recordId, path: paths.join('+') });
      seen.add(key);
      checked[i] = result.value;
      if (++done % CHECK_PROGRESS_EVERY === 0) onProgress?.('check', done, total);
    }
    out[table] = checked;
  }
  return out;
}

/** Record count and territories of checked tables, for the dialog. */
function summarise(tables: Record<string, unknown[]>): RestoreSummary {
  const territories = (tables.territories ?? []) as { id: string; name: LocalizedText }[];
  return {
    records: Object.values(tables).reduce((sum, rows) => sum + rows.length, 0),
    territories: territories.map(({ id, name }) => ({ id, name })),
  };
}

/**
 * Runs the real upgrade functions over an older backup: its rows go into a throw-away database
 * opened at their version, which is then reopened with the current code.
 */
export async function migrateTables(
  version: number,
  tables: Record<string, unknown[]>,
): Promise<Record<string, unknown[]>> {
  const name = `koopsuz-restore-${crypto.randomUUID()}`;
  try {
    const old = new KoopsuzDatabase(name, version);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const current = new KoopsuzDatabase(name);
    await current.open();
    const migrated = await readAllTables(current);
    current.close();
    return migrated;
  } catch (cause) {
    if (cause instanceof BackupError) throw cause;
    throw new BackupError('corrupt', { version }, { cause });
  } finally {
    await Dexie.delete(name).catch(() => undefined);
  }
}

/** Reads and checks a backup file completely; throws BackupError, changes nothing. */
export async function prepareRestore(
  bytes: Uint8Array,
  {
    limits = BACKUP_LIMITS,
    onProgress,
  }: { limits?: BackupLimits; onProgress?: CheckProgress } = {},
): Promise<PreparedRestore> {
  const { header, tables } = await decodeBackup(
    bytes,
    SCHEMA_VERSIONS.map((v) => v.version),
    limits,
    (done, total) => onProgress?.('unpack', done, total),
  );
  let current = tables;
  if (header.schemaVersion < LATEST_VERSION) {
    const older = checkTables(tables, storesAt(header.schemaVersion), false);
    current = await migrateTables(header.schemaVersion, older);
  }
  const checked = checkTables(current, storesAt(LATEST_VERSION), true, onProgress);
  return { header, tables: checked, summary: summarise(checked) };
}

async function writeSafety(db: Dexie, saveSafety: SaveSafety): Promise<void> {
  try {
    const safety = await createBackup('safety', db);
    await saveSafety(safety.bytes, safety.name);
  } catch (cause) {
    throw new BackupError('safety-failed', {}, { cause });
  }
}

async function inOneTransaction(db: Dexie, fn: () => Promise<void>): Promise<void> {
  try {
    await db.transaction('rw', db.tables, fn);
  } catch (cause) {
    if (cause instanceof BackupError) throw cause;
    throw new BackupError(isQuotaError(cause) ? 'storage-full' : 'write-failed', {}, { cause });
  }
}

/** How far the write has come, in records. */
export type WriteProgress = (done: number, total: number) => void;

/** Rows per bulkAdd inside the one transaction: enough for speed, small enough to report progress. */
const WRITE_CHUNK = 2000;

/** Adds rows in chunks (still one transaction), reporting each chunk. */
function chunkedWriter(total: number, onProgress?: WriteProgress) {
  let done = 0;
  onProgress?.(0, total);
  return async (table: Table, rows: readonly unknown[]) => {
    for (let at = 0; at < rows.length; at += WRITE_CHUNK) {
      const chunk = rows.slice(at, at + WRITE_CHUNK);
      await table.bulkAdd(chunk);
      done += chunk.length;
      onProgress?.(done, total);
    }
  };
}

/** Replaces the whole database with the backup's data, after a safety backup. */
export async function restoreAll(
  prepared: PreparedRestore,
  saveSafety: SaveSafety,
  db: Dexie = getDb(),
  onProgress?: WriteProgress,
): Promise<void> {
  await writeSafety(db, saveSafety);
  const add = chunkedWriter(prepared.summary.records, onProgress);
  await inOneTransaction(db, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = prepared.tables[table.name];
      if (rows?.length) await add(table, rows);
    }
  });
}

const belongsTo = (territoryId: string) => (row: unknown) =>
  (row as { territoryId?: unknown }).territoryId === territoryId;

/**
 * Replaces one territory's records with the backup's, leaving every other territory and the
 * settings as they are. Global-list records the territory refers to and this database lacks
 * (funders, changed problems) are added; existing ones are kept.
 */
export async function restoreTerritory(
  prepared: PreparedRestore,
  territoryId: string,
  saveSafety: SaveSafety,
  db: Dexie = getDb(),
  onProgress?: WriteProgress,
): Promise<void> {
  const territory = prepared.tables.territories?.find(
    (row) => (row as { id?: unknown }).id === territoryId,
  );
  if (!territory) throw new BackupError('territory-missing');
  await writeSafety(db, saveSafety);
  const scoped = new Set(territoryScopedTables(db));
  const add = chunkedWriter(prepared.summary.records, onProgress);
  await inOneTransaction(db, async () => {
    for (const name of scoped) await territoryRecords(db, name, territoryId).delete();
    await db.table('territories').delete(territoryId);
    await db.table('territories').add(territory);
    for (const table of db.tables) {
      const rows = prepared.tables[table.name] ?? [];
      if (table.name === 'territories' || table.name === 'settings' || rows.length === 0) continue;
      if (scoped.has(table.name)) {
        await add(table, rows.filter(belongsTo(territoryId)));
        continue;
      }
      const keyPath = table.schema.primKey.keyPath;
      if (!keyPath) continue;
      const keys = rows.map((row) => Dexie.getByKeyPath(row as object, keyPath) as string);
      const existing = await table.bulkGet(keys);
      await add(
        table,
        rows.filter((_, i) => existing[i] === undefined),
      );
    }
  });
}
