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
import { parseBackupJson, stringifyBackupJson } from '../../shared/backup/json';

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

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Reads a backup file completely: gzip, header (magic, format, schema version), checksum, then the
 * payload's shape. Throws BackupError with the reason; changes nothing.
 */
export async function decodeBackup(
  bytes: Uint8Array,
  knownVersions: readonly number[],
): Promise<DecodedBackup> {
  if (bytes.byteLength === 0) throw new BackupError('empty');
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    // Another program's JSON, a spreadsheet, a renamed file: not ours.
    throw new BackupError('not-a-backup');
  }
  let plain: Uint8Array;
  try {
    plain = await gunzip(bytes);
  } catch (cause) {
    throw new BackupError('corrupt', {}, { cause });
  }
  if (plain.byteLength === 0) throw new BackupError('empty');
  const newline = plain.indexOf(0x0a);
  if (newline <= 0) throw new BackupError('not-a-backup');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let headerValue: unknown;
  try {
    headerValue = JSON.parse(decoder.decode(plain.subarray(0, newline)));
  } catch (cause) {
    throw new BackupError('not-a-backup', {}, { cause });
  }
  const header = checkHeader(headerValue, knownVersions);
  const payloadBytes = plain.subarray(newline + 1);
  if ((await sha256Hex(payloadBytes)) !== header.checksum) throw new BackupError('checksum');
  let payload: unknown;
  try {
    payload = parseBackupJson(decoder.decode(payloadBytes));
  } catch (cause) {
    throw new BackupError('corrupt', {}, { cause });
  }
  const tables = (payload as { tables?: unknown } | null)?.tables;
  if (!tables || typeof tables !== 'object' || Array.isArray(tables)) {
    throw new BackupError('corrupt');
  }
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) throw new BackupError('corrupt', { table: name });
  }
  return { header, tables: tables as Record<string, unknown[]> };
}
