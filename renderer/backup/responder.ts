/* Answers the desktop app's automatic-backup requests for as long as the page lives. */
import { backupPlatform } from '../platform/backup';
import { createBackup } from './create';

let started = false;

/** Starts answering once; in the browser there is nothing to answer. */
export function startBackupResponder(): void {
  if (started) return;
  started = true;
  backupPlatform().serveRequests(async () => (await createBackup('auto')).bytes);
}
