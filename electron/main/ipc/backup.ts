/* backup:* channels: automatic backups' request/deliver pair, safety backups, the backups folder. */
import { app, shell } from 'electron';
import { mkdir } from 'node:fs/promises';
import type { BackupBroker } from '../auto-backup';
import { readBackupHeader } from '../backup-header';
import { backupsFolder, readBackupFile, readBackupStatus, writeBackupFile } from '../backup-store';
import { handle, IpcError } from './register';

/** A restore makes one safety backup; a page asking for more than this is not restoring. */
export const SAFETY_RATE = { perWindowMs: 10 * 60 * 1000, max: 5 };

/** Allows `max` calls per sliding window of `perWindowMs`, by the given clock. */
export function rateLimit(
  { perWindowMs, max }: { perWindowMs: number; max: number },
  clock: () => number = Date.now,
): () => boolean {
  const calls: number[] = [];
  return () => {
    const now = clock();
    // A clock set back must not lock the clerk out: calls "in the future" are forgotten.
    while (calls.length > 0 && (now - calls[0]! >= perWindowMs || calls[0]! > now)) calls.shift();
    if (calls.length >= max) return false;
    calls.push(now);
    return true;
  };
}

export function registerBackupHandlers(broker: BackupBroker, clock: () => number = Date.now): void {
  const folder = () => backupsFolder(app.getPath('userData'));
  const allowSafety = rateLimit(SAFETY_RATE, clock);
  handle('backup:await-request', () => broker.awaitRequest());
  handle('backup:deliver', (input) => {
    broker.deliver(input);
    return null;
  });
  handle('backup:write-safety', async ({ bytes }) => {
    if (!(await readBackupHeader(bytes)))
      throw new IpcError('invalid-input', { cause: 'not a backup' });
    if (!allowSafety()) throw new IpcError('write-failed', { cause: 'too many safety backups' });
    try {
      return await writeBackupFile(folder(), bytes, 'safety');
    } catch (error) {
      throw new IpcError('write-failed', { cause: error });
    }
  });
  handle('backup:get-status', () => readBackupStatus(folder()));
  handle('backup:read', async ({ name }) => {
    try {
      return await readBackupFile(folder(), name);
    } catch (error) {
      throw new IpcError('read-failed', { cause: error });
    }
  });
  handle('backup:open-folder', async () => {
    await mkdir(folder(), { recursive: true });
    const problem = await shell.openPath(folder());
    if (problem !== '') throw new IpcError('open-failed', { cause: problem });
    return null;
  });
}
