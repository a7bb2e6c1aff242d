/*
 * Why an automatic backup failed, in the words the clerk reads. The main process records a
 * technical reason (status.json); the start-up notice and Settings both name it by its kind.
 */

/** Recorded when the page that makes backups crashed or was reloaded while one was asked for. */
export const RENDERER_GONE = 'renderer-gone';

export type BackupFailureKind = 'timeout' | 'crashed' | 'renderer' | 'disk';

/** The kind of a recorded failure reason. */
export function backupFailureKind(reason: string): BackupFailureKind {
  if (reason === 'timeout') return 'timeout';
  if (reason.startsWith(RENDERER_GONE)) return 'crashed';
  if (reason.startsWith('renderer') || reason === 'not a backup file') return 'renderer';
  return 'disk';
}

/** The backup catalogue's key for each kind. */
export const FAILURE_TEXT_KEYS = {
  timeout: 'failTimeout',
  crashed: 'failCrashed',
  renderer: 'failRenderer',
  disk: 'failDisk',
} as const satisfies Record<BackupFailureKind, string>;
