import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useTerritories } from '../../db/hooks';
import { isCitySample, loadCitySample, removeCitySample } from './city-sample';

/** Settings → sample: open the city sample (Bishkek with three districts' packages), remove it. */
export function CitySampleControls() {
  const { t } = useTranslation('citySample');
  const territories = useTerritories();
  const loaded = territories?.some(isCitySample) ?? false;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const open = async () => {
    setProgress({ done: 0, total: 3 });
    try {
      const { importInWorker } = await import('./run-worker');
      const result = await loadCitySample(importInWorker, (done, total) =>
        setProgress({ done, total }),
      );
      notifications.show({ message: t(result === 'loaded' ? 'loaded' : 'alreadyLoaded') });
    } catch (error) {
      console.error('[city sample] not loaded', error);
      notifications.show({ message: t('failed'), color: 'red', autoClose: false });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Stack gap="sm" data-testid="city-sample">
      <Text size="sm">{t('intro')}</Text>
      <Group>
        <Button
          disabled={loaded}
          loading={progress !== null}
          onClick={() => void open()}
          data-testid="city-sample-load"
        >
          {t('load')}
        </Button>
        <ConfirmButton
          variant="default"
          color="red"
          disabled={!loaded || progress !== null}
          question={t('removeConfirm')}
          testId="city-sample-remove"
          onConfirm={async () => {
            const result = await removeCitySample();
            notifications.show({ message: t(result === 'removed' ? 'removed' : 'notPresent') });
          }}
        >
          {t('remove')}
        </ConfirmButton>
      </Group>
      {progress && (
        <Text size="sm" c="dimmed" data-testid="city-sample-progress">
          {t('progress', progress)}
        </Text>
      )}
    </Stack>
  );
}
