import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  MultiSelect,
  Select,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsWithEvidence } from '../../../shared/domain/priorities/evidence';
import { pickText } from '../../../shared/schemas/localized-text';
import type { Assessment } from '../../../shared/schemas/priorities';
import { useTerritory } from '../../app/territory-context';
import { createAssessment, updateAssessment } from '../../db/priorities';
import { documentHref } from '../../documents';
import { useProblems, useStudies } from '../../db/hooks';
import { buildModel } from './assessment-model';
import { UnresolvedNotice } from '../monitoring/UnresolvedNotice';
import { DecisionPanel } from './DecisionPanel';
import { MethodText } from './MethodText';
import { RankingTable } from './RankingTable';
import { ScoreSheets } from './ScoreSheets';
import { SensitivityView } from './SensitivityView';
import { SnapshotsPanel } from './SnapshotsPanel';
import { useAssessments, useEvidence, useSheets } from './usePriorities';
import { useReportError } from './useReportError';
import { WeightsEditor } from './WeightsEditor';
import { useLanguage } from '../../app/useLanguage';
import { Editable, ReadOnlyFieldset } from '../../app/read-only';
import { catalogueName } from '../../../shared/domain/study/catalogue';

// Recharts stays out of the entry chunk (architecture A9).
const ChartsPanel = lazy(() => import('./charts/ChartsPanel'));

/** Section «Priorities»: criteria and weights, score sheets, ranking, decision, snapshots, charts. */
export default function PrioritiesScreen() {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const territory = useTerritory();
  const assessments = useAssessments(territory.id);
  const studies = useStudies(territory.id);
  const catalogue = useProblems();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const report = useReportError();
  const assessment = assessments?.find((a) => a.id === chosenId) ?? assessments?.[0];

  if (!assessments || !studies || !catalogue) return <Loader />;

  const start = () =>
    report(async () => {
      const { loadEvidence } = await import('./usePriorities');
      const studyId = studies[0]?.id;
      const active = catalogue.filter((p) => !p.retired).map((p) => p.code);
      const evidence = await loadEvidence(territory, studyId, active);
      const withEvidence = problemsWithEvidence(evidence.indicators);
      const year = new Date().getFullYear();
      const created = await createAssessment(territory.id, {
        title: {
          ru: t('defaultTitle', { year, lng: 'ru' }),
          ky: t('defaultTitle', { year, lng: 'ky' }),
          en: t('defaultTitle', { year, lng: 'en' }),
        },
        ...(studyId ? { studyId } : {}),
        problemCodes: withEvidence.length > 0 ? withEvidence : active,
      });
      setChosenId(created.id);
    });

  return (
    <Stack gap="md" data-testid="priorities-screen">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        {assessment && (
          <Anchor
            href={documentHref('priorities', assessment.id, lang)}
            data-testid="priorities-report"
          >
            {t('printReport')}
          </Anchor>
        )}
      </Group>
      <Text c="dimmed">{t('intro')}</Text>
      <UnresolvedNotice territoryId={territory.id} />
      {studies.length === 0 && <Alert color="yellow">{t('noStudy')}</Alert>}
      {!assessment ? (
        <Editable>
          <Group>
            <Button onClick={start} data-testid="priorities-start">
              {t('start')}
            </Button>
          </Group>
        </Editable>
      ) : (
        <>
          <ReadOnlyFieldset>
            <Group align="flex-end">
              {assessments.length > 1 && (
                <Select
                  label={t('assessment')}
                  value={assessment.id}
                  allowDeselect={false}
                  data={assessments.map((a) => ({
                    value: a.id,
                    label: pickText(a.title, lang).text,
                  }))}
                  onChange={(value) => setChosenId(value)}
                />
              )}
              <Select
                label={t('study')}
                data-testid="priorities-study"
                w={480}
                maw="100%"
                title={pickText(studies.find((s) => s.id === assessment.studyId)?.title, lang).text}
                value={assessment.studyId ?? ''}
                allowDeselect={false}
                data={[
                  { value: '', label: t('noStudyOption') },
                  ...studies.map((s) => ({ value: s.id, label: pickText(s.title, lang).text })),
                ]}
                onChange={(value) =>
                  report(() => updateAssessment(assessment.id, { studyId: value || undefined }))
                }
              />
            </Group>
            <MultiSelect
              label={t('ballot')}
              description={t('ballotHint')}
              data-testid="priorities-ballot"
              searchable
              value={assessment.problemCodes}
              data={catalogue
                .filter((p) => !p.retired || assessment.problemCodes.includes(p.code))
                .map((p) => ({ value: p.code, label: catalogueName(p, lang) }))}
              onChange={(codes) =>
                report(() =>
                  updateAssessment(assessment.id, {
                    problemCodes: codes,
                    selected: assessment.selected.filter((code) => codes.includes(code)),
                  }),
                )
              }
            />
          </ReadOnlyFieldset>
          <AssessmentTabs key={assessment.id} assessment={assessment} />
        </>
      )}
    </Stack>
  );
}

function AssessmentTabs({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('priorities');
  const territory = useTerritory();
  const sheets = useSheets(assessment.id);
  const catalogue = useProblems();
  const study = useEvidence(territory, assessment.studyId, assessment.problemCodes);
  const [tab, setTab] = useState<string | null>('ranking');
  const model = useMemo(
    () => (sheets && study && catalogue ? buildModel(assessment, sheets, study, catalogue) : null),
    [assessment, sheets, study, catalogue],
  );
  if (!model || !sheets) return <Loader />;
  const tabs = ['weights', 'sheets', 'ranking', 'sensitivity', 'decision', 'snapshots', 'charts'];
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List>
        {tabs.map((key) => (
          <Tabs.Tab key={key} value={key} data-testid={`priorities-tab-${key}`}>
            {t(`tabs.${key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="weights" pt="md">
        <ReadOnlyFieldset>
          <WeightsEditor assessment={assessment} />
        </ReadOnlyFieldset>
        <MethodText />
      </Tabs.Panel>
      <Tabs.Panel value="sheets" pt="md">
        <ReadOnlyFieldset>
          <ScoreSheets assessment={assessment} sheets={sheets} model={model} />
        </ReadOnlyFieldset>
      </Tabs.Panel>
      <Tabs.Panel value="ranking" pt="md">
        <ReadOnlyFieldset>
          <RankingTable assessment={assessment} model={model} />
        </ReadOnlyFieldset>
      </Tabs.Panel>
      <Tabs.Panel value="sensitivity" pt="md">
        <SensitivityView assessment={assessment} model={model} />
      </Tabs.Panel>
      <Tabs.Panel value="decision" pt="md">
        <ReadOnlyFieldset>
          <DecisionPanel assessment={assessment} model={model} />
        </ReadOnlyFieldset>
      </Tabs.Panel>
      <Tabs.Panel value="snapshots" pt="md">
        <SnapshotsPanel assessment={assessment} titles={model.titles} />
      </Tabs.Panel>
      <Tabs.Panel value="charts" pt="md">
        <Suspense fallback={<Loader />}>
          <ChartsPanel assessment={assessment} model={model} />
        </Suspense>
      </Tabs.Panel>
    </Tabs>
  );
}
