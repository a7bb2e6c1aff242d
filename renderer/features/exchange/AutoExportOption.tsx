import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setSetting, useSetting } from '../../db/settings';

/** Desktop: after each plan or report approval, a fresh package goes to the exchange folder. */
export function AutoExportOption({ hasFolder }: { hasFolder: boolean }) {
  const { t } = useTranslation('exchangeAuto');
  const on = useSetting('exchangeAutoExport');
  return (
    <Checkbox
      label={t('label')}
      description={hasFolder ? t('hint') : t('needsFolder')}
      checked={on === true}
      disabled={on === undefined}
      onChange={(event) => void setSetting('exchangeAutoExport', event.currentTarget.checked)}
      data-testid="exchange-auto-export"
    />
  );
}
