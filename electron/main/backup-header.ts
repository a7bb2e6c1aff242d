/*
 * Is this a backup? The main process writes into the backups folder only bytes that are one:
 * gzip whose first line is a Koopsuz backup header (shared/backup/format.ts). Only the header is
 * decompressed, at most HEADER_LIMIT bytes of it, so a gzip bomb costs nothing; the payload and
 * its checksum are the renderer's to check when it restores.
 */
import { createGunzip } from 'node:zlib';
import { BACKUP_FORMAT, backupHeaderSchema, type BackupHeader } from '../../shared/backup/format';

/** A header is a few hundred bytes plus the territory names; far more means it is not one. */
export const HEADER_LIMIT = 1024 * 1024;

/** The first line of the decompressed bytes, or null when it is not gzip or has no line break in reach. */
function firstLine(bytes: Uint8Array, limit: number): Promise<string | null> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return Promise.resolve(null);
  return new Promise((resolve) => {
    const gunzip = createGunzip();
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    const finish = (line: string | null) => {
      if (settled) return;
      settled = true;
      gunzip.destroy();
      resolve(line);
    };
    gunzip.on('data', (chunk: Buffer) => {
      const newline = chunk.indexOf(0x0a);
      chunks.push(newline >= 0 ? chunk.subarray(0, newline) : chunk);
      length += newline >= 0 ? newline : chunk.length;
      if (length > limit) finish(null);
      else if (newline >= 0) finish(Buffer.concat(chunks).toString('utf8'));
    });
    gunzip.on('error', () => finish(null));
    gunzip.on('end', () => finish(null));
    gunzip.end(bytes);
  });
}

/** The backup header of `bytes`, or null when they are not a backup of a format this app writes. */
export async function readBackupHeader(bytes: Uint8Array): Promise<BackupHeader | null> {
  const line = await firstLine(bytes, HEADER_LIMIT);
  if (line === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = backupHeaderSchema.safeParse(value);
  return parsed.success && parsed.data.format === BACKUP_FORMAT ? parsed.data : null;
}
