import { Button, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { pickText } from '../../../shared/schemas/localized-text';
import { useTerritory } from '../../app/territory-context';
import { AnalysisTab } from './AnalysisTab';
import { CatalogueTab } from './CatalogueTab';
import { EntryTab } from './EntryTab';
import { ImportTab } from './ImportTab';
import { PoliceTab } from './PoliceTab';
import { StudyFormModal } from './StudyFormModal';
import { useStudies } from '../../db/hooks';
import { useAnalysisSources } from './useStudyData';
import { useLanguage } from '../../app/useLanguage';
import { Editable, useReadOnly } from '../../app/read-only';

const TABS = ['entry', 'import', 'analysis', 'police', 'catalogue'] as const;
type Tab = (typeof TABS)[number];

/** The comprehensive study: studies, questionnaires, import, police data, analysis, catalogue. */
export default function StudyScreen() {
  const { t } = useTranslation('study');
  const lang = useLanguage();
  const territory = useTerritory();
  const studies = useStudies(territory.id);
  const [location, navigate] = useLocation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const tabFromPath = location.split('/')[2] as Tab | undefined;
  // An imported territory carries no questionnaires to type or import: it opens on the analysis.
  const readOnly = useReadOnly();
  const tabs: readonly Tab[] = readOnly
    ? TABS.filter((key) => key !== 'entry' && key !== 'import')
    : TABS;
  const tab: Tab =
    tabFromPath && tabs.includes(tabFromPath) ? tabFromPath : readOnly ? 'analysis' : 'entry';
  const study = studies?.find((s) => s.id === chosen) ?? studies?.[0];
  const needsStudy = tab === 'entry' || tab === 'import' || tab === 'analysis';
  const sources = useAnalysisSources(study?.id, territory.id);

  return (
    <Stack data-testid="study-screen">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Group>
          <Select
            aria-label={t('chooseStudy')}
            data-testid="study-select"
            w={480}
            maw="100%"
            title={study ? pickText(study.title, lang).text : undefined}
            allowDeselect={false}
            placeholder={t('noStudies')}
            value={study?.id ?? null}
            data={(studies ?? []).map((s) => ({
              value: s.id,
              label: pickText(s.title, lang).text,
            }))}
            onChange={setChosen}
          />
          <Editable>
            {study && (
              <Button variant="default" onClick={() => setEditing('edit')} data-testid="study-edit">
                {t('common:edit')}
              </Button>
            )}
            <Button onClick={() => setEditing('new')} data-testid="study-new">
              {t('newStudy')}
            </Button>
          </Editable>
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => navigate(value === 'entry' ? '/study' : `/study/${value}`)}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`study-tab-${key}`}>
              {t(`tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {needsStudy && !study && studies !== undefined && (
        <Text c="dimmed" data-testid="study-none">
          {t('createFirst')}
        </Text>
      )}
      {tab === 'entry' && study && <EntryTab key={study.id} study={study} />}
      {tab === 'import' && study && <ImportTab key={study.id} study={study} />}
      {tab === 'analysis' && study && <AnalysisTab key={study.id} sources={sources} />}
      {tab === 'police' && <PoliceTab />}
      {tab === 'catalogue' && <CatalogueTab />}
      {editing && (
        <StudyFormModal
          study={editing === 'edit' ? study : undefined}
          onClose={(id) => {
            setEditing(null);
            if (id) setChosen(id);
          }}
        />
      )}
    </Stack>
  );
}
