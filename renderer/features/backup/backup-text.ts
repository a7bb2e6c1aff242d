/* Words for backups: reasons a file is refused, instants in the clerk's local time. */
import type { TFunction } from 'i18next';
import { BackupError } from '../../../shared/backup/format';
import { formatNumber } from '../../../shared/format';
import type { Language } from '../../../shared/languages';

/** What went wrong, in the clerk's language, for any error a backup action can raise. */
export function backupErrorText(t: TFunction, error: unknown, lang: Language): string {
  if (error instanceof BackupError) {
    return t(`backup:errors.${error.code}`, {
      table: error.detail.table ?? '—',
      recordId: error.detail.recordId ?? '—',
      path: error.detail.path ?? '—',
      limit: formatNumber(error.detail.limit ?? 0, lang, 0),
    });
  }
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return t('errors:quotaExceeded');
  }
  return t('backup:errors.read-failed');
}

// Apart from the backup errors (and their zod schemas) so that the frame's banner loads without them.
export { formatInstant } from './instant';
