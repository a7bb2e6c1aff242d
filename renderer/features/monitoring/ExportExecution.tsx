import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useLanguage';
import { exportExecutionWorkbook } from './export-execution';
import type { PeriodChoice } from './period';

/** «Исполнение в Excel»: the execution workbook for finance, for the period on screen. */
export function ExportExecution({ planId, choice }: { planId: string; choice: PeriodChoice }) {
  const { t } = useTranslation('execution');
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await exportExecutionWorkbook(planId, choice, lang);
      notifications.show({ message: t('export.done'), color: 'teal' });
    } catch (error) {
      console.error('execution workbook export failed', error);
      notifications.show({ message: t('export.failed'), color: 'red' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      loading={busy}
      onClick={() => void run()}
      data-testid="monitoring-export-excel"
    >
      {t('export.button')}
    </Button>
  );
}
