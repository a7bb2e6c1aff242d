import { Card, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  budgetsChart,
  progressChart,
  ratesChart,
  sharesChart,
  type CityChartLabels,
} from '../../../shared/domain/city/charts';
import {
  BUDGET_ROW_LABELS,
  BUDGET_ROWS,
  budgetAmount,
  type Share,
} from '../../../shared/domain/city/figures';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatTyiyn,
} from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { ChartCard } from '../priorities/charts/ChartCard';
import type { CityData } from './load-city';
import { SideBySide, type SideBySideRow } from './SideBySide';
import { problemName } from '../../../shared/domain/study/catalogue';

/** Chart labels in the UI language. */
export function chartLabels(data: CityData, t: TFunction, lang: Language): CityChartLabels {
  const problem = (code: string) => problemName(data.problems, code, lang);
  return {
    district: (i) => pickText(data.figures.districts[i]!.name, lang).text,
    problem,
    source: (s) => t(`plan:sources.${s}`),
    unfunded: t('plan:fields.unfunded'),
    city: t('city:city'),
    progress: t('city:progress.percent'),
    titles: {
      shares: t('city:shares.title'),
      rates: t('city:rates.chart'),
      budgets: t('city:budgets.chart'),
      progress: t('city:progress.title'),
    },
  };
}

/** The city view's sections: priorities, survey shares, police rates, budgets, funders, progress. */
export function CitySections({ data }: { data: CityData }) {
  const { t } = useTranslation('city');
  const lang = useLanguage();
  const { figures } = data;
  const names = figures.districts.map((d) => pickText(d.name, lang).text);
  const problem = (code: string) => problemName(data.problems, code, lang);
  const som = (tyiyn: number) => formatTyiyn(tyiyn, lang);
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
  const share = (c: Share) =>
    c.respondents === 0
      ? '—'
      : t('shares.cell', {
          share: pct(c.share),
          named: formatNumber(c.named, lang),
          n: formatNumber(c.respondents, lang),
        });
  const labels = chartLabels(data, t, lang);
  /** A bold row of counts (respondents, population) with the city's sum. */
  const countRow = (label: string, values: number[]): SideBySideRow => ({
    key: label,
    label,
    cells: values.map((v) => formatNumber(v, lang)),
    city: formatNumber(
      values.reduce((a, b) => a + b, 0),
      lang,
    ),
    bold: true,
  });
  /** Problems down, districts across: a bold count row first, then one row per problem. */
  const problemTable = <C,>(
    testId: string,
    corner: string,
    first: SideBySideRow,
    rows: readonly { code: string; districts: C[]; city: C }[],
    cell: (c: C) => string,
  ) => (
    <SideBySide
      testId={testId}
      corner={corner}
      districts={names}
      city={t('city')}
      rows={[
        first,
        ...rows.map((row) => ({
          key: row.code,
          label: problem(row.code),
          cells: row.districts.map(cell),
          city: cell(row.city),
        })),
      ]}
    />
  );
  const section = (title: string, note: string | null, body: React.ReactNode) => (
    <Card withBorder>
      <Title order={3} mb="xs">
        {title}
      </Title>
      {note && (
        <Text size="sm" c="dimmed" mb="xs">
          {note}
        </Text>
      )}
      <Stack>{body}</Stack>
    </Card>
  );

  return (
    <Stack>
      {section(
        t('priorities.title'),
        null,
        <SideBySide
          testId="city-priorities"
          text
          corner={t('priorities.rank')}
          districts={names}
          rows={Array.from(
            { length: Math.max(0, ...figures.districts.map((d) => d.priorities.length)) },
            (_, i) => ({
              key: String(i + 1),
              label: String(i + 1),
              cells: figures.districts.map((d) =>
                d.priorities[i] ? problem(d.priorities[i]) : '',
              ),
            }),
          ).concat({
            key: 'decided',
            label: t('priorities.decidedOn'),
            cells: figures.districts.map((d) =>
              d.prioritiesOn ? formatDate(d.prioritiesOn) : t('priorities.none'),
            ),
          })}
        />,
      )}
      {section(
        t('shares.title'),
        t('shares.note'),
        <>
          {problemTable(
            'city-shares',
            t('shares.problem'),
            countRow(
              t('shares.respondents'),
              figures.districts.map((d) => d.survey?.respondents ?? 0),
            ),
            figures.shares,
            share,
          )}
          {figures.shares.length > 0 && <ChartCard model={sharesChart(figures, labels)} />}
        </>,
      )}
      {section(
        figures.policePeriod
          ? t('rates.title', { period: formatQuarter(figures.policePeriod, lang) })
          : t('rates.titleNone'),
        t('rates.note'),
        <>
          {problemTable(
            'city-rates',
            t('rates.problem'),
            countRow(
              t('population'),
              figures.districts.map((d) => d.population),
            ),
            figures.rates,
            (c) => rateCell(t, c, lang),
          )}
          {figures.rates.length > 0 && <ChartCard model={ratesChart(figures, labels)} />}
        </>,
      )}
      {section(
        t('budgets.title'),
        t('budgets.note'),
        <>
          <SideBySide
            testId="city-budgets"
            corner={t('budgets.source')}
            districts={names}
            city={t('city')}
            rows={[
              ...BUDGET_ROWS.map((row) => ({
                key: row,
                label: t(BUDGET_ROW_LABELS[row]),
                cells: figures.budgets.map((b) => som(budgetAmount(b, row))),
                city: som(budgetAmount(figures.cityBudget, row)),
                bold: row === 'total',
              })),
              {
                key: 'spent',
                label: t('budgets.spent'),
                cells: figures.spent.map(som),
                city: som(figures.citySpent),
              },
            ]}
          />
          <ChartCard model={budgetsChart(figures, labels)} />
          <Title order={4}>{t('budgets.funders')}</Title>
          <SideBySide
            testId="city-funders"
            corner={t('budgets.funder')}
            districts={names}
            city={t('city')}
            rows={figures.funders.map((row) => ({
              key: row.funderId ?? 'none',
              label: row.funderId
                ? pickText(data.funders.get(row.funderId)?.name, lang).text || row.funderId
                : t('budgets.noFunder'),
              cells: row.districts.map(som),
              city: som(row.city),
            }))}
          />
        </>,
      )}
      {section(
        t('progress.title'),
        t('progress.note'),
        <>
          <SideBySide
            testId="city-progress"
            text
            corner=""
            districts={names}
            rows={[
              {
                key: 'plan',
                label: t('progress.plan'),
                cells: figures.districts.map((d) =>
                  d.plan
                    ? t('progress.planCell', {
                        title: pickText(d.plan.title, lang).text,
                        version: d.plan.version,
                      })
                    : t('progress.noPlan'),
                ),
              },
              {
                key: 'percent',
                label: t('progress.percent'),
                cells: figures.districts.map((d) =>
                  d.plan?.progress == null ? '—' : formatPercent(d.plan.progress / 100, lang),
                ),
                bold: true,
              },
              {
                key: 'done',
                label: t('progress.done'),
                cells: figures.districts.map((d) =>
                  d.plan
                    ? t('progress.doneCell', { done: d.plan.done, all: d.plan.activities })
                    : '—',
                ),
              },
            ]}
          />
          <ChartCard model={progressChart(figures, labels)} />
        </>,
      )}
    </Stack>
  );
}

function rateCell(
  t: TFunction,
  cell: { count: number | null; rate: number | null },
  lang: Language,
): string {
  if (cell.count === null || cell.rate === null) return '—';
  return t('rates.cell', {
    rate: formatNumber(cell.rate, lang, 1),
    count: formatNumber(cell.count, lang),
  });
}
