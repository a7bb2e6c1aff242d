import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../backup/instant';
import { useOrigin } from './useExchange';

/** Says, above every screen of an imported territory, that it is read-only here and why. */
export function ImportedBanner({ territoryId }: { territoryId: string }) {
  const { t } = useTranslation('exchange');
  const origin = useOrigin(territoryId);
  if (!origin) return null;
  return (
    <Alert color="blue" variant="light" mb="md" data-testid="imported-banner">
      {t('imported.banner', {
        sequence: origin.sequence,
        date: formatInstant(origin.packageCreatedAt),
      })}
    </Alert>
  );
}
