/*
 * Restoring a backup (issue 8). prepareRestore reads and checks the file completely — format,
 * checksum, schema version, every record — and migrates an older backup to the current schema in
 * a throw-away database, all before anything is touched. The restore itself first hands a safety
 * backup of the current data to the platform, then replaces the data in one transaction.
 */
import Dexie from 'dexie';
import { BackupError, type BackupHeader } from '../../shared/backup/format';
import { primaryKeyPaths, recordProblem } from '../../shared/backup/record-schemas';
import { getDb, KoopsuzDatabase, territoryRecords, territoryScopedTables } from '../db/database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../db/schema';
import { decodeBackup } from './codec';
import { createBackup, readAllTables } from './create';

export interface PreparedRestore {
  header: BackupHeader;
  /** Every table's rows at the current schema version, checked. */
  tables: Record<string, unknown[]>;
}

/** Hands the safety backup to the platform (a download, or a file in the data folder). */
export type SaveSafety = (bytes: Uint8Array<ArrayBuffer>, name: string) => Promise<void>;

/**
 * The tables at a schema version as Dexie sees them: every version's stores merged in order (a
 * version need not repeat unchanged tables), null deleting a table.
 */
function storesAt(version: number): Record<string, string> {
  if (!SCHEMA_VERSIONS.some((v) => v.version === version)) {
    throw new BackupError('unknown-version', { version });
  }
  const out: Record<string, string> = {};
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > version) break;
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) delete out[name];
      else out[name] = spec;
    }
  }
  return out;
}

function keyOf(row: Record<string, unknown>, paths: string[]): string {
  return paths.length === 1 ? String(row[paths[0]!]) : JSON.stringify(paths.map((p) => row[p]));
}

/** Every table known at that version, every record valid, no primary key twice. */
function checkTables(
  tables: Record<string, unknown[]>,
  stores: Record<string, string>,
  withSchemas: boolean,
): void {
  for (const [table, rows] of Object.entries(tables)) {
    const spec = stores[table];
    if (spec === undefined) throw new BackupError('unknown-table', { table });
    const paths = primaryKeyPaths(spec);
    const seen = new Set<string>();
    for (const row of rows) {
      const problem = recordProblem(table, spec, row, withSchemas);
      const id = (row as { id?: unknown } | null)?.id;
      const recordId = typeof id === 'string' ? id : undefined;
      if (problem !== null)
        throw new BackupError('invalid-record', { table, recordId, path: problem });
      const key = keyOf(row as Record<string, unknown>, paths);
      if (seen.has(key))
        throw new BackupError('invalid-record', { table, recordId, path: paths.join('+') });
      seen.add(key);
    }
  }
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
export async function prepareRestore(bytes: Uint8Array): Promise<PreparedRestore> {
  const { header, tables } = await decodeBackup(
    bytes,
    SCHEMA_VERSIONS.map((v) => v.version),
  );
  let current = tables;
  if (header.schemaVersion < LATEST_VERSION) {
    checkTables(tables, storesAt(header.schemaVersion), false);
    current = await migrateTables(header.schemaVersion, tables);
  }
  checkTables(current, storesAt(LATEST_VERSION), true);
  return { header, tables: current };
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
    throw new BackupError('write-failed', {}, { cause });
  }
}

/** Replaces the whole database with the backup's data, after a safety backup. */
export async function restoreAll(
  prepared: PreparedRestore,
  saveSafety: SaveSafety,
  db: Dexie = getDb(),
): Promise<void> {
  await writeSafety(db, saveSafety);
  await inOneTransaction(db, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = prepared.tables[table.name];
      if (rows?.length) await table.bulkAdd(rows);
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
): Promise<void> {
  const territory = prepared.tables.territories?.find(
    (row) => (row as { id?: unknown }).id === territoryId,
  );
  if (!territory) throw new BackupError('territory-missing');
  await writeSafety(db, saveSafety);
  const scoped = new Set(territoryScopedTables(db));
  await inOneTransaction(db, async () => {
    for (const name of scoped) await territoryRecords(db, name, territoryId).delete();
    await db.table('territories').delete(territoryId);
    await db.table('territories').add(territory);
    for (const table of db.tables) {
      const rows = prepared.tables[table.name] ?? [];
      if (table.name === 'territories' || table.name === 'settings' || rows.length === 0) continue;
      if (scoped.has(table.name)) {
        await table.bulkAdd(rows.filter(belongsTo(territoryId)));
        continue;
      }
      const keyPath = table.schema.primKey.keyPath;
      if (!keyPath) continue;
      const keys = rows.map((row) => Dexie.getByKeyPath(row as object, keyPath) as string);
      const existing = await table.bulkGet(keys);
      await table.bulkAdd(rows.filter((_, i) => existing[i] === undefined));
    }
  });
}
