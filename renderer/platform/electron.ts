import type { DesktopApi, IpcResult } from '../../shared/ipc';
import type { Platform } from './types';

/** Raised when the main process refuses or fails a call; `code` is its error code. */
export class PlatformError extends Error {
  constructor(readonly code: string) {
    super(`Desktop call failed: ${code}`);
    this.name = 'PlatformError';
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

/** The platform over the preload's one `window.api` object. */
export function electronPlatform(api: DesktopApi): Platform {
  return {
    kind: 'electron',
    appInfo: async () => unwrap(await api.getAppInfo()),
    saveBytes: async (bytes, suggestedName, filters) =>
      unwrap(await api.saveBytes({ bytes, suggestedName, filters })),
    printDocument: async (orientation) => {
      unwrap(await api.printDocument({ orientation }));
    },
    savePdf: async (suggestedName) => unwrap(await api.savePdf({ suggestedName })),
    setLanguage: async (language) => {
      unwrap(await api.setLanguage({ language }));
    },
    openDataFolder: async () => {
      unwrap(await api.openDataFolder());
      return true;
    },
  };
}
