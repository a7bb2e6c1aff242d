/*
 * The exchange folder through the platform seam (issue 19): in the desktop app the main process
 * keeps the folder the clerk chose and reads and writes packages there; in the browser there is
 * none (null), and packages are downloaded and uploaded instead.
 */
import type { ExchangeFolderStatus } from '../../shared/ipc';
import { PlatformError } from './electron';

export interface ExchangeFolder {
  status(): Promise<ExchangeFolderStatus>;
  /** Asks for the folder in a dialog; null when the clerk cancels. */
  choose(): Promise<ExchangeFolderStatus | null>;
  write(name: string, bytes: Uint8Array): Promise<string>;
  read(name: string): Promise<Uint8Array>;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

/** The desktop's exchange folder, or null in the browser. */
export function exchangeFolder(): ExchangeFolder | null {
  const api = typeof window === 'undefined' ? undefined : window.api;
  if (!api) return null;
  return {
    status: async () => unwrap(await api.getExchangeFolder()),
    choose: async () => unwrap(await api.chooseExchangeFolder()),
    write: async (name, bytes) =>
      unwrap(await api.writeExchangePackage({ name, bytes: bytes as Uint8Array<ArrayBuffer> }))
        .name,
    read: async (name) => unwrap(await api.readExchangePackage({ name })),
  };
}
