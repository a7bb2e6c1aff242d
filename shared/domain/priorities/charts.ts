/*
 * Row models of the priority charts (architecture A2): each chart is a list of rows with a
 * category and numeric series, drawn by Recharts on screen and in print, and shown as a table of
 * the same numbers (for screen readers and for checking). Null = no data (a gap, never 0).
 */
import { safetyByPlace, sharesBy } from '../study/analysis';
import type { StudyCube } from '../study/cube';
import { latestQuarterOf, policeQuarterlyTotals, ratePer100k } from '../study/police';
import type { PoliceStat } from '../../schemas/study';
import type { Ranking, ProblemEvidence } from './scoring';

export type ChartRow = { category: string; code?: string } & Record<
  string,
  string | number | null | undefined
>;

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartModel {
  id: string;
  title: string;
  kind: 'stacked-bars' | 'bars' | 'lines';
  /** Horizontal bars read better with long Cyrillic problem names. */
  layout: 'horizontal' | 'vertical';
  series: ChartSeries[];
  rows: ChartRow[];
  /** Unit of the values in the table view ('%', 'pts', …), for the header. */
  unit?: string;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Whether two chart models draw the same chart (same title, kind, series and rows, value by
 * value): a screen redraws a chart only when its model changed, not whenever it was rebuilt (a
 * weight change leaves the stakeholder views and, mostly, the detail charts as they were).
 */
export function sameChart(a: ChartModel, b: ChartModel): boolean {
  if (a === b) return true;
  if (
    a.id !== b.id ||
    a.title !== b.title ||
    a.kind !== b.kind ||
    a.layout !== b.layout ||
    a.unit !== b.unit ||
    a.series.length !== b.series.length ||
    a.rows.length !== b.rows.length
  )
    return false;
  const sameRow = (x: ChartRow, y: ChartRow) => {
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((key) => x[key] === y[key]);
  };
  return (
    a.series.every((s, i) => s.key === b.series[i]!.key && s.label === b.series[i]!.label) &&
    a.rows.every((row, i) => sameRow(row, b.rows[i]!))
  );
}

/** Ranked problems as bars stacked by each criterion's contribution (sums to the score). */
export function rankedChart(
  ranking: Ranking,
  name: (code: string) => string,
  criterionLabel: (key: string) => string,
  title: string,
  limit = 30,
): ChartModel {
  return {
    id: 'ranked',
    title,
    kind: 'stacked-bars',
    layout: 'vertical',
    series: ranking.criteria.map((c) => ({ key: c.key, label: criterionLabel(c.key) })),
    rows: ranking.rows
      .filter((row) => row.score !== null)
      .slice(0, limit)
      .map((row) => ({
        category: `${row.rank}. ${name(row.code)}`,
        code: row.code,
        ...Object.fromEntries(row.cells.map((cell) => [cell.key, round1(cell.contribution)])),
      })),
  };
}

/** One stakeholder's view: problems by a single measure, highest first, problems without data left out. */
export function stakeholderChart(
  id: string,
  title: string,
  evidence: readonly ProblemEvidence[],
  measure: (e: ProblemEvidence) => number | null,
  name: (code: string) => string,
  seriesLabel: string,
  limit = 10,
): ChartModel {
  const rows = evidence
    .map((e) => ({ code: e.code, value: measure(e) }))
    .filter((e): e is { code: string; value: number } => e.value !== null)
    .sort((a, b) => b.value - a.value)
    .slice(0, limit)
    .map((e, index) => ({
      category: `${index + 1}. ${name(e.code)}`,
      code: e.code,
      value: round1(e.value),
    }));
  return {
    id,
    title,
    kind: 'bars',
    layout: 'vertical',
    series: [{ key: 'value', label: seriesLabel }],
    rows,
  };
}

/** Share of residents (%) naming each of `codes`, per place. */
export function placesChart(
  cube: StudyCube,
  codes: readonly string[],
  placeName: (placeId: string) => string,
  name: (code: string) => string,
  title: string,
  placeOrder?: readonly string[],
): ChartModel {
  const groups = sharesBy(cube, 'placeId', codes, {}, placeOrder);
  return {
    id: 'places',
    title,
    kind: 'bars',
    layout: 'horizontal',
    unit: '%',
    series: codes.map((code) => ({ key: code, label: name(code) })),
    rows: groups.map((group) => ({
      category: placeName(group.value),
      ...Object.fromEntries(
        group.rows.map((r) => [
          r.code,
          r.share.value === null ? null : round1(r.share.value * 100),
        ]),
      ),
    })),
  };
}

/** Registered offences per quarter (months summed into quarters) for `codes`. */
export function policeTrendChart(
  stats: readonly PoliceStat[],
  codes: readonly string[],
  name: (code: string) => string,
  title: string,
): ChartModel {
  const quarterly = policeQuarterlyTotals(stats);
  const present = codes.filter((code) => quarterly.has(code));
  const quarters = [...new Set(present.flatMap((code) => [...quarterly.get(code)!.keys()]))].sort();
  return {
    id: 'police-trend',
    title,
    kind: 'lines',
    layout: 'horizontal',
    series: present.map((code) => ({ key: code, label: name(code) })),
    rows: quarters.map((quarter) => ({
      category: quarter,
      ...Object.fromEntries(
        present.map((code) => [code, quarterly.get(code)!.get(quarter) ?? null]),
      ),
    })),
  };
}

/** Mean feeling of safety (1–5) by day and by night, per place and in total. */
export function safetyChart(
  cube: StudyCube,
  placeName: (placeId: string) => string,
  labels: { day: string; night: string },
  title: string,
  placeOrder?: readonly string[],
): ChartModel {
  return {
    id: 'safety',
    title,
    kind: 'bars',
    layout: 'horizontal',
    series: [
      { key: 'day', label: labels.day },
      { key: 'night', label: labels.night },
    ],
    rows: safetyByPlace(cube, {}, placeOrder).map((row) => ({
      category: placeName(row.placeId),
      day: row.safeDay === null ? null : round1(row.safeDay),
      night: row.safeNight === null ? null : round1(row.safeNight),
    })),
  };
}

/** Police rate per 100,000 for `codes` in each territory (latest quarter of each). */
export function territoriesChart(
  territories: readonly { name: string; population: number; stats: readonly PoliceStat[] }[],
  codes: readonly string[],
  name: (code: string) => string,
  title: string,
): ChartModel {
  return {
    id: 'territories',
    title,
    kind: 'bars',
    layout: 'horizontal',
    series: codes.map((code) => ({ key: code, label: name(code) })),
    rows: territories.map((territory) => {
      const quarterly = policeQuarterlyTotals(territory.stats);
      const latest = latestQuarterOf(territory.stats);
      return {
        category: territory.name,
        ...Object.fromEntries(
          codes.map((code) => {
            const count = latest ? (quarterly.get(code)?.get(latest) ?? null) : null;
            const rate = count === null ? null : ratePer100k(count, territory.population);
            return [code, rate === null ? null : round1(rate)];
          }),
        ),
      };
    }),
  };
}
