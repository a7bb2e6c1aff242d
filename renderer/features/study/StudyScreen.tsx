import { Button, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { pickText } from '../../../shared/schemas/localized-text';
import type { Study } from '../../../shared/schemas/study';
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
import { afterPaint, useLeaving } from '../../app/useAfterPaint';

const TABS = ['entry', 'import', 'analysis', 'police', 'catalogue'] as const;
type Tab = (typeof TABS)[number];

/** The comprehensive study: studies, questionnaires, import, police data, analysis, catalogue. */
export default function StudyScreen() {
  const { t } = useTranslation('study');
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
  // A clicked tab is drawn in the click's own frame; the address follows once that frame is
  // painted (a new address draws the whole app frame again), as does the tab left (issue 18).
  const [clicked, setClicked] = useState<Tab | null>(null);
  useEffect(() => {
    if (clicked === null) return;
    return afterPaint(() => {
      navigate(clicked === 'entry' ? '/study' : `/study/${clicked}`);
      setClicked(null);
    });
  }, [clicked, navigate]);
  const tab: Tab =
    clicked && tabs.includes(clicked)
      ? clicked
      : tabFromPath && tabs.includes(tabFromPath)
        ? tabFromPath
        : readOnly
          ? 'analysis'
          : 'entry';
  const study = studies?.find((s) => s.id === chosen) ?? studies?.[0];
  const needsStudy = tab === 'entry' || tab === 'import' || tab === 'analysis';
  const sources = useAnalysisSources(study?.id, territory.id);
  // The tab left stays mounted, hidden, until the new tab's first frame is painted; the tabs'
  // elements are kept, so that a tab is drawn again only when its own data changes.
  const leaving = useLeaving(tab);
  const entry = useMemo(() => study && <EntryTab key={study.id} study={study} />, [study]);
  const importing = useMemo(() => study && <ImportTab key={study.id} study={study} />, [study]);
  const analysis = useMemo(
    () => study && <AnalysisTab key={study.id} sources={sources} />,
    [study, sources],
  );
  const police = useMemo(() => <PoliceTab />, []);
  const catalogue = useMemo(() => <CatalogueTab />, []);
  const slot = (key: Tab, content: ReactNode) =>
    (key === tab || key === leaving) && (
      <div style={key === tab ? undefined : { display: 'none' }}>{content}</div>
    );

  return (
    <Stack data-testid="study-screen">
      <StudyHeader studies={studies} study={study} onChoose={setChosen} onEdit={setEditing} />
      <Tabs value={tab} onChange={(value) => value && setClicked(value as Tab)} keepMounted={false}>
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
      {study && slot('entry', entry)}
      {study && slot('import', importing)}
      {study && slot('analysis', analysis)}
      {slot('police', police)}
      {slot('catalogue', catalogue)}
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

/**
 * The title, the study picker and the study buttons: kept (memo) while only the tab changes, so
 * a tab's click draws the tab and not the picker again (issue 18).
 */
const StudyHeader = memo(function StudyHeader({
  studies,
  study,
  onChoose,
  onEdit,
}: {
  studies: Study[] | undefined;
  study: Study | undefined;
  onChoose: (id: string | null) => void;
  onEdit: (editing: 'new' | 'edit') => void;
}) {
  const { t } = useTranslation('study');
  const lang = useLanguage();
  return (
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
          onChange={onChoose}
        />
        <Editable>
          {study && (
            <Button variant="default" onClick={() => onEdit('edit')} data-testid="study-edit">
              {t('common:edit')}
            </Button>
          )}
          <Button onClick={() => onEdit('new')} data-testid="study-new">
            {t('newStudy')}
          </Button>
        </Editable>
      </Group>
    </Group>
  );
});
