import { Alert, Button, FileButton, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXCHANGE_EXTENSION, formatFingerprint } from '../../../shared/exchange/format';
import type { ExchangeFolderStatus } from '../../../shared/ipc';
import { pickText } from '../../../shared/schemas/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { exchangeFolder } from '../../platform/exchange-folder';
import { formatInstant } from '../backup/backup-text';
import { useImportedInto } from './useExchange';
import { useImportFlow } from './useImportFlow';

/** Import into the current workspace: from a file, or (desktop) from the exchange folder. */
export function ImportPanel({
  workspaceId,
  folder,
}: {
  workspaceId: string;
  folder: ExchangeFolderStatus | null;
}) {
  const { t } = useTranslation('exchange');
  const lang = useLanguage();
  const { state, attempts, start, trust, cancel } = useImportFlow(workspaceId);
  const imported = useImportedInto(workspaceId);
  const busy = state.step === 'checking';
  const name = (text: Parameters<typeof pickText>[0]) => pickText(text, lang).text;

  return (
    <Stack gap="sm" data-testid="exchange-import" data-attempts={attempts}>
      <Text fw={600}>{t('import.title')}</Text>
      <Group>
        <FileButton
          accept={`.${EXCHANGE_EXTENSION},application/zip,application/octet-stream`}
          onChange={(file) => {
            if (file) void start(async () => new Uint8Array(await file.arrayBuffer()));
          }}
        >
          {(props) => (
            <Button {...props} variant="default" disabled={busy} data-testid="exchange-import-file">
              {t('import.fromFile')}
            </Button>
          )}
        </FileButton>
        {busy && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('import.checking')}</Text>
          </Group>
        )}
      </Group>
      {folder?.folder && (
        <Stack gap={4}>
          <Text size="sm">{t('import.inFolder')}</Text>
          {folder.files.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('import.noneInFolder')}
            </Text>
          )}
          {folder.files.map((file) => (
            <Group key={file.name} gap="sm">
              <Text size="sm">{file.name}</Text>
              <Button
                size="xs"
                variant="light"
                disabled={busy}
                onClick={() => void start(() => exchangeFolder()!.read(file.name))}
                data-testid="exchange-import-folder-file"
              >
                {t('import.button')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {state.step === 'refused' && (
        <Alert color="red" data-testid="exchange-refused" data-code={state.code}>
          {t(`refusals.${state.code}`)}
        </Alert>
      )}
      {state.step === 'done' && (
        <Alert color="teal" data-testid="exchange-imported">
          {t(state.changed ? 'import.done' : 'import.doneUnchanged', {
            territory: name(state.manifest.territoryName),
            sequence: state.manifest.sequence,
            count: state.changed,
          })}
        </Alert>
      )}
      <Text fw={600}>{t('imported.title')}</Text>
      {imported?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('imported.none')}
        </Text>
      )}
      {imported?.map(({ origin, territory }) => (
        <Text size="sm" key={origin.id} data-testid="exchange-imported-row">
          {t('imported.row', {
            territory: name(territory.name),
            sequence: origin.sequence,
            date: formatInstant(origin.packageCreatedAt),
          })}
        </Text>
      ))}
      <Modal
        opened={state.step === 'trust'}
        onClose={cancel}
        title={t('import.trustTitle')}
        data-testid="exchange-trust"
      >
        {state.step === 'trust' && (
          <Stack>
            <Text size="sm">
              {t('import.trustQuestion', { territory: name(state.checked.manifest.territoryName) })}
            </Text>
            <Text ff="monospace" fw={700} data-testid="exchange-trust-fingerprint">
              {formatFingerprint(state.checked.fingerprint)}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={cancel} data-testid="exchange-trust-cancel">
                {t('import.cancel')}
              </Button>
              <Button onClick={trust} data-testid="exchange-trust-confirm">
                {t('import.trust')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
