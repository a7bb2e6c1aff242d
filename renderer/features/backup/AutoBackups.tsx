import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFailureKind, FAILURE_TEXT_KEYS } from '../../../shared/backup/failure';
import { formatNumber } from '../../../shared/format';
import type { BackupStatus } from '../../../shared/ipc';
import type { Language } from '../../../shared/languages';
import { backupPlatform } from '../../platform/backup';
import { formatInstant } from './backup-text';

function kindOf(name: string): 'kindAuto' | 'kindSafety' | 'kindManual' {
  if (name.startsWith('koopsuz-auto-')) return 'kindAuto';
  if (name.startsWith('koopsuz-safety-')) return 'kindSafety';
  return 'kindManual';
}

/** The main process records a technical reason; the clerk reads what it means. */
const reasonKey = (reason: string) => FAILURE_TEXT_KEYS[backupFailureKind(reason)];

/** Desktop only: the backups folder, how the last automatic backup went, restore from the list. */
export function AutoBackups({
  onRestore,
}: {
  onRestore: (read: () => Promise<Uint8Array>) => void;
}) {
  const { t, i18n } = useTranslation('backup');
  const lang = i18n.language as Language;
  const [status, setStatus] = useState<BackupStatus | null>(null);

  useEffect(() => {
    void backupPlatform()
      .status()
      .then(setStatus)
      .catch((error: unknown) => console.error('[backup] status unavailable', error));
  }, []);

  if (!status) return null;
  return (
    <Stack gap="xs" mt="sm" data-testid="auto-backups">
      <Title order={5}>{t('autoTitle')}</Title>
      <Text size="sm">{t('autoIntro')}</Text>
      {status.lastFailure && (
        <Alert color="red" data-testid="auto-backup-failed">
          {t('autoFailed', {
            when: formatInstant(status.lastFailure.at),
            reason: t(reasonKey(status.lastFailure.reason)),
          })}
        </Alert>
      )}
      {status.lastAutoAt && (
        <Text size="sm">{t('lastAuto', { when: formatInstant(status.lastAutoAt) })}</Text>
      )}
      <Group>
        <Text size="sm" c="dimmed">
          {t('folder', { folder: status.folder })}
        </Text>
        <Button variant="default" size="xs" onClick={() => void backupPlatform().openFolder()}>
          {t('openFolder')}
        </Button>
      </Group>
      {status.files.length === 0 ? (
        <Text size="sm">{t('noAutoBackups')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={500} mah={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('listWhen')}</Table.Th>
                <Table.Th>{t('listKind')}</Table.Th>
                <Table.Th>{t('listSize')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.files.map((file) => (
                <Table.Tr key={file.name}>
                  <Table.Td>{formatInstant(file.modifiedAt)}</Table.Td>
                  <Table.Td>{t(kindOf(file.name))}</Table.Td>
                  <Table.Td>{`${formatNumber(file.size / 1024, lang, 0)} ${lang === 'en' ? 'KB' : 'КБ'}`}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => onRestore(() => backupPlatform().read(file.name))}
                    >
                      {t('restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
