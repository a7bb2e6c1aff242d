/*
 * The backup part of the platform seam (architecture A7). In the desktop app, safety backups land
 * in the data folder's backups folder and the main process asks for automatic backups; in the
 * plain browser a safety backup is a download and there is no folder.
 */
import type { BackupStatus, DesktopApi, IpcResult } from '../../shared/ipc';
import { BACKUP_EXTENSION } from '../../shared/backup/format';
import { PlatformError } from './electron';
import { platform } from './index';

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

export interface BackupPlatform {
  readonly kind: 'electron' | 'browser';
  /** Keeps the safety backup made before a restore; throws when it could not. */
  saveSafety(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<void>;
  /** The backups folder and its files; null in the browser. */
  status(): Promise<BackupStatus | null>;
  read(name: string): Promise<Uint8Array>;
  openFolder(): Promise<void>;
  /** Answers the main process's backup requests with `make()` until the returned stop is called. */
  serveRequests(make: () => Promise<Uint8Array<ArrayBuffer>>): () => void;
}

function desktopBackup(api: DesktopApi): BackupPlatform {
  return {
    kind: 'electron',
    saveSafety: async (bytes) => {
      unwrap(await api.writeSafetyBackup({ bytes }));
    },
    status: async () => unwrap(await api.getBackupStatus()),
    read: async (name) => unwrap(await api.readBackup({ name })),
    openFolder: async () => {
      unwrap(await api.openBackupFolder());
    },
    serveRequests: (make) => {
      let stopped = false;
      const loop = async () => {
        while (!stopped) {
          const result = await api.awaitBackupRequest();
          if (!result.ok || result.value === null) return;
          const { requestId } = result.value;
          try {
            await api.deliverBackup({ requestId, bytes: await make() });
          } catch (error) {
            console.error('[backup] automatic backup could not be made', error);
            const reason = error instanceof Error ? error.name : 'error';
            await api.deliverBackup({ requestId, error: reason.slice(0, 200) });
          }
        }
      };
      void loop();
      return () => {
        stopped = true;
      };
    },
  };
}

function browserBackup(): BackupPlatform {
  return {
    kind: 'browser',
    saveSafety: async (bytes, name) => {
      await platform().saveBytes(bytes, name, [
        { name: 'Koopsuz', extensions: [BACKUP_EXTENSION] },
      ]);
    },
    status: async () => null,
    read: async () => {
      throw new PlatformError('desktop-only');
    },
    openFolder: async () => {
      throw new PlatformError('desktop-only');
    },
    serveRequests: () => () => undefined,
  };
}

let chosen: BackupPlatform | null = null;

/** The backup seam of the platform chosen at start-up. */
export function backupPlatform(): BackupPlatform {
  chosen ??= window.api ? desktopBackup(window.api) : browserBackup();
  return chosen;
}
