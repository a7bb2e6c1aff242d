import { Alert, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_EXTENSION } from '../../../shared/backup/format';
import { createBackup } from '../../backup/create';
import { useSetting } from '../../db/settings';
import { setSetting } from '../../db/settings';
import { platform } from '../../platform';
import { AutoBackups } from './AutoBackups';
import { formatInstant } from './backup-text';
import { RestoreDialog } from './RestoreDialog';
import { RestoreProgress } from './RestoreProgress';
import { RESTORED_FLAG, useRestore } from './useRestore';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Above this share of the browser's quota the clerk is warned, before writes start failing. */
const LOW_SPACE_SHARE = 0.8;

/** True when the data uses most of the space the browser grants. */
function useStorageLow(): boolean {
  const [low, setLow] = useState(false);
  useEffect(() => {
    void navigator.storage
      ?.estimate?.()
      .then(({ usage, quota }) =>
        setLow(Boolean(usage && quota && usage / quota > LOW_SPACE_SHARE)),
      )
      .catch(() => undefined);
  }, []);
  return low;
}

/** Settings section: back up now, restore from a file or (desktop) from the backups folder. */
export function BackupSection() {
  const { t } = useTranslation('backup');
  const lastBackupAt = useSetting('lastBackupAt');
  const [saving, setSaving] = useState(false);
  const { state, check, restore, reset } = useRestore();
  const isBrowser = platform().kind === 'browser';
  const storageLow = useStorageLow();

  useEffect(() => {
    if (sessionStorage.getItem(RESTORED_FLAG) === null) return;
    sessionStorage.removeItem(RESTORED_FLAG);
    notifications.show({ message: t('restored'), color: 'teal', autoClose: 8000 });
  }, [t]);
  const overdue =
    lastBackupAt === null ||
    (typeof lastBackupAt === 'string' && Date.now() - Date.parse(lastBackupAt) > WEEK_MS);

  const backUpNow = async () => {
    setSaving(true);
    try {
      const backup = await createBackup();
      const result = await platform().saveBytes(backup.bytes, backup.name, [
        { name: t('fileFilter'), extensions: [BACKUP_EXTENSION] },
      ]);
      if (result.saved) {
        await setSetting('lastBackupAt', backup.header.createdAt);
        notifications.show({ message: t('backupSaved'), color: 'teal' });
      }
    } catch (error) {
      console.error('[backup] backup failed', error);
      notifications.show({ message: t('backupFailed'), color: 'red' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('intro')}</Text>
      <Text data-testid="last-backup">
        {lastBackupAt ? t('lastBackup', { when: formatInstant(lastBackupAt) }) : t('never')}
      </Text>
      {storageLow && (
        <Alert color="red" data-testid="storage-low">
          {t('storageLow')}
        </Alert>
      )}
      {isBrowser && (
        <Alert color={overdue ? 'orange' : 'blue'} data-testid="backup-reminder">
          <Text size="sm">{t('browserReminder')}</Text>
          {overdue && (
            <Text size="sm" fw={700}>
              {t('reminderOverdue')}
            </Text>
          )}
        </Alert>
      )}
      <Group>
        <Button loading={saving} onClick={() => void backUpNow()} data-testid="backup-now">
          {t('backupNow')}
        </Button>
        <FileButton
          accept={`.${BACKUP_EXTENSION},application/gzip,application/octet-stream`}
          onChange={(file) => {
            if (file) void check(async () => new Uint8Array(await file.arrayBuffer()));
          }}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              color="red"
              disabled={state.step === 'checking' || state.step === 'restoring'}
              data-testid="restore-file"
            >
              {t('restoreFromFile')}
            </Button>
          )}
        </FileButton>
      </Group>
      {state.step === 'checking' && (
        <Group gap="sm" align="flex-end">
          <div style={{ flex: 1 }}>
            <RestoreProgress store={state.progress} label={t('checking')} />
          </div>
          <Button variant="default" size="xs" onClick={reset} data-testid="restore-cancel-check">
            {t('common:cancel')}
          </Button>
        </Group>
      )}
      {state.step === 'refused' && (
        <Alert color="red" withCloseButton onClose={reset} data-testid="backup-error">
          <Text size="sm">{state.message}</Text>
          <Text size="sm">{t('nothingChanged')}</Text>
        </Alert>
      )}
      {(state.step === 'ready' || state.step === 'restoring') && (
        <RestoreDialog
          checked={state.checked}
          progress={state.step === 'restoring' ? state.progress : undefined}
          onCancel={reset}
          onConfirm={(territoryId) => void restore(state.checked, territoryId)}
        />
      )}
      {!isBrowser && <AutoBackups onRestore={(read) => void check(read)} />}
    </Stack>
  );
}
