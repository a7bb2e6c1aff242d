import {
  Badge,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEIGHTINGS, type Weighting } from '../../../shared/domain/monitoring/progress';
import { today, yearSpan } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { ActivitiesPanel } from './ActivitiesPanel';
import { ExportExecution } from './ExportExecution';
import { ASSESSMENT_TABS, AssessmentTab } from './AssessmentTabs';
import { moneyText, percentText, periodName, shareText } from './format';
import { IndicatorsPanel } from './IndicatorsPanel';
import { PERIOD_KINDS, type PeriodKind } from './period';
import { SpendingPanel } from './SpendingPanel';
import { ReportsPanel } from '../reports/ReportsPanel';
import { useMonitoring } from './useMonitoring';
import { realised } from '../../../shared/domain/monitoring/spending';
import { useReadOnly } from '../../app/read-only';

/** One figure of the summary row. */
function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** One approved plan followed: schedule, progress, spending and indicators. */
export function MonitoringScreen({ planId }: { planId: string }) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const readOnly = useReadOnly();
  const [kind, setKind] = useState<PeriodKind>('all');
  const [periodIndex, setPeriodIndex] = useState(0);
  const [weighting, setWeighting] = useState<Weighting>('equal');
  const [responsible, setResponsible] = useState<string | undefined>();
  const [priorityId, setPriorityId] = useState<string | undefined>();
  const [tab, setTab] = useState<string | null>('activities');
  const day = today();
  const state = useMonitoring(planId, {
    kind,
    periodIndex,
    weighting,
    today: day,
    responsible,
    priorityId,
  });

  if (state === undefined)
    return (
      <Center>
        <Loader />
      </Center>
    );
  if (state === null) return <Text>{t('notFound')}</Text>;
  const { model, periods, choice } = state;
  // An imported territory's monitoring is read here, never recorded (its banner says why).
  const editable = state.editable && !readOnly;
  const spentShare = realised(model.total);

  return (
    <Stack data-testid="monitoring-screen">
      <Group justify="space-between">
        <Title order={2} data-testid="monitoring-heading">
          {pickText(model.plan.title, lang).text}
        </Title>
        <Group gap="xs">
          <Text>{yearSpan(model.plan.startYear, model.plan.endYear)}</Text>
          <Badge variant="light">{t(`plan:status.${model.plan.status}`)}</Badge>
          <Text size="sm" c="dimmed">
            {t('plan:list.version', { version: model.plan.version })}
          </Text>
          <ExportExecution planId={planId} choice={choice} />
        </Group>
      </Group>
      {!state.editable && (
        <Text c="orange" data-testid="monitoring-readonly">
          {t('readOnly')}
        </Text>
      )}
      <Group align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm">{t('period.label')}</Text>
          <SegmentedControl
            value={kind}
            onChange={(value) => {
              setKind(value as PeriodKind);
              setPeriodIndex(0);
            }}
            data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`period.${k}`) }))}
            data-testid="monitoring-period-kind"
          />
        </Stack>
        {kind !== 'all' && (
          <Select
            label={t('period.which')}
            data={periods.map((p, i) => ({ value: String(i), label: periodName(p, lang, t) }))}
            value={String(Math.min(periodIndex, periods.length - 1))}
            onChange={(value) => setPeriodIndex(Number(value ?? 0))}
            allowDeselect={false}
            w={200}
            data-testid="monitoring-period"
          />
        )}
        <Select
          label={t('filters.responsible')}
          placeholder={t('filters.all')}
          clearable
          data={model.responsibles.map((r) => ({
            value: r.key,
            label: pickText(r.text, lang).text,
          }))}
          value={responsible ?? null}
          onChange={(value) => setResponsible(value ?? undefined)}
          w={260}
          data-testid="monitoring-filter-responsible"
        />
        <Select
          label={t('filters.priority')}
          placeholder={t('filters.all')}
          clearable
          data={model.priorities.map((p) => ({
            value: p.priority.id,
            label: `${p.number}. ${pickText(p.priority.title, lang).text}`,
          }))}
          value={priorityId ?? null}
          onChange={(value) => setPriorityId(value ?? undefined)}
          w={300}
          data-testid="monitoring-filter-priority"
        />
      </Group>
      <SimpleGrid cols={{ base: 3, lg: 6 }}>
        <Figure
          label={t('summary.overdue')}
          value={String(model.counts.overdue)}
          testId="monitoring-overdue"
        />
        <Figure
          label={t('summary.dueThisQuarter')}
          value={String(model.counts.dueThisQuarter)}
          testId="monitoring-due"
        />
        <Figure
          label={t('summary.done')}
          value={`${model.counts.done} / ${model.counts.all}`}
          testId="monitoring-done"
        />
        <Figure
          label={t('summary.progress')}
          value={percentText(model.progress.plan, lang)}
          testId="monitoring-progress"
        />
        <Figure
          label={t('summary.spent')}
          value={moneyText(model.total.cumulative, lang)}
          testId="monitoring-spent"
        />
        <Figure
          label={t('summary.planned')}
          value={`${moneyText(model.total.planned, lang)} · ${shareText(spentShare, lang)}`}
          testId="monitoring-planned"
        />
      </SimpleGrid>
      <Group gap="xs">
        <Text size="sm">{t('weighting.label')}</Text>
        <SegmentedControl
          size="xs"
          value={weighting}
          onChange={(value) => setWeighting(value as Weighting)}
          data={WEIGHTINGS.map((w) => ({ value: w, label: t(`weighting.short.${w}`) }))}
          data-testid="monitoring-weighting"
        />
        <Text size="sm" c="dimmed" data-testid="monitoring-weighting-statement">
          {t('weighting.statement', { weighting: t(`weighting.${weighting}`) })}
        </Text>
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="activities" data-testid="monitoring-tab-activities">
            {t('tabs.activities')}
          </Tabs.Tab>
          <Tabs.Tab value="spending" data-testid="monitoring-tab-spending">
            {t('tabs.spending')}
          </Tabs.Tab>
          <Tabs.Tab value="indicators" data-testid="monitoring-tab-indicators">
            {t('tabs.indicators')}
          </Tabs.Tab>
          <Tabs.Tab value="reports" data-testid="monitoring-tab-reports">
            {t('reports:panel.tab')}
          </Tabs.Tab>
          {ASSESSMENT_TABS.map(([kind, label]) => (
            <Tabs.Tab key={kind} value={kind} data-testid={`monitoring-tab-${kind}`}>
              {t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="activities" pt="md">
          <ActivitiesPanel model={model} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="spending" pt="md">
          <SpendingPanel
            model={model}
            editable={editable}
            periodLabel={periodName(choice, lang, t)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="indicators" pt="md">
          <IndicatorsPanel model={model} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="reports" pt="md">
          <ReportsPanel model={model} editable={editable} />
        </Tabs.Panel>
        {ASSESSMENT_TABS.map(([kind]) => (
          <Tabs.Panel key={kind} value={kind} pt="md">
            <AssessmentTab kind={kind} model={model} editable={editable} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
