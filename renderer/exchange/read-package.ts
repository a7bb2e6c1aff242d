/*
 * Reading an exchange package from a file nobody vouches for (issue 19). Sizes are capped before
 * anything is inflated (the study import's zip reader checks declared sizes, ratios and the bytes
 * actually produced); the manifest's signature is checked against the key it names, then every
 * part against the manifest's SHA-256, then every record against its table's schema and the
 * package's territory. Any failure throws ExchangeError; nothing here touches the database, so it
 * runs in the exchange worker as in Node tests.
 */
import {
  EXCHANGE_FORMAT,
  EXCHANGE_MAGIC,
  ExchangeError,
  GLOBAL_EXCHANGE_TABLES,
  MANIFEST_ENTRY,
  manifestSchema,
  SIGNATURE_ENTRY,
  TOMBSTONES_PART,
  tombstoneSchema,
  type ExchangeTable,
  type Manifest,
  type Tombstone,
} from '../../shared/exchange/format';
import type { TableRows } from '../../shared/exchange/merge';
import { checkRecord } from '../../shared/backup/record-schemas';
import { parseCheckedJson } from '../../shared/backup/json';
import { sha256Hex } from '../backup/codec';
import { SCHEMA_VERSIONS } from '../db/schema';
import { ReadError } from '../features/study/import/read-limits';
import { ZipArchive } from '../features/study/import/zip';
import { fingerprintOf, verify } from './crypto';

const MB = 1024 * 1024;
/** What a package may be: far above a district's years of data with every questionnaire. */
export const EXCHANGE_LIMITS = {
  fileBytes: 100 * MB,
  inflatedBytes: 400 * MB,
  manifestBytes: 1 * MB,
  recordsPerTable: 500_000,
};

export interface ReadPackage {
  manifest: Manifest;
  /** SHA-256 (hex) of the signing key. */
  fingerprint: string;
  tables: TableRows;
  tombstones: Tombstone[];
}

const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
const decoder = new TextDecoder('utf-8', { fatal: true });

function entry(zip: ZipArchive, name: string, max: number): Uint8Array {
  if (zip.find(name) !== name) throw new ExchangeError('malformed', name);
  if (zip.declaredSize(name) > max) throw new ExchangeError('tooLarge', name);
  const chunks: Uint8Array[] = [];
  zip.inflate(name, (chunk) => chunks.push(chunk.slice()));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function json(bytes: Uint8Array, what: string): unknown {
  try {
    return parseCheckedJson(decoder.decode(bytes));
  } catch {
    throw new ExchangeError('malformed', what);
  }
}

/** The manifest, refusing a newer format or schema before its shape is judged. */
function parseManifest(value: unknown): Manifest {
  const fields = (value ?? {}) as { magic?: unknown; format?: unknown; app?: { schema?: unknown } };
  if (typeof value !== 'object' || fields.magic !== EXCHANGE_MAGIC)
    throw new ExchangeError('malformed', 'magic');
  const schema = fields.app?.schema;
  if (
    (typeof fields.format === 'number' && fields.format > EXCHANGE_FORMAT) ||
    (typeof schema === 'number' && schema > latest.version)
  )
    throw new ExchangeError('newerVersion');
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw new ExchangeError('malformed', 'manifest');
  return parsed.data;
}

/** Checks one table's records: each valid, each of the package's territory. */
function checkTable(table: ExchangeTable, rows: unknown, manifest: Manifest) {
  if (!Array.isArray(rows)) throw new ExchangeError('malformed', table);
  if (rows.length > EXCHANGE_LIMITS.recordsPerTable) throw new ExchangeError('tooLarge', table);
  const stores = latest.stores[table] ?? '';
  const global = GLOBAL_EXCHANGE_TABLES.includes(table);
  return rows.map((row: unknown) => {
    const checked = checkRecord(table, stores, row);
    if (!checked.ok) throw new ExchangeError('malformed', `${table}: ${checked.path}`);
    const record = checked.value as Record<string, unknown>;
    const owner = table === 'territories' ? record.id : record.territoryId;
    if (!global && owner !== manifest.territoryId)
      throw new ExchangeError('malformed', `${table}: territory`);
    return record;
  });
}

/** Reads and verifies a package; throws ExchangeError saying why it is refused. */
export async function readExchangePackage(bytes: Uint8Array): Promise<ReadPackage> {
  if (bytes.byteLength > EXCHANGE_LIMITS.fileBytes) throw new ExchangeError('tooLarge');
  try {
    const zip = new ZipArchive(bytes, EXCHANGE_LIMITS.inflatedBytes);
    const manifestBytes = entry(zip, MANIFEST_ENTRY, EXCHANGE_LIMITS.manifestBytes);
    const manifest = parseManifest(json(manifestBytes, 'manifest'));
    const signature = entry(zip, SIGNATURE_ENTRY, 64);
    if (!(await verify(manifest.publicKey, signature, manifestBytes)))
      throw new ExchangeError('signature');
    const names = manifest.parts.map((p) => p.name);
    if (new Set(names).size !== names.length || !names.includes('territories'))
      throw new ExchangeError('malformed', 'parts');
    zip.check(names.map((n) => `parts/${n}.json`));
    const tables: TableRows = {};
    let tombstones: Tombstone[] = [];
    for (const part of manifest.parts) {
      const data = entry(zip, `parts/${part.name}.json`, EXCHANGE_LIMITS.inflatedBytes);
      if (data.byteLength !== part.bytes || (await sha256Hex(data)) !== part.sha256)
        throw new ExchangeError('checksum', part.name);
      const rows = json(data, part.name);
      if (!Array.isArray(rows) || rows.length !== part.count)
        throw new ExchangeError('malformed', part.name);
      if (part.name === TOMBSTONES_PART) {
        tombstones = rows.map((row: unknown) => {
          const parsed = tombstoneSchema.safeParse(row);
          if (!parsed.success) throw new ExchangeError('malformed', TOMBSTONES_PART);
          return parsed.data;
        });
      } else tables[part.name] = checkTable(part.name, rows, manifest);
    }
    if (tables.territories?.length !== 1) throw new ExchangeError('malformed', 'territories');
    return { manifest, fingerprint: await fingerprintOf(manifest.publicKey), tables, tombstones };
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    if (error instanceof ReadError)
      throw new ExchangeError(error.code === 'packedTooLarge' ? 'tooLarge' : 'malformed');
    throw new ExchangeError('malformed');
  }
}
