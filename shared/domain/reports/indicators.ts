/*
 * The indicator table of a report (issue 16): per indicator its baseline, target, the value
 * measured in each quarter of the report's year up to the period's end (the latest value of that
 * quarter), and how far the latest value up to the period's end has come from baseline to target.
 */
import { percentOfWay } from '../monitoring/indicators';
import { quarterOf } from '../monitoring/schedule';
import { periodDates, quartersToDate } from './period';

/** A dated value of an indicator. */
export interface MeasuredValue {
  date: string;
  value: number;
}

export interface IndicatorFigures {
  /** The quarters shown, `YYYY-Qn`, in order. */
  quarters: string[];
  /** The latest value measured in each of those quarters, or null. */
  values: (number | null)[];
  /** The latest value up to the period's end (any earlier quarter too), or null. */
  latest: number | null;
  /** Percent of the way from baseline to target of `latest` (null: cannot be said). */
  achieved: number | null;
}

const latestOf = (values: readonly MeasuredValue[]) =>
  values.reduce<MeasuredValue | null>((best, v) => (!best || v.date >= best.date ? v : best), null);

/** An indicator's figures for a report period. */
export function indicatorFigures(
  baseline: number | undefined,
  target: number | undefined,
  measured: readonly MeasuredValue[],
  period: string,
): IndicatorFigures {
  const end = periodDates(period).to;
  const upToEnd = measured.filter((m) => m.date <= end);
  const quarters = quartersToDate(period);
  const values = quarters.map(
    (q) => latestOf(upToEnd.filter((m) => quarterOf(m.date) === q))?.value ?? null,
  );
  const latest = latestOf(upToEnd)?.value ?? null;
  const achieved =
    latest !== null && baseline !== undefined && target !== undefined
      ? percentOfWay(baseline, target, latest)
      : null;
  return { quarters, values, latest, achieved };
}
