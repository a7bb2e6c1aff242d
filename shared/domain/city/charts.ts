/*
 * The city view's charts as the app's chart row models (shared/domain/priorities/charts.ts): drawn
 * by the same Recharts figure on screen and on paper, each with its table of the same numbers.
 * Labels come from the caller (in the screen's or the document's language).
 */
import { SOURCES, somValue } from '../budget';
import type { ChartModel } from '../priorities/charts';
import type { CityFigures } from './figures';

export interface CityChartLabels {
  district: (index: number) => string;
  problem: (code: string) => string;
  source: (source: (typeof SOURCES)[number]) => string;
  unfunded: string;
  city: string;
  titles: { shares: string; rates: string; budgets: string; progress: string };
  progress: string;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const wholeSom = (tyiyn: number) => Math.round(somValue(tyiyn));
const series = (figures: CityFigures, labels: CityChartLabels, withCity: boolean) => [
  ...figures.districts.map((d, i) => ({ key: `d${i}`, label: labels.district(i) })),
  ...(withCity ? [{ key: 'city', label: labels.city }] : []),
];

/** Share naming each problem (%), one bar per district and one for the city. */
export function sharesChart(figures: CityFigures, labels: CityChartLabels, limit = 12): ChartModel {
  return {
    id: 'city-shares',
    title: labels.titles.shares,
    kind: 'bars',
    layout: 'vertical',
    unit: '%',
    series: series(figures, labels, true),
    rows: figures.shares.slice(0, limit).map((row) => ({
      category: labels.problem(row.code),
      code: row.code,
      ...Object.fromEntries(
        row.districts.map((c, i) => [`d${i}`, c.share === null ? null : round1(c.share * 100)]),
      ),
      city: row.city.share === null ? null : round1(row.city.share * 100),
    })),
  };
}

/** Offences per 100,000 residents, one bar per district and one for the city. */
export function ratesChart(figures: CityFigures, labels: CityChartLabels): ChartModel {
  return {
    id: 'city-rates',
    title: labels.titles.rates,
    kind: 'bars',
    layout: 'vertical',
    series: series(figures, labels, true),
    rows: figures.rates.map((row) => ({
      category: labels.problem(row.code),
      code: row.code,
      ...Object.fromEntries(
        row.districts.map((c, i) => [`d${i}`, c.rate === null ? null : round1(c.rate)]),
      ),
      city: row.city.rate === null ? null : round1(row.city.rate),
    })),
  };
}

/** Each district's plan budget in whole som (the tables keep the tyiyn) stacked by source, unfunded on top. */
export function budgetsChart(figures: CityFigures, labels: CityChartLabels): ChartModel {
  return {
    id: 'city-budgets',
    title: labels.titles.budgets,
    kind: 'stacked-bars',
    layout: 'horizontal',
    series: [
      ...SOURCES.map((s) => ({ key: s, label: labels.source(s) })),
      { key: 'unfunded', label: labels.unfunded },
    ],
    rows: figures.budgets.map((totals, i) => ({
      category: labels.district(i),
      ...Object.fromEntries(SOURCES.map((s) => [s, wholeSom(totals.bySource[s])])),
      unfunded: wholeSom(totals.unfunded),
    })),
  };
}

/** Each district's plan progress (%). */
export function progressChart(figures: CityFigures, labels: CityChartLabels): ChartModel {
  return {
    id: 'city-progress',
    title: labels.titles.progress,
    kind: 'bars',
    layout: 'vertical',
    unit: '%',
    series: [{ key: 'progress', label: labels.progress }],
    rows: figures.districts.map((d, i) => ({
      category: labels.district(i),
      progress: d.plan?.progress == null ? null : round1(d.plan.progress),
    })),
  };
}
