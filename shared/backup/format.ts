/*
 * The backup file (issue 8): one file holds the whole database. After gzip it is two lines of
 * UTF-8 text: a header (what made it, when, which schema version, the SHA-256 of the payload) and
 * the payload (every table's rows). The checksum covers the payload's exact bytes, so any edit,
 * truncation or corruption is found before anything is touched.
 */
import { z } from 'zod';

/** The first field of every Koopsuz backup header. */
export const BACKUP_MAGIC = 'koopsuz-backup';
/** The layout of the file itself (not the database schema); a newer one is refused. */
export const BACKUP_FORMAT = 1;
/** File extension of backups (no dot). */
export const BACKUP_EXTENSION = 'koopsuz';

/** Why a backup file was refused; the renderer explains each in the clerk's language. */
export const BACKUP_ERRORS = [
  'empty',
  'corrupt',
  'not-a-backup',
  'newer-format',
  'newer-version',
  'unknown-version',
  'checksum',
  'unknown-table',
  'invalid-record',
  'unknown-field',
  'forbidden-key',
  'header-mismatch',
  'too-large',
  'too-many-records',
  'storage-full',
  'territory-missing',
  'safety-failed',
  'write-failed',
] as const;
export type BackupErrorCode = (typeof BACKUP_ERRORS)[number];

/** Where in the file a refused record sits, for the message. */
export interface BackupErrorDetail {
  table?: string;
  recordId?: string;
  path?: string;
  version?: number;
  /** The limit a too large backup passed (MB or records). */
  limit?: number;
}

/** A backup file the app refuses, or a restore that could not be done; nothing was changed. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly detail: BackupErrorDetail = {},
    options?: { cause?: unknown },
  ) {
    super(`Backup refused: ${code}${detail.table ? ` (${detail.table})` : ''}`, options);
    this.name = 'BackupError';
  }
}

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** The first line of a backup. */
export const backupHeaderSchema = z.object({
  magic: z.literal(BACKUP_MAGIC),
  format: z.number().int().positive(),
  app: z.string().max(100),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  /** SHA-256 (hex) of the payload line's UTF-8 bytes. */
  checksum: sha256Hex,
  /** Rows per table, so a list of backups can say what each holds without reading it. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Territories in the backup (id and name), for the partial-restore choice. */
  territories: z.array(
    z.object({
      id: z.string(),
      name: z.object({
        ru: z.string().optional(),
        ky: z.string().optional(),
        en: z.string().optional(),
      }),
    }),
  ),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** The second line of a backup. */
export const backupPayloadSchema = z.object({
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type BackupPayload = { tables: Record<string, unknown[]> };

/** Splits decompressed backup text into its header and payload lines; null if it has no such shape. */
export function splitBackupText(text: string): { header: string; payload: string } | null {
  const newline = text.indexOf('\n');
  if (newline <= 0) return null;
  return { header: text.slice(0, newline), payload: text.slice(newline + 1) };
}

/**
 * Checks a parsed header: that it is a Koopsuz backup this app can read. `known` lists the schema
 * versions this app has. Throws BackupError.
 */
export function checkHeader(value: unknown, known: readonly number[]): BackupHeader {
  if (
    !value ||
    typeof value !== 'object' ||
    (value as { magic?: unknown }).magic !== BACKUP_MAGIC
  ) {
    throw new BackupError('not-a-backup');
  }
  const format = (value as { format?: unknown }).format;
  if (typeof format === 'number' && format > BACKUP_FORMAT) throw new BackupError('newer-format');
  const schemaVersion = (value as { schemaVersion?: unknown }).schemaVersion;
  const latest = Math.max(...known);
  if (typeof schemaVersion === 'number' && schemaVersion > latest) {
    throw new BackupError('newer-version', { version: schemaVersion });
  }
  const parsed = backupHeaderSchema.safeParse(value);
  if (!parsed.success) throw new BackupError('corrupt');
  if (parsed.data.format !== BACKUP_FORMAT) throw new BackupError('newer-format');
  if (!known.includes(parsed.data.schemaVersion)) {
    throw new BackupError('unknown-version', { version: parsed.data.schemaVersion });
  }
  return parsed.data;
}

/** A suggested file name for a backup made at `at` (local time): koopsuz-2026-11-05-1430.koopsuz */
export function backupFileName(at: Date, kind: 'backup' | 'safety' | 'auto' = 'backup'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  const prefix = kind === 'backup' ? 'koopsuz' : `koopsuz-${kind}`;
  return `${prefix}-${stamp}.${BACKUP_EXTENSION}`;
}
