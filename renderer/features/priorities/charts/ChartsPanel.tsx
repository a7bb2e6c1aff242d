import { Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerritory } from '../../../app/territory-context';
import { criterionName, problemName, type AssessmentViewProps } from '../assessment-model';
import { ChartCard } from './ChartCard';
import {
  detailCharts,
  rankedChartOf,
  stakeholderCharts,
  useChartData,
  type ChartInput,
} from './chart-set';
import { useLanguage } from '../../../app/useLanguage';

const STAKEHOLDER_WIDTH = 300;

/** The charts tab (loaded on demand with Recharts). */
export default function ChartsPanel({ assessment, model }: AssessmentViewProps) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const territory = useTerritory();
  const data = useChartData(territory.id, assessment.studyId);
  const input = useMemo((): ChartInput => {
    const focus =
      assessment.selected.length > 0
        ? model.ranking.rows.filter((r) => assessment.selected.includes(r.code)).map((r) => r.code)
        : model.ranking.rows.slice(0, 5).map((r) => r.code);
    return {
      ranking: model.ranking,
      evidence: model.evidence,
      focus,
      data: data ?? null,
      name: (code) => problemName(model.titles, code, lang),
      criterionLabel: (key) =>
        criterionName(model.criteria.find((c) => c.key === key) ?? { key }, t, lang),
      label: (key) => t(`charts.${key}`),
      lang,
    };
  }, [assessment.selected, model, data, lang, t]);
  if (!data) return <Loader />;
  return (
    <Stack gap="md" data-testid="charts-panel">
      <ChartCard model={rankedChartOf(input)} />
      <Title order={4}>{t('charts.stakeholders')}</Title>
      {/* Three side by side where each gets its 300 px; two on a 1024-pixel screen. */}
      <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="xs" data-testid="stakeholder-views">
        {stakeholderCharts(input).map((chart) => (
          <ChartCard key={chart.id} model={chart} maxWidth={STAKEHOLDER_WIDTH} />
        ))}
      </SimpleGrid>
      {detailCharts(input).map((chart) => (
        <ChartCard key={chart.id} model={chart} />
      ))}
    </Stack>
  );
}
