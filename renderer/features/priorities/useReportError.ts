import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { ValidationError } from '../../db/repository';
import { FrozenError } from '../../db/priorities';

/** Runs a write; a refusal the clerk caused is shown in their language, anything else is logged too. */
export function useReportError(): (action: () => Promise<unknown>) => Promise<boolean> {
  const { t } = useTranslation();
  return useCallback(
    async (action) => {
      try {
        await action();
        return true;
      } catch (error) {
        let message: string;
        if (error instanceof FrozenError) message = t(error.reason);
        else if (error instanceof ValidationError)
          message = error.issues.map((issue) => errorText(t, issue.message)).join('; ');
        else {
          console.error('priorities: write failed', error);
          message = t('storageError', { reason: String(error) });
        }
        notifications.show({ color: 'red', message, autoClose: 8000 });
        return false;
      }
    },
    [t],
  );
}
