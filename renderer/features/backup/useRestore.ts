import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  prepareRestore,
  restoreAll,
  restoreTerritory,
  type PreparedRestore,
} from '../../backup/restore';
import { backupPlatform } from '../../platform/backup';
import { backupErrorText } from './backup-text';

/** Set just before the reload that follows a restore, so the reloaded page can say it worked. */
export const RESTORED_FLAG = 'koopsuz:restored';

export type RestoreState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'refused'; message: string }
  | { step: 'ready'; prepared: PreparedRestore }
  | { step: 'restoring'; prepared: PreparedRestore };

/** Check a file, show what it holds, restore on confirmation; errors change nothing. */
export function useRestore() {
  const { t } = useTranslation('backup');
  const [state, setState] = useState<RestoreState>({ step: 'idle' });

  const check = useCallback(
    async (read: () => Promise<Uint8Array>) => {
      setState({ step: 'checking' });
      try {
        setState({ step: 'ready', prepared: await prepareRestore(await read()) });
      } catch (error) {
        console.error('[backup] file refused', error);
        setState({ step: 'refused', message: backupErrorText(t, error) });
      }
    },
    [t],
  );

  const restore = useCallback(
    async (prepared: PreparedRestore, territoryId: string | null) => {
      setState({ step: 'restoring', prepared });
      const save = backupPlatform().saveSafety;
      try {
        if (territoryId) await restoreTerritory(prepared, territoryId, save);
        else await restoreAll(prepared, save);
        // Reload: every screen and every form the clerk has open must show the restored data,
        // or an open form could save its stale values back over it.
        sessionStorage.setItem(RESTORED_FLAG, '1');
        window.location.reload();
      } catch (error) {
        console.error('[backup] restore failed', error);
        setState({ step: 'refused', message: backupErrorText(t, error) });
      }
    },
    [t],
  );

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, check, restore, reset };
}
