/* Registers the handler of every channel of the contract (shared/ipc-channels.ts), once each. */
import type { BackupBroker } from '../auto-backup';
import { registerAppHandlers, type AppHandlerDeps } from './app';
import { registerBackupHandlers } from './backup';
import { registerExchangeHandlers } from './exchange';
import { registerFileHandlers } from './files';
import { registerPrintHandlers } from './print';

export interface IpcHandlerDeps extends AppHandlerDeps {
  backupBroker: BackupBroker;
}

export function registerIpcHandlers(deps: IpcHandlerDeps): void {
  registerAppHandlers(deps);
  registerFileHandlers();
  registerPrintHandlers();
  registerBackupHandlers(deps.backupBroker);
  registerExchangeHandlers();
}
