import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadOnlyContext } from '../../app/read-only';
import { formatInstant } from '../backup/instant';
import { useOrigin } from './useExchange';

/**
 * Says, above every screen of an imported territory, that it is read-only here and why, and
 * tells the screens below (useReadOnly).
 */
export function ImportedBanner({
  territoryId,
  children,
}: {
  territoryId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('exchange');
  const origin = useOrigin(territoryId);
  return (
    <ReadOnlyContext.Provider value={Boolean(origin)}>
      {origin && (
        <Alert color="blue" variant="light" mb="md" data-testid="imported-banner">
          {t('imported.banner', {
            sequence: origin.sequence,
            date: formatInstant(origin.packageCreatedAt),
          })}
        </Alert>
      )}
      {children}
    </ReadOnlyContext.Provider>
  );
}
