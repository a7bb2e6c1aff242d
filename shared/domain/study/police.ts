/*
 * Police statistics and local-government complaints: periods (quarters `2025-Q3`, months
 * `2025-07`), rates per 100,000 residents and the trend against the previous period.
 */
import type { Complaint, PoliceStat } from '../../schemas/study';

export type PeriodKind = 'quarter' | 'month';

export function periodKind(period: string): PeriodKind {
  return period.includes('Q') ? 'quarter' : 'month';
}

/** The period before: 2025-Q1 → 2024-Q4, 2025-01 → 2024-12. */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  if (periodKind(period) === 'quarter') {
    const q = Number(period.slice(6));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  const m = Number(period.slice(5));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** The period after: 2024-Q4 → 2025-Q1. */
export function nextPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  if (periodKind(period) === 'quarter') {
    const q = Number(period.slice(6));
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  const m = Number(period.slice(5));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The periods from `from` to `to` inclusive (same kind). */
export function periodRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to && out.length < 1000; p = nextPeriod(p)) out.push(p);
  return out;
}

/** The quarter a month belongs to: 2025-08 → 2025-Q3. */
export function quarterOf(period: string): string {
  if (periodKind(period) === 'quarter') return period;
  return `${period.slice(0, 4)}-Q${Math.ceil(Number(period.slice(5)) / 3)}`;
}

/** The quarter containing a `YYYY-MM-DD` date. */
export function quarterOfDate(date: string): string {
  return quarterOf(date.slice(0, 7));
}

/** Offences per 100,000 residents; null without a population. */
export function ratePer100k(count: number, population: number): number | null {
  return population > 0 ? (count * 100_000) / population : null;
}

/** The latest period present: quarters are preferred when both kinds exist. */
export function latestPeriod(stats: readonly { period: string }[]): string | null {
  const quarters = stats.filter((s) => periodKind(s.period) === 'quarter');
  const pool = quarters.length > 0 ? quarters : stats;
  let latest: string | null = null;
  for (const s of pool) if (latest === null || s.period > latest) latest = s.period;
  return latest;
}

export interface PoliceIndicator {
  code: string;
  period: string | null;
  /** Registered offences in the period; null when the period has no figure for this problem. */
  count: number | null;
  previousCount: number | null;
  ratePer100k: number | null;
  /** count − previousCount; null when either is missing. */
  change: number | null;
  /** (count − previous) / previous; null when either is missing or previous is 0. */
  trend: number | null;
}

/**
 * Figures derived from one list of police statistics, kept per list: a list read from the
 * database is never changed in place (a change is a new read, a new list), and the analysis and
 * the priority charts ask for the same totals once per problem and again on every weight change.
 */
interface PoliceIndex {
  /** Problem → period → count. */
  totals: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Problem → quarter (months summed into their quarter) → count. */
  quarterly: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The latest quarter any figure falls in; null without figures. */
  latestQuarter: string | null;
}
const indexes = new WeakMap<readonly PoliceStat[], PoliceIndex>();

function policeIndex(stats: readonly PoliceStat[]): PoliceIndex {
  const known = indexes.get(stats);
  if (known) return known;
  const totals = new Map<string, Map<string, number>>();
  const quarterly = new Map<string, Map<string, number>>();
  const add = (into: Map<string, Map<string, number>>, code: string, key: string, n: number) => {
    let byKey = into.get(code);
    if (!byKey) into.set(code, (byKey = new Map()));
    byKey.set(key, (byKey.get(key) ?? 0) + n);
  };
  let latestQuarter: string | null = null;
  for (const stat of stats) {
    const quarter = quarterOf(stat.period);
    add(totals, stat.problemCode, stat.period, stat.count);
    add(quarterly, stat.problemCode, quarter, stat.count);
    if (latestQuarter === null || quarter > latestQuarter) latestQuarter = quarter;
  }
  const index = { totals, quarterly, latestQuarter };
  indexes.set(stats, index);
  return index;
}

/** Sums police counts per (problem, period). */
export function policeTotals(
  stats: readonly PoliceStat[],
): ReadonlyMap<string, ReadonlyMap<string, number>> {
  return policeIndex(stats).totals;
}

/** Registered offences per problem and quarter (months summed into their quarter). */
export function policeQuarterlyTotals(
  stats: readonly PoliceStat[],
): ReadonlyMap<string, ReadonlyMap<string, number>> {
  return policeIndex(stats).quarterly;
}

/** The latest quarter any of `stats` falls in (a month counts as its quarter); null without any. */
export function latestQuarterOf(stats: readonly PoliceStat[]): string | null {
  return policeIndex(stats).latestQuarter;
}

/** Count, rate and trend of one problem in `period` (default: the latest period in the data). */
export function policeIndicator(
  stats: readonly PoliceStat[],
  code: string,
  population: number,
  period?: string | null,
): PoliceIndicator {
  const at = period ?? latestPeriod(stats);
  const byPeriod = policeTotals(stats).get(code);
  const count = at ? (byPeriod?.get(at) ?? null) : null;
  const previousCount = at ? (byPeriod?.get(previousPeriod(at)) ?? null) : null;
  const change = count !== null && previousCount !== null ? count - previousCount : null;
  return {
    code,
    period: at,
    count,
    previousCount,
    ratePer100k: count !== null ? ratePer100k(count, population) : null,
    change,
    trend: change !== null && previousCount ? change / previousCount : null,
  };
}

export interface ComplaintTotals {
  complaints: number;
  observations: number;
}

/** Complaints and observations per problem; optionally within [from, to] periods and for some places. */
export function complaintTotals(
  complaints: readonly Complaint[],
  options: { from?: string; to?: string; placeIds?: readonly string[] } = {},
): Map<string, ComplaintTotals> {
  const out = new Map<string, ComplaintTotals>();
  for (const c of complaints) {
    if (options.from && c.period < options.from) continue;
    if (options.to && c.period > options.to) continue;
    if (options.placeIds && !options.placeIds.includes(c.placeId ?? '')) continue;
    let total = out.get(c.problemCode);
    if (!total) out.set(c.problemCode, (total = { complaints: 0, observations: 0 }));
    if (c.kind === 'complaint') total.complaints += c.count;
    else total.observations += c.count;
  }
  return out;
}

/** Complaints + observations per place ('' = no place) and problem. */
export function complaintsByPlace(
  complaints: readonly Complaint[],
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const c of complaints) {
    const place = c.placeId ?? '';
    let byCode = out.get(place);
    if (!byCode) out.set(place, (byCode = new Map()));
    byCode.set(c.problemCode, (byCode.get(c.problemCode) ?? 0) + c.count);
  }
  return out;
}
