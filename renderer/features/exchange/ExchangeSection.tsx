import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeFolderStatus } from '../../../shared/ipc';
import { useTerritory } from '../../app/territory-context';
import { exchangeFolder } from '../../platform/exchange-folder';
import { AutoExportOption } from './AutoExportOption';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** The desktop's exchange folder: which one, choose another, look again for new packages. */
function FolderControls({
  folder,
  onChange,
}: {
  folder: ExchangeFolderStatus;
  onChange: (next: ExchangeFolderStatus) => void;
}) {
  const { t } = useTranslation('exchange');
  const desktop = exchangeFolder()!;
  return (
    <Stack gap={4}>
      <Text fw={600}>{t('folder.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('folder.intro')}
      </Text>
      <Text size="sm" data-testid="exchange-folder">
        {folder.folder ? t('folder.current', { folder: folder.folder }) : t('folder.none')}
      </Text>
      <Group>
        <Button
          variant="default"
          onClick={async () => {
            const next = await desktop.choose();
            if (next) onChange(next);
          }}
          data-testid="exchange-folder-choose"
        >
          {t('folder.choose')}
        </Button>
        {folder.folder && (
          <Button variant="subtle" onClick={async () => onChange(await desktop.status())}>
            {t('folder.refresh')}
          </Button>
        )}
      </Group>
      <AutoExportOption hasFolder={Boolean(folder.folder)} />
    </Stack>
  );
}

/** Settings → exchange with other offices: the key, the package, the folder, the import. */
export function ExchangeSection() {
  const { t } = useTranslation('exchange');
  const territory = useTerritory();
  const [folder, setFolder] = useState<ExchangeFolderStatus | null>(null);
  // One seam object for the section's life: a new one each render would make a new `refresh`,
  // whose effect reads the folder again, sets state, renders… without end (the desktop froze).
  const desktop = useMemo(() => exchangeFolder(), []);
  const refresh = useCallback(() => {
    if (desktop) void desktop.status().then(setFolder);
  }, [desktop]);
  // The folder is looked at when the section opens and whenever the window gets focus back,
  // so packages that arrived meanwhile are offered.
  useEffect(() => {
    refresh();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);
  return (
    <Stack gap="md">
      <Text size="sm">{t('intro')}</Text>
      <ExportPanel territoryId={territory.id} hasFolder={Boolean(folder?.folder)} />
      <Divider />
      {folder ? (
        <FolderControls folder={folder} onChange={setFolder} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('folder.browser')}
        </Text>
      )}
      <Divider />
      <ImportPanel workspaceId={territory.id} folder={folder} />
    </Stack>
  );
}
