/*
 * The backups folder inside the data folder: the only place besides a dialog-chosen path where the
 * main process writes (architecture A8). Each backup is a new file under a name no other file has
 * (durable-write.ts), numbered in write order (backup-rotation.ts), and old ones are rotated by
 * that order; safety backups are also held under a total size.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { backupFileNameSchema, type BackupStatus } from '../../shared/ipc';
import {
  backupsToDelete,
  beyondSizeCap,
  inWriteOrder,
  newBackupName,
  nextSequence,
  type BackupKind,
} from './backup-rotation';
import { createFileDurably, replaceFileDurably } from './durable-write';

export type { BackupKind } from './backup-rotation';

const STATUS_FILE = 'status.json';

/** Safety backups (one per restore) together never take more than this; the newest always stays. */
export const SAFETY_CAP_BYTES = 2 * 1024 * 1024 * 1024;

/** The backups folder of a data folder. */
export function backupsFolder(userDataDir: string): string {
  return path.join(userDataDir, 'backups');
}

/** A path inside `folder` for a name the schema allows; anything else is refused. */
export function pathInFolder(folder: string, name: string): string {
  if (!backupFileNameSchema.safeParse(name).success) throw new Error(`not a backup name: ${name}`);
  const full = path.resolve(folder, name);
  if (path.dirname(full) !== path.resolve(folder)) throw new Error(`outside the folder: ${name}`);
  return full;
}

// One write at a time per process: the write counter is read from the folder, and rotation must
// not see a file that another write has claimed but not yet filled.
let writing: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = writing.then(task, task);
  writing = run.catch(() => undefined);
  return run;
}

export interface WriteOptions {
  /** The PC's clock, for the name (tests set it). */
  now?: Date;
  /** Total bytes of safety backups kept. */
  safetyCapBytes?: number;
}

/** Writes a new backup durably, then rotates that kind; returns its name and path. */
export function writeBackupFile(
  folder: string,
  bytes: Uint8Array,
  kind: BackupKind,
  options: WriteOptions = {},
): Promise<{ name: string; path: string }> {
  return oneAtATime(async () => {
    await mkdir(folder, { recursive: true });
    let sequence = nextSequence(await readdir(folder));
    for (let attempt = 0; ; attempt += 1) {
      const name = newBackupName(kind, options.now ?? new Date(), sequence);
      pathInFolder(folder, name);
      try {
        const written = await createFileDurably(folder, name, bytes);
        await rotate(folder, kind, options.safetyCapBytes ?? SAFETY_CAP_BYTES);
        return { name, path: written };
      } catch (error) {
        // A file copied in by hand may hold the name: take the next number.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw error;
        sequence += 1;
      }
    }
  });
}

/** Deletes the backups of one kind the rotation no longer keeps (and safety ones over the cap). */
export async function rotate(
  folder: string,
  kind: BackupKind,
  safetyCapBytes = SAFETY_CAP_BYTES,
): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => name.startsWith(`koopsuz-${kind}-`));
  const doomed = new Set(backupsToDelete(names));
  if (kind === 'safety') {
    const kept = inWriteOrder(names).filter((item) => !doomed.has(item.name));
    const sized = [];
    for (const { name } of kept)
      sized.push({ name, size: (await stat(pathInFolder(folder, name))).size });
    for (const name of beyondSizeCap(sized, safetyCapBytes)) doomed.add(name);
  }
  for (const name of doomed) await unlink(pathInFolder(folder, name));
  return [...doomed];
}

interface StoredStatus extends Pick<BackupStatus, 'lastAutoAt' | 'lastFailure'> {
  /** The failure (by its time) the clerk was last told of at a start. */
  reportedFailureAt?: string;
}

async function readStoredStatus(folder: string): Promise<StoredStatus> {
  try {
    const value = JSON.parse(await readFile(path.join(folder, STATUS_FILE), 'utf8')) as unknown;
    const parsed = (value ?? {}) as StoredStatus;
    const text = (field: unknown) => (typeof field === 'string' ? field : undefined);
    const failure = parsed.lastFailure;
    return {
      ...(text(parsed.lastAutoAt) ? { lastAutoAt: parsed.lastAutoAt } : {}),
      ...(failure && text(failure.reason)
        ? { lastFailure: { at: String(failure.at), reason: failure.reason } }
        : {}),
      ...(text(parsed.reportedFailureAt) ? { reportedFailureAt: parsed.reportedFailureAt } : {}),
    };
  } catch {
    return {};
  }
}

async function writeStoredStatus(folder: string, status: StoredStatus): Promise<void> {
  await mkdir(folder, { recursive: true });
  await replaceFileDurably(folder, STATUS_FILE, new TextEncoder().encode(JSON.stringify(status)));
}

/** Records how an automatic backup went; a success clears the last failure. */
export async function recordOutcome(
  folder: string,
  outcome: { ok: true; at: Date } | { ok: false; at: Date; reason: string },
): Promise<void> {
  const status = await readStoredStatus(folder);
  await writeStoredStatus(
    folder,
    outcome.ok
      ? { lastAutoAt: outcome.at.toISOString() }
      : { ...status, lastFailure: { at: outcome.at.toISOString(), reason: outcome.reason } },
  );
}

/** The last failure, if the clerk has not been told of it at a start yet. */
export async function failureToReport(
  folder: string,
): Promise<NonNullable<BackupStatus['lastFailure']> | null> {
  const { lastFailure, reportedFailureAt } = await readStoredStatus(folder);
  return lastFailure && lastFailure.at !== reportedFailureAt ? lastFailure : null;
}

/** Notes that the clerk was told of the failure recorded at `at`, so the next start is quiet. */
export async function markFailureReported(folder: string, at: string): Promise<void> {
  await writeStoredStatus(folder, { ...(await readStoredStatus(folder)), reportedFailureAt: at });
}

/** The folder, its backups (newest written first) and the stored outcome. */
export async function readBackupStatus(folder: string): Promise<BackupStatus> {
  let names: string[] = [];
  try {
    names = await readdir(folder);
  } catch {
    // No folder yet: no backups.
  }
  const files = [];
  // Newest written first: the clock in names and file times may be wrong.
  for (const { name } of inWriteOrder(
    names.filter((n) => backupFileNameSchema.safeParse(n).success),
  )) {
    const info = await stat(path.join(folder, name));
    // An empty file is a name claimed by a write that a crash cut short, not a backup.
    if (info.size > 0) files.push({ name, size: info.size, modifiedAt: info.mtime.toISOString() });
  }
  const { lastAutoAt, lastFailure } = await readStoredStatus(folder);
  return {
    folder,
    files,
    ...(lastAutoAt ? { lastAutoAt } : {}),
    ...(lastFailure ? { lastFailure } : {}),
  };
}

/** Reads one backup of the folder by name. */
export async function readBackupFile(folder: string, name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(pathInFolder(folder, name)));
}
