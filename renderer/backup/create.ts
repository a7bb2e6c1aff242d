/* Making a backup: every table of the database, read in one transaction, into one file. */
import type Dexie from 'dexie';
import { backupFileName, type BackupHeader } from '../../shared/backup/format';
import type { LocalizedText } from '../../shared/schemas/localized-text';
import { getDb } from '../db/database';
import { LATEST_VERSION } from '../db/schema';
import { encodeBackup } from './codec';

declare const __APP_VERSION__: string | undefined;

/** The app's version as the build stamped it (tests run unbuilt code). */
export const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

/** Every row of every table of `db`, read in one transaction so the snapshot is consistent. */
export async function readAllTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) out[table.name] = await table.toArray();
  });
  return out;
}

export interface MadeBackup {
  bytes: Uint8Array<ArrayBuffer>;
  /** Suggested file name. */
  name: string;
  header: Omit<BackupHeader, 'magic' | 'format' | 'checksum'>;
}

/** Builds a backup file of the whole database. */
export async function createBackup(
  kind: 'backup' | 'safety' | 'auto' = 'backup',
  db: Dexie = getDb(),
  now = new Date(),
): Promise<MadeBackup> {
  const tables = await readAllTables(db);
  const territories = (tables.territories ?? []) as { id: string; name: LocalizedText }[];
  const header = {
    app: 'Koopsuz',
    appVersion: APP_VERSION,
    schemaVersion: db.verno || LATEST_VERSION,
    createdAt: now.toISOString(),
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    territories: territories.map(({ id, name }) => ({ id, name })),
  };
  return { bytes: await encodeBackup(header, tables), name: backupFileName(now, kind), header };
}
