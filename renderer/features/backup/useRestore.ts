import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/languages';
import {
  RestoreCancelled,
  RestoreSession,
  type CheckedBackup,
  type RestorePhase,
} from '../../backup/restore-client';
import { backupPlatform } from '../../platform/backup';
import { backupErrorText } from './backup-text';

/** Set just before the reload that follows a restore, so the reloaded page can say it worked. */
export const RESTORED_FLAG = 'koopsuz:restored';

export interface Progress {
  phase: RestorePhase;
  done: number;
  total: number;
}

/**
 * The worker's progress, kept outside React state: each report re-renders only the progress bar
 * (useSyncExternalStore), not the dialog or the Settings screen around it.
 */
export class ProgressStore {
  private value: Progress | null = null;
  private listeners = new Set<() => void>();
  readonly get = () => this.value;
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  set(value: Progress | null): void {
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}

export type RestoreState =
  | { step: 'idle' }
  | { step: 'checking'; progress: ProgressStore }
  | { step: 'refused'; message: string }
  | { step: 'ready'; checked: CheckedBackup }
  | { step: 'restoring'; checked: CheckedBackup; progress: ProgressStore };

/**
 * Check a file, show what it holds, restore on confirmation; errors change nothing. Checking and
 * writing run in a worker (renderer/backup/restore.worker.ts); Cancel stops a check.
 */
export function useRestore() {
  const { t, i18n } = useTranslation('backup');
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const session = useRef<RestoreSession | null>(null);

  const close = useCallback(() => {
    session.current?.close();
    session.current = null;
  }, []);
  useEffect(() => close, [close]);

  const refuse = useCallback(
    (error: unknown) => {
      if (error instanceof RestoreCancelled) return;
      console.error('[backup] restore refused or failed', error);
      close();
      setState({ step: 'refused', message: backupErrorText(t, error, i18n.language as Language) });
    },
    [t, i18n, close],
  );

  const check = useCallback(
    async (read: () => Promise<Uint8Array>) => {
      close();
      const progress = new ProgressStore();
      setState({ step: 'checking', progress });
      try {
        const bytes = await read();
        const buffer =
          bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
            ? (bytes.buffer as ArrayBuffer)
            : (bytes.slice().buffer as ArrayBuffer);
        const current = new RestoreSession();
        session.current = current;
        const checked = await current.check(buffer, (phase, done, total) =>
          progress.set({ phase, done, total }),
        );
        if (session.current === current) setState({ step: 'ready', checked });
      } catch (error) {
        refuse(error);
      }
    },
    [close, refuse],
  );

  const restore = useCallback(
    async (checked: CheckedBackup, territoryId: string | null) => {
      const current = session.current;
      if (!current) return;
      const progress = new ProgressStore();
      setState({ step: 'restoring', checked, progress });
      try {
        await current.restore(territoryId, backupPlatform().saveSafety, (phase, done, total) =>
          progress.set({ phase, done, total }),
        );
        // Reload: every screen and every form the clerk has open must show the restored data,
        // or an open form could save its stale values back over it.
        sessionStorage.setItem(RESTORED_FLAG, '1');
        window.location.reload();
      } catch (error) {
        refuse(error);
      }
    },
    [refuse],
  );

  /** Cancel: a check in progress stops; the dialog closes. Nothing has been written. */
  const reset = useCallback(() => {
    close();
    setState({ step: 'idle' });
  }, [close]);
  return { state, check, restore, reset };
}
