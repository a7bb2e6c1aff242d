/*
 * Making an exchange package of one territory (issue 19): read what is shared, note it in the
 * territory's ledger (so a record deleted later travels as a tombstone in every later package),
 * write each part as JSON, list their SHA-256 in the manifest, sign the manifest, zip it all.
 */
import { zipSync } from 'fflate';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_MAGIC,
  EXCHANGE_TABLES,
  exchangeFileName,
  exchangeKeyOf,
  GLOBAL_EXCHANGE_TABLES,
  MANIFEST_ENTRY,
  SIGNATURE_ENTRY,
  TOMBSTONES_PART,
  type ExchangeOptions,
  type ExchangeTable,
  type Manifest,
  type ManifestPart,
  type Tombstone,
} from '../../shared/exchange/format';
import type { TableRows } from '../../shared/exchange/merge';
import type { ExchangeLedgerRow } from '../../shared/exchange/records';
import { APP_VERSION } from '../backup/create';
import { sha256Hex } from '../backup/codec';
import { getDb } from '../db/database';
import { audit, nowInstant, writeTransaction } from '../db/repository';
import { LATEST_VERSION } from '../db/schema';
import { territoryChunks } from '../db/study/response-count';
import { collectTerritory } from './collect';
import { ensureOwnKey, sign } from './crypto';

export interface MadePackage {
  bytes: Uint8Array;
  name: string;
  manifest: Manifest;
}

const SCOPED = EXCHANGE_TABLES.filter((t) => !GLOBAL_EXCHANGE_TABLES.includes(t));

/**
 * Brings the ledger up to this package: keys shared before and now gone from the database are
 * deleted (tombstones); keys shared now join the shared ones.
 */
async function advanceLedger(
  territoryId: string,
  tables: TableRows,
  at: string,
): Promise<{ ledger: ExchangeLedgerRow; tombstones: Tombstone[] }> {
  const db = getDb();
  const before = await db.exchangeLedgers.get(territoryId);
  const shared: Record<string, string[]> = {};
  const deleted: Record<string, string[]> = {};
  const tombstones: Tombstone[] = [];
  // Imported responses kept in chunks (schema v12) are there too, though not records of their own.
  const chunked = new Set((await territoryChunks(territoryId)).flatMap((c) => c.ids));
  for (const table of SCOPED) {
    const key = exchangeKeyOf(table);
    const now = new Set((tables[table] ?? []).map((row) => String(row[key])));
    const gone = new Set(before?.deleted[table] ?? []);
    const kept = new Set(now);
    for (const id of before?.shared[table] ?? []) {
      if (now.has(id)) continue;
      if ((table === 'surveyResponses' && chunked.has(id)) || (await db.table(table).get(id)))
        kept.add(id);
      else gone.add(id);
    }
    shared[table] = [...kept];
    deleted[table] = [...gone];
    for (const id of gone) tombstones.push({ table, id });
  }
  const ledger: ExchangeLedgerRow = {
    id: territoryId,
    territoryId,
    sequence: (before?.sequence ?? 0) + 1,
    shared,
    deleted,
    updatedAt: at,
  };
  await db.exchangeLedgers.put(ledger);
  return { ledger, tombstones };
}

/** Builds and signs the package of `territoryId`; the office's key is made if it has none. */
export async function createExchangePackage(
  territoryId: string,
  options: ExchangeOptions,
  now = new Date(),
): Promise<MadePackage> {
  const key = await ensureOwnKey();
  const at = now.toISOString();
  const read = [...EXCHANGE_TABLES, 'responseChunks', 'exchangeLedgers'] as const;
  const { tables, ledger, tombstones } = await writeTransaction(read, async (ctx) => {
    const tables = await collectTerritory(territoryId, options);
    const { ledger, tombstones } = await advanceLedger(territoryId, tables, nowInstant());
    await audit(ctx, {
      table: 'exchangeLedgers',
      territoryId,
      recordId: territoryId,
      action: 'update',
      after: { sequence: ledger.sequence, options, tombstones: tombstones.length },
    });
    return { tables, ledger, tombstones };
  });
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const parts: ManifestPart[] = [];
  const addPart = async (
    name: ExchangeTable | typeof TOMBSTONES_PART,
    rows: readonly unknown[],
  ) => {
    const bytes = encoder.encode(JSON.stringify(rows));
    files[`parts/${name}.json`] = bytes;
    parts.push({
      name,
      count: rows.length,
      bytes: bytes.byteLength,
      sha256: await sha256Hex(bytes),
    });
  };
  for (const table of EXCHANGE_TABLES) await addPart(table, tables[table] ?? []);
  await addPart(TOMBSTONES_PART, tombstones);
  const territory = tables.territories![0] as { name: Manifest['territoryName'] };
  const manifest: Manifest = {
    magic: EXCHANGE_MAGIC,
    format: EXCHANGE_FORMAT,
    packageId: crypto.randomUUID(),
    territoryId,
    territoryName: territory.name,
    sequence: ledger.sequence,
    createdAt: at,
    app: { version: APP_VERSION, schema: LATEST_VERSION },
    options,
    publicKey: key.publicKey,
    parts,
  };
  const manifestBytes = encoder.encode(JSON.stringify(manifest));
  files[MANIFEST_ENTRY] = manifestBytes;
  files[SIGNATURE_ENTRY] = await sign(key, manifestBytes);
  const label = territory.name.en || territory.name.ru || territory.name.ky || 'territory';
  return {
    bytes: zipSync(files, { level: 6 }),
    name: exchangeFileName(label, ledger.sequence),
    manifest,
  };
}
