import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../shared/localized-text';
import { useTerritory } from '../../app/territory-context';
import { useLanguage } from '../../app/useLanguage';
import { documentHref } from '../../documents';
import { CitySections } from './CitySections';
import { exportCityWorkbook } from './export-city-workbook';
import { loadCity } from './load-city';

/**
 * The city view (issue 19, item 3): the districts imported into this workspace side by side, with
 * the city's totals, the printable city summary and the Excel city workbook.
 */
export default function CityScreen() {
  const { t } = useTranslation('city');
  const lang = useLanguage();
  const territory = useTerritory();
  const data = useLiveQuery(() => loadCity(territory.id), [territory.id]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (data === undefined)
    return (
      <Center>
        <Loader />
      </Center>
    );
  if (data === null) return <Text>{t('common:notFound')}</Text>;
  const count = data.figures.districts.length;
  const workbook = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await exportCityWorkbook(territory.id, lang);
    } catch (error) {
      console.error('city workbook failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack maw={1400} data-testid="city-view">
      <Title order={2}>{t('title', { name: pickText(data.workspace.name, lang).text })}</Title>
      {count === 0 ? (
        <Text data-testid="city-none">{t('none')}</Text>
      ) : (
        <>
          <Text>{t('intro', { count })}</Text>
          <Group>
            <Button
              component="a"
              href={documentHref('citySummary', territory.id, lang)}
              data-testid="city-summary-link"
            >
              {t('actions.summary')}
            </Button>
            <Button
              variant="light"
              loading={busy}
              onClick={() => void workbook()}
              data-testid="city-workbook"
            >
              {t('actions.workbook')}
            </Button>
          </Group>
          {failed && (
            <Alert color="red" data-testid="city-workbook-failed">
              {t('actions.failed')}
            </Alert>
          )}
          <CitySections data={data} />
        </>
      )}
    </Stack>
  );
}
