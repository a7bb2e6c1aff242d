import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProposal } from '../../../shared/domain/study/import/propose';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import type { Place } from '../../../shared/schemas/study';
import { addCatalogueEntries } from '../../db/study/catalogue';

/** Places and problems of the file that the lists lack, added with one confirmation. */
export function ImportProposals({
  proposal,
  territoryId,
  onAdded,
}: {
  proposal: Pick<ImportProposal, 'newPlaces' | 'newProblems'>;
  territoryId: string;
  onAdded: (added: { places: Place[]; problems: { code: string; title: Place['name'] }[] }) => void;
}) {
  const { t, i18n } = useTranslation('studyImport');
  const lang = (['ru', 'ky', 'en'].includes(i18n.language) ? i18n.language : 'ru') as Language;
  const [busy, setBusy] = useState(false);
  const { newPlaces, newProblems } = proposal;
  if (newPlaces.length === 0 && newProblems.length === 0) return null;
  const add = async () => {
    setBusy(true);
    try {
      const result = await addCatalogueEntries(territoryId, {
        places: newPlaces,
        problems: newProblems.map((p) => ({ category: 'other', title: p.title })),
      });
      onAdded({
        places: result.places,
        problems: result.problemCodes.map((code, i) => ({ code, title: newProblems[i]!.title })),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert color="blue" title={t('newEntries.title')} data-testid="import-new-entries">
      <Stack gap={4}>
        {newPlaces.length > 0 && (
          <Text size="sm">
            {t('newEntries.places', {
              count: newPlaces.length,
              names: newPlaces.map((p) => pickText(p.name, lang).text).join('; '),
            })}
          </Text>
        )}
        {newProblems.length > 0 && (
          <Text size="sm">
            {t('newEntries.problems', {
              count: newProblems.length,
              names: newProblems.map((p) => pickText(p.title, lang).text).join('; '),
            })}
          </Text>
        )}
        <Button w={260} loading={busy} onClick={() => void add()} data-testid="import-add-entries">
          {t('newEntries.add')}
        </Button>
      </Stack>
    </Alert>
  );
}
