import { Button, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { platform } from '../../platform';

function megabytes(bytes: number, lang: Language): string {
  return `${formatNumber(bytes / 1024 / 1024, lang, 1)} ${lang === 'en' ? 'MB' : 'МБ'}`;
}

/** Whether the data is persistent, how much space it uses, and the data folder (desktop only). */
export function StorageStatus() {
  const { t, i18n } = useTranslation('settings');
  const lang = i18n.language as Language;
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted);
    void navigator.storage?.estimate?.().then(setEstimate);
  }, []);

  return (
    <Stack gap="xs">
      <Text data-testid="storage-persisted" c={persisted === false ? 'orange' : undefined}>
        {persisted ? t('storagePersistent') : t('storageNotPersistent')}
      </Text>
      <Text size="sm" c="dimmed">
        {estimate?.usage !== undefined && estimate.quota !== undefined
          ? t('storageUsed', {
              used: megabytes(estimate.usage, lang),
              quota: megabytes(estimate.quota, lang),
            })
          : t('storageUnknown')}
      </Text>
      {platform().kind === 'electron' && (
        <Button variant="default" w="fit-content" onClick={() => void platform().openDataFolder()}>
          {t('openDataFolder')}
        </Button>
      )}
    </Stack>
  );
}
