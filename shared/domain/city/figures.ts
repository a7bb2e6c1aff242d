/*
 * The city's figures (issue 19, item 3): the districts imported into a city workspace side by side —
 * their top priorities, the share of respondents naming each problem (with N), police rates per
 * 100,000 residents (each district's own population), plan budgets by source and by funder, and
 * monitoring progress — with the city's totals. Pure: the loader reads each district's records
 * and hands over what its own screens show; every money figure stays in integer tyiyn.
 *
 * Conventions, stated on screen and on paper:
 * - a city share pools the respondents of all districts (Σ naming / Σ respondents), so a larger
 *   survey weighs more;
 * - police figures are compared in ONE period, the latest that any district reports; the city's
 *   rate is Σ offences × 100,000 / Σ population of the districts that report that period;
 * - a funder's planned amount splits a source shared by several funders in equal parts (as the
 *   monitoring screen does), so the funders of a district add up to its sources exactly.
 */
import { addTotals, SOURCES, zeroTotals, type BudgetTotals } from '../budget';
import { latestPeriod, ratePer100k } from '../study/police';
import type { LocalizedText } from '../../schemas/localized-text';

/** A district's current plan: its totals, its funders' planned amounts and its progress. */
export interface DistrictPlan {
  id: string;
  title: LocalizedText;
  version: number;
  startYear: number;
  endYear: number;
  totals: BudgetTotals;
  /** Planned per funder (funderId null: no funder named), in tyiyn. */
  funders: readonly { funderId: string | null; planned: number }[];
  /** Progress rolled up with equal weights, 0–100; null without activities. */
  progress: number | null;
  activities: number;
  done: number;
  /** Spent from the start, cash and in kind, in tyiyn. */
  spent: number;
}

/** What the city needs of one imported district. */
export interface DistrictInput {
  id: string;
  name: LocalizedText;
  population: number;
  /** The latest priorities decision: the chosen problems in rank order (empty when none). */
  priorities: readonly string[];
  prioritiesOn: string | null;
  /** The latest study's totals: respondents and how many named each problem. */
  survey: { respondents: number; named: Readonly<Record<string, number>> } | null;
  police: readonly { period: string; problemCode: string; count: number }[];
  plan: DistrictPlan | null;
}

/** A count out of N, with its share (null when N is 0). */
export interface Share {
  named: number;
  respondents: number;
  share: number | null;
}

export interface ShareRow {
  code: string;
  /** By district id, in the order of the districts. */
  districts: Share[];
  city: Share;
}

export interface RateCell {
  count: number | null;
  population: number;
  rate: number | null;
}

export interface RateRow {
  code: string;
  districts: RateCell[];
  city: RateCell;
}

export interface FunderRow {
  funderId: string | null;
  /** Planned by district (in district order), tyiyn. */
  districts: number[];
  city: number;
}

export interface CityFigures {
  districts: readonly DistrictInput[];
  shares: ShareRow[];
  /** The one period police figures are compared in; null when no district has any. */
  policePeriod: string | null;
  rates: RateRow[];
  /** Budget totals by district (zero without a plan) and the city's sum. */
  budgets: BudgetTotals[];
  cityBudget: BudgetTotals;
  funders: FunderRow[];
  /** Spent from the start by district, and the city's sum (tyiyn). */
  spent: number[];
  citySpent: number;
}

/** n / N with both kept; null share without respondents. */
export function shareOf(named: number, respondents: number): Share {
  return { named, respondents, share: respondents > 0 ? named / respondents : null };
}

/** Problem codes named anywhere, most named in the city first (then by code). */
function surveyCodes(districts: readonly DistrictInput[]): string[] {
  const named = new Map<string, number>();
  for (const d of districts)
    for (const [code, n] of Object.entries(d.survey?.named ?? {}))
      named.set(code, (named.get(code) ?? 0) + n);
  return [...named]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code]) => code);
}

/** Shares naming each problem, district by district, and pooled for the city. */
export function cityShares(districts: readonly DistrictInput[]): ShareRow[] {
  const respondents = districts.reduce((sum, d) => sum + (d.survey?.respondents ?? 0), 0);
  return surveyCodes(districts).map((code) => {
    const cells = districts.map((d) =>
      shareOf(d.survey?.named[code] ?? 0, d.survey?.respondents ?? 0),
    );
    const named = cells.reduce((sum, c) => sum + c.named, 0);
    return { code, districts: cells, city: shareOf(named, respondents) };
  });
}

/** Police counts per 100,000 residents in the city's common period, by district and for the city. */
export function cityRates(districts: readonly DistrictInput[]): {
  period: string | null;
  rows: RateRow[];
} {
  const period = latestPeriod(districts.flatMap((d) => d.police));
  if (period === null) return { period, rows: [] };
  const countsOf = districts.map((d) => {
    const counts = new Map<string, number>();
    for (const s of d.police)
      if (s.period === period)
        counts.set(s.problemCode, (counts.get(s.problemCode) ?? 0) + s.count);
    return counts;
  });
  const codes = [...new Set(countsOf.flatMap((c) => [...c.keys()]))].sort();
  const rows = codes.map((code) => {
    const cells = districts.map((d, i): RateCell => {
      const count = countsOf[i]!.get(code) ?? null;
      return {
        count,
        population: d.population,
        rate: count === null ? null : ratePer100k(count, d.population),
      };
    });
    const reporting = cells.filter((c) => c.count !== null);
    const count = reporting.reduce((sum, c) => sum + c.count!, 0);
    const population = reporting.reduce((sum, c) => sum + c.population, 0);
    return {
      code,
      districts: cells,
      city: { count, population, rate: ratePer100k(count, population) },
    };
  });
  return { period, rows };
}

/** Planned amounts per funder, by district and for the city; the no-funder row last. */
export function cityFunders(districts: readonly DistrictInput[]): FunderRow[] {
  const rows = new Map<string | null, FunderRow>();
  districts.forEach((d, i) => {
    for (const f of d.plan?.funders ?? []) {
      let row = rows.get(f.funderId);
      if (!row)
        rows.set(
          f.funderId,
          (row = { funderId: f.funderId, districts: districts.map(() => 0), city: 0 }),
        );
      row.districts[i]! += f.planned;
      row.city += f.planned;
    }
  });
  return [...rows.values()]
    .filter((row) => row.city > 0)
    .sort((a, b) => Number(a.funderId === null) - Number(b.funderId === null) || b.city - a.city);
}

/** Every figure of the city view. */
export function cityFigures(districts: readonly DistrictInput[]): CityFigures {
  const budgets = districts.map((d) => d.plan?.totals ?? zeroTotals());
  const spent = districts.map((d) => d.plan?.spent ?? 0);
  const rates = cityRates(districts);
  return {
    districts,
    shares: cityShares(districts),
    policePeriod: rates.period,
    rates: rates.rows,
    budgets,
    cityBudget: budgets.reduce(addTotals, zeroTotals()),
    funders: cityFunders(districts),
    spent,
    citySpent: spent.reduce((a, b) => a + b, 0),
  };
}

/** The amounts of a totals record in the order they are shown: each source, unfunded, total. */
export const BUDGET_ROWS = [...SOURCES, 'unfunded', 'total', 'inKind'] as const;
export type BudgetRow = (typeof BUDGET_ROWS)[number];

/** The i18n key naming each amount (the plan's own labels). */
export const BUDGET_ROW_LABELS: Record<BudgetRow, string> = {
  localBudget: 'plan:sources.localBudget',
  business: 'plan:sources.business',
  donors: 'plan:sources.donors',
  residents: 'plan:sources.residents',
  unfunded: 'plan:fields.unfunded',
  total: 'plan:fields.total',
  inKind: 'plan:fields.inKindAmount',
};

/** One amount of a totals record. */
export function budgetAmount(totals: BudgetTotals, row: BudgetRow): number {
  if (row === 'unfunded' || row === 'total' || row === 'inKind') return totals[row];
  return totals.bySource[row];
}

/** How many districts chose each problem as a priority, most chosen first (then by code). */
export function priorityCounts(
  districts: readonly DistrictInput[],
): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of districts)
    for (const code of new Set(d.priorities)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
