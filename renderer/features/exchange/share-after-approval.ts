/* After a plan or a report is approved: the package for the city, if the clerk chose so (Settings). */
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** Writes the territory's package to the exchange folder when chosen, and says so. */
export async function shareAfterApproval(territoryId: string, t: TFunction): Promise<void> {
  const { autoExport } = await import('../../exchange/auto-export');
  const result = await autoExport(territoryId);
  if (result.kind === 'written')
    notifications.show({
      message: t('exchangeAuto:written', { name: result.name }),
      color: 'teal',
    });
  else if (result.kind === 'failed')
    notifications.show({ message: t('exchangeAuto:failed'), color: 'red', autoClose: false });
}
