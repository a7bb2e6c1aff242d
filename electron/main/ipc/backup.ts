/* backup:* channels: automatic backups' request/deliver pair, safety backups, the backups folder. */
import { app, shell } from 'electron';
import type { BackupBroker } from '../auto-backup';
import { backupsFolder, readBackupFile, readBackupStatus, writeBackupFile } from '../backup-store';
import { mkdir } from 'node:fs/promises';
import { handle, IpcError } from './register';

export function registerBackupHandlers(broker: BackupBroker): void {
  const folder = () => backupsFolder(app.getPath('userData'));
  handle('backup:await-request', () => broker.awaitRequest());
  handle('backup:deliver', (input) => {
    broker.deliver(input);
    return null;
  });
  handle('backup:write-safety', async ({ bytes }) => {
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
