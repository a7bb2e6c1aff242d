/*
 * The backups folder inside the data folder: the only place besides a dialog-chosen path where the
 * main process writes (architecture A8). Files are written under a temporary name and renamed, so
 * a crash never leaves half a backup under a real name; old automatic backups are rotated.
 */
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { backupFileName } from '../../shared/backup/format';
import { backupFileNameSchema, type BackupStatus } from '../../shared/ipc';
import { backupsToDelete } from './backup-rotation';

const STATUS_FILE = 'status.json';

export type BackupKind = 'auto' | 'safety';

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

/** Writes a backup (temporary name, then rename) and rotates that kind; returns its path. */
export async function writeBackupFile(
  folder: string,
  bytes: Uint8Array,
  kind: BackupKind,
  now = new Date(),
): Promise<{ name: string; path: string }> {
  await mkdir(folder, { recursive: true });
  const name = backupFileName(now, kind);
  const target = pathInFolder(folder, name);
  const temporary = `${target}.part`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
  await rotate(folder, kind, now);
  return { name, path: target };
}

/** Deletes the backups of one kind the rotation no longer keeps. */
export async function rotate(
  folder: string,
  kind: BackupKind,
  now = new Date(),
): Promise<string[]> {
  const prefix = `koopsuz-${kind}-`;
  const names = (await readdir(folder)).filter((name) => name.startsWith(prefix));
  const doomed = backupsToDelete(names, now);
  for (const name of doomed) await unlink(pathInFolder(folder, name));
  return doomed;
}

type StoredStatus = Pick<BackupStatus, 'lastAutoAt' | 'lastFailure'>;

async function readStoredStatus(folder: string): Promise<StoredStatus> {
  try {
    const value = JSON.parse(await readFile(path.join(folder, STATUS_FILE), 'utf8')) as unknown;
    const parsed = (value ?? {}) as StoredStatus;
    return {
      ...(typeof parsed.lastAutoAt === 'string' ? { lastAutoAt: parsed.lastAutoAt } : {}),
      ...(parsed.lastFailure && typeof parsed.lastFailure.reason === 'string'
        ? { lastFailure: { at: String(parsed.lastFailure.at), reason: parsed.lastFailure.reason } }
        : {}),
    };
  } catch {
    return {};
  }
}

/** Records how an automatic backup went; a success clears the last failure. */
export async function recordOutcome(
  folder: string,
  outcome: { ok: true; at: Date } | { ok: false; at: Date; reason: string },
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const status = await readStoredStatus(folder);
  const next: StoredStatus = outcome.ok
    ? { lastAutoAt: outcome.at.toISOString() }
    : { ...status, lastFailure: { at: outcome.at.toISOString(), reason: outcome.reason } };
  await writeFile(path.join(folder, STATUS_FILE), JSON.stringify(next));
}

/** The folder, its backups (newest first) and the stored outcome. */
export async function readBackupStatus(folder: string): Promise<BackupStatus> {
  let names: string[] = [];
  try {
    names = await readdir(folder);
  } catch {
    // No folder yet: no backups.
  }
  const files = [];
  for (const name of names) {
    if (!backupFileNameSchema.safeParse(name).success) continue;
    const info = await stat(path.join(folder, name));
    files.push({ name, size: info.size, modifiedAt: info.mtime.toISOString() });
  }
  files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name));
  return { folder, files, ...(await readStoredStatus(folder)) };
}

/** Reads one backup of the folder by name. */
export async function readBackupFile(folder: string, name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(pathInFolder(folder, name)));
}
