import { Alert, Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import type { CheckedBackup } from '../../backup/restore-client';
import { LATEST_VERSION } from '../../db/schema';
import { backupPlatform } from '../../platform/backup';
import { formatInstant } from './backup-text';
import { RestoreProgress } from './RestoreProgress';
import type { ProgressStore } from './useRestore';

interface Props {
  checked: CheckedBackup;
  /** Set while the restore runs. */
  progress?: ProgressStore;
  onCancel: () => void;
  onConfirm: (territoryId: string | null) => void;
}

/** What the backup holds, whole or one territory, and the confirmation (nothing happens before it). */
export function RestoreDialog({ checked, progress, onCancel, onConfirm }: Props) {
  const busy = progress !== undefined;
  const { t, i18n } = useTranslation('backup');
  const lang = i18n.language as Language;
  // Figures from the checked records; the header is outside the checksum and only says when.
  const { header, summary } = checked;
  const territories = summary.territories.map((item) => ({
    value: item.id,
    label: pickText(item.name, lang).text || item.id,
  }));
  const [scope, setScope] = useState<'all' | 'territory'>('all');
  const [territoryId, setTerritoryId] = useState<string | null>(territories[0]?.value ?? null);
  const records = summary.records;
  const chosen = territories.find((item) => item.value === territoryId);

  return (
    <Modal
      opened
      onClose={busy ? () => undefined : onCancel}
      title={t('confirmTitle')}
      size="lg"
      centered
    >
      <Stack gap="sm" data-testid="restore-dialog">
        <Text>
          {t('madeAt', { when: formatInstant(header.createdAt), version: header.appVersion })}
        </Text>
        <Text>
          {t('contents', {
            records: formatNumber(records, lang, 0),
            territories: territories.map((item) => item.label).join(', ') || t('noTerritories'),
          })}
        </Text>
        {header.schemaVersion < LATEST_VERSION && <Text c="dimmed">{t('olderSchema')}</Text>}
        {territories.length > 1 && (
          <Radio.Group value={scope} onChange={(value) => setScope(value as 'all' | 'territory')}>
            <Stack gap={6}>
              <Radio value="all" label={t('scopeAll')} data-testid="restore-scope-all" />
              <Radio
                value="territory"
                label={t('scopeTerritory')}
                data-testid="restore-scope-territory"
              />
            </Stack>
          </Radio.Group>
        )}
        {scope === 'territory' && (
          <Select
            label={t('chooseTerritory')}
            data={territories}
            value={territoryId}
            allowDeselect={false}
            onChange={setTerritoryId}
            data-testid="restore-territory"
          />
        )}
        <Alert color="orange">
          <Text size="sm">
            {scope === 'all'
              ? t('warningAll')
              : t('warningTerritory', { name: chosen?.label ?? '' })}{' '}
            {t(backupPlatform().kind === 'electron' ? 'safetyDesktop' : 'safetyBrowser')}
          </Text>
        </Alert>
        {progress && <RestoreProgress store={progress} label={t('restoring')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common:cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            data-testid="restore-confirm"
            onClick={() => onConfirm(scope === 'territory' ? territoryId : null)}
          >
            {t('confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
