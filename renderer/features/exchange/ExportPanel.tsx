import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXCHANGE_EXTENSION,
  formatFingerprint,
  type ExchangeOptions,
} from '../../../shared/exchange/format';
import { platform } from '../../platform';
import { exchangeFolder } from '../../platform/exchange-folder';
import { useOrigin, useOwnKey } from './useExchange';

/** The office's key fingerprint and the package of the current territory, with its options. */
export function ExportPanel({
  territoryId,
  hasFolder,
}: {
  territoryId: string;
  hasFolder: boolean;
}) {
  const { t } = useTranslation('exchange');
  const key = useOwnKey();
  const origin = useOrigin(territoryId);
  const [options, setOptions] = useState<ExchangeOptions>({
    contacts: false,
    responses: false,
    drafts: false,
  });
  const [busy, setBusy] = useState(false);

  const make = async (where: 'file' | 'folder') => {
    setBusy(true);
    try {
      const { createExchangePackage } = await import('../../exchange/write-package');
      const made = await createExchangePackage(territoryId, options);
      if (where === 'folder') {
        const name = await exchangeFolder()!.write(made.name, made.bytes);
        notifications.show({ message: t('export.written', { name }), color: 'teal' });
      } else {
        const result = await platform().saveBytes(
          made.bytes as Uint8Array<ArrayBuffer>,
          made.name,
          [{ name: t('fileFilter'), extensions: [EXCHANGE_EXTENSION] }],
        );
        if (result.saved)
          notifications.show({ message: t('export.saved', { name: made.name }), color: 'teal' });
      }
    } catch (error) {
      console.error('[exchange] package not made', error);
      notifications.show({ message: t('export.failed'), color: 'red', autoClose: false });
    } finally {
      setBusy(false);
    }
  };

  const option = (name: keyof ExchangeOptions) => (
    <Checkbox
      label={t(`export.${name}`)}
      checked={options[name]}
      onChange={(event) => setOptions({ ...options, [name]: event.currentTarget.checked })}
      data-testid={`exchange-option-${name}`}
    />
  );

  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="exchange-fingerprint">
        {key
          ? t('key.fingerprint', { fingerprint: formatFingerprint(key.fingerprint) })
          : t('key.none')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('key.hint')}
      </Text>
      <Text fw={600}>{t('export.title')}</Text>
      {origin ? (
        <Text size="sm">{t('export.imported')}</Text>
      ) : (
        <>
          {option('contacts')}
          {option('responses')}
          {option('drafts')}
          <Group>
            <Button loading={busy} onClick={() => void make('file')} data-testid="exchange-export">
              {t('export.button')}
            </Button>
            {hasFolder && (
              <Button
                variant="default"
                loading={busy}
                onClick={() => void make('folder')}
                data-testid="exchange-export-folder"
              >
                {t('export.toFolder')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
