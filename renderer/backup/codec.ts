/*
 * Bytes of a backup file: gzip over "header line \n payload line", the header carrying the SHA-256
 * of the payload's exact bytes (shared/backup/format.ts). Uses the platform's CompressionStream and
 * crypto.subtle, present in Chromium and in Node 20.
 */
import {
  BACKUP_FORMAT,
  BACKUP_MAGIC,
  BackupError,
  checkHeader,
  type BackupHeader,
} from '../../shared/backup/format';
import { parseBackupJson, parseCheckedJson, stringifyBackupJson } from '../../shared/backup/json';

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const source = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(source).arrayBuffer());
}

export const gzip = (bytes: Uint8Array) => pipe(bytes, new CompressionStream('gzip'));
export const gunzip = (bytes: Uint8Array) => pipe(bytes, new DecompressionStream('gzip'));

/** SHA-256 of the bytes as lower-case hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type HeaderFields = Omit<BackupHeader, 'magic' | 'format' | 'checksum'>;

/** Builds the compressed file from the header fields and every table's rows. */
export async function encodeBackup(
  fields: HeaderFields,
  tables: Record<string, unknown[]>,
): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const payload = encoder.encode(stringifyBackupJson({ tables }));
  const header: BackupHeader = {
    magic: BACKUP_MAGIC,
    format: BACKUP_FORMAT,
    ...fields,
    checksum: await sha256Hex(payload),
  };
  const head = encoder.encode(`${JSON.stringify(header)}\n`);
  const plain = new Uint8Array(head.byteLength + payload.byteLength);
  plain.set(head, 0);
  plain.set(payload, head.byteLength);
  return (await gzip(plain)) as Uint8Array<ArrayBuffer>;
}

export interface DecodedBackup {
  header: BackupHeader;
  tables: Record<string, unknown[]>;
}

/** How much a backup may hold: above either, it is refused before it can exhaust memory. */
export interface BackupLimits {
  /** Bytes after decompression (header and payload). */
  maxBytes: number;
  /** Rows in any one table. */
  maxRecordsPerTable: number;
}

/**
 * 256 MiB of text is about 350,000 survey responses, seven times the largest import the study
 * screen takes; a JS string of the payload must also stay well under V8's limit (~512 M chars).
 */
export const BACKUP_LIMITS: BackupLimits = {
  maxBytes: 256 * 1024 * 1024,
  maxRecordsPerTable: 500_000,
};

/** How far reading has come: bytes unpacked (of the file's own size estimate). */
export type UnpackProgress = (done: number, total: number) => void;

const GZIP_MAGIC = [0x1f, 0x8b];

/** gzip's own note of the unpacked size (mod 2³²; a hostile file may lie: progress only). */
function announcedSize(bytes: Uint8Array): number {
  const n = bytes.byteLength;
  if (n < 4) return 0;
  return (
    (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0
  );
}

/** Decompresses, stopping as soon as the output passes `maxBytes` (a gzip bomb stops there). */
async function gunzipCapped(
  bytes: Uint8Array,
  maxBytes: number,
  onProgress?: UnpackProgress,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
    .getReader();
  const estimate = announcedSize(bytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BackupError('too-large', { limit: Math.floor(maxBytes / 1024 / 1024) });
    }
    chunks.push(value);
    onProgress?.(total, Math.max(total, estimate));
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The header's counts must be the payload's: a header is outside the checksum. */
function checkCounts(header: BackupHeader, tables: Record<string, unknown[]>): void {
  const names = new Set([...Object.keys(header.counts), ...Object.keys(tables)]);
  for (const table of names) {
    const announced = Object.hasOwn(header.counts, table) ? header.counts[table] : 0;
    const held = Object.hasOwn(tables, table) ? tables[table]!.length : 0;
    if (announced !== held) throw new BackupError('header-mismatch', { table });
  }
}

/**
 * Reads a backup file completely: gzip, header (magic, format, schema version), checksum, then the
 * payload's shape and size. Throws BackupError with the reason; changes nothing.
 */
export async function decodeBackup(
  bytes: Uint8Array,
  knownVersions: readonly number[],
  limits: BackupLimits = BACKUP_LIMITS,
  onProgress?: UnpackProgress,
): Promise<DecodedBackup> {
  if (bytes.byteLength === 0) throw new BackupError('empty');
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    // Another program's JSON, a spreadsheet, a renamed file: not ours.
    throw new BackupError('not-a-backup');
  }
  let plain: Uint8Array;
  try {
    plain = await gunzipCapped(bytes, limits.maxBytes, onProgress);
  } catch (cause) {
    if (cause instanceof BackupError) throw cause;
    throw new BackupError('corrupt', {}, { cause });
  }
  if (plain.byteLength === 0) throw new BackupError('empty');
  const newline = plain.indexOf(0x0a);
  if (newline <= 0) throw new BackupError('not-a-backup');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let headerValue: unknown;
  try {
    headerValue = parseCheckedJson(decoder.decode(plain.subarray(0, newline)));
  } catch (cause) {
    if (cause instanceof BackupError) throw cause;
    throw new BackupError('not-a-backup', {}, { cause });
  }
  const header = checkHeader(headerValue, knownVersions);
  const payloadBytes = plain.subarray(newline + 1);
  if ((await sha256Hex(payloadBytes)) !== header.checksum) throw new BackupError('checksum');
  let payload: unknown;
  try {
    payload = parseBackupJson(decoder.decode(payloadBytes));
  } catch (cause) {
    if (cause instanceof BackupError) throw cause;
    throw new BackupError('corrupt', {}, { cause });
  }
  const tables = (payload as { tables?: unknown } | null)?.tables;
  if (!tables || typeof tables !== 'object' || Array.isArray(tables)) {
    throw new BackupError('corrupt');
  }
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) throw new BackupError('corrupt', { table: name });
    if (rows.length > limits.maxRecordsPerTable) {
      throw new BackupError('too-many-records', { table: name, limit: limits.maxRecordsPerTable });
    }
  }
  checkCounts(header, tables as Record<string, unknown[]>);
  return { header, tables: tables as Record<string, unknown[]> };
}
