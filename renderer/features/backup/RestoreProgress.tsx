import { Group, Loader, Progress as Bar, Stack, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressStore } from './useRestore';

/** What the restore worker is doing (unpacking, checking, writing) and how far it has come. */
export function RestoreProgress({ store, label }: { store: ProgressStore; label: string }) {
  const { t } = useTranslation('backup');
  const progress = useSyncExternalStore(store.subscribe, store.get);
  const share = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return (
    <Stack
      gap={4}
      data-testid="restore-progress"
      data-phase={progress?.phase ?? ''}
      data-done={progress?.done ?? 0}
    >
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm">
          {label}
          {progress ? ` ${t(`phase.${progress.phase}`)} ${Math.round(share * 100)} %` : ''}
        </Text>
      </Group>
      <Bar value={share * 100} size="sm" aria-label={label} />
    </Stack>
  );
}
