/*
 * Survey analysis over a study cube: shares of respondents naming each problem (the denominator is
 * respondents, never answers, because one respondent names several problems), mean concern,
 * feeling of safety and trust by place, and cross-tabulations with filters.
 */
import {
  emptyCell,
  addCell,
  selectCells,
  totalOf,
  type CellStats,
  type CubeFilter,
  type Dimension,
  type StudyCube,
} from './cube';

/** A ratio that stays exact: numerator, denominator and their quotient (null when nothing to divide by). */
export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
}

/** Mean of a 1–5 scale from its sum and count; null when nobody answered. */
export function mean(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}

export interface ProblemShare {
  code: string;
  /** Respondents naming the problem / all respondents in the selection. */
  share: Ratio;
  /** Mean concern (1–5) of those who named it and gave a concern; null when none did. */
  meanConcern: number | null;
  concernAnswers: number;
}

/** Share naming and mean concern for each problem, from summed stats. */
export function sharesOf(stats: CellStats, codes: readonly string[]): ProblemShare[] {
  return codes.map((code) => ({
    code,
    share: ratio(stats.named[code] ?? 0, stats.n),
    meanConcern: mean(stats.concernSum[code] ?? 0, stats.concernN[code] ?? 0),
    concernAnswers: stats.concernN[code] ?? 0,
  }));
}

/** Problem shares over the filtered respondents. */
export function problemShares(
  cube: StudyCube,
  codes: readonly string[],
  filter: CubeFilter = {},
): { respondents: number; rows: ProblemShare[] } {
  const total = totalOf(cube, filter);
  return { respondents: total.n, rows: sharesOf(total, codes) };
}

/** Sums the filtered cells grouped by the value of one dimension ('' = not stated). */
export function groupBy(
  cube: StudyCube,
  dim: Dimension,
  filter: CubeFilter = {},
): Map<string, CellStats> {
  const groups = new Map<string, CellStats>();
  for (const { values, stats } of selectCells(cube, filter)) {
    const key = values[dim];
    let group = groups.get(key);
    if (!group) groups.set(key, (group = emptyCell()));
    addCell(group, stats);
  }
  return groups;
}

export interface GroupShares {
  value: string;
  respondents: number;
  rows: ProblemShare[];
}

/** Problem shares within each value of a dimension (e.g. by gender: women's and men's shares). */
export function sharesBy(
  cube: StudyCube,
  dim: Dimension,
  codes: readonly string[],
  filter: CubeFilter = {},
  order?: readonly string[],
): GroupShares[] {
  const groups = groupBy(cube, dim, filter);
  return orderKeys([...groups.keys()], order).map((value) => {
    const stats = groups.get(value)!;
    return { value, respondents: stats.n, rows: sharesOf(stats, codes) };
  });
}

function orderKeys(keys: string[], order?: readonly string[]): string[] {
  const rank = (key: string) => {
    if (key === '') return Number.MAX_SAFE_INTEGER;
    const index = order?.indexOf(key) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER - 1 : index;
  };
  return keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export interface SafetyRow {
  /** The place id, '' for "not stated", or 'all' for the total row. */
  placeId: string;
  respondents: number;
  safeDay: number | null;
  safeNight: number | null;
  trustPolice: number | null;
  /** Victims in the last 12 months / respondents who answered the question. */
  victims: Ratio;
  /** Victims who reported it to the police / victims. */
  reported: Ratio;
}

function safetyRow(placeId: string, stats: CellStats): SafetyRow {
  return {
    placeId,
    respondents: stats.n,
    safeDay: mean(stats.safeDaySum, stats.safeDayN),
    safeNight: mean(stats.safeNightSum, stats.safeNightN),
    trustPolice: mean(stats.trustSum, stats.trustN),
    victims: ratio(stats.victims, stats.victimAnswered),
    reported: ratio(stats.reported, stats.victims),
  };
}

/** Feeling of safety by day and night, trust in police and victimisation, per place, then the total. */
export function safetyByPlace(
  cube: StudyCube,
  filter: CubeFilter = {},
  placeOrder?: readonly string[],
): SafetyRow[] {
  const groups = groupBy(cube, 'placeId', filter);
  const rows = orderKeys([...groups.keys()], placeOrder).map((placeId) =>
    safetyRow(placeId, groups.get(placeId)!),
  );
  return [...rows, safetyRow('all', totalOf(cube, filter))];
}

/** What a cross-tab cell shows. */
export type CrossTabMeasure =
  | { kind: 'respondents' }
  | { kind: 'problem'; code: string }
  | { kind: 'mean'; field: 'safeDay' | 'safeNight' | 'trustPolice' };

export interface CrossTabCell {
  respondents: number;
  /** For 'problem': share naming; for 'respondents': share of the row; for 'mean': null. */
  share: Ratio | null;
  mean: number | null;
}

export interface CrossTab {
  rowValues: string[];
  columnValues: string[];
  cells: CrossTabCell[][];
  rowTotals: CrossTabCell[];
  columnTotals: CrossTabCell[];
  total: CrossTabCell;
}

function measureCell(stats: CellStats, measure: CrossTabMeasure, rowN: number): CrossTabCell {
  if (measure.kind === 'problem') {
    return {
      respondents: stats.n,
      share: ratio(stats.named[measure.code] ?? 0, stats.n),
      mean: null,
    };
  }
  if (measure.kind === 'mean') {
    const [sum, n] =
      measure.field === 'safeDay'
        ? [stats.safeDaySum, stats.safeDayN]
        : measure.field === 'safeNight'
          ? [stats.safeNightSum, stats.safeNightN]
          : [stats.trustSum, stats.trustN];
    return { respondents: stats.n, share: null, mean: mean(sum, n) };
  }
  return { respondents: stats.n, share: ratio(stats.n, rowN), mean: null };
}

/** Rows by one dimension × columns by another, over the filtered respondents. */
export function crossTab(
  cube: StudyCube,
  rowDim: Dimension,
  columnDim: Dimension,
  measure: CrossTabMeasure,
  filter: CubeFilter = {},
  orders: Partial<Record<Dimension, readonly string[]>> = {},
): CrossTab {
  const grid = new Map<string, Map<string, CellStats>>();
  const rowSums = new Map<string, CellStats>();
  const columnSums = new Map<string, CellStats>();
  const total = emptyCell();
  for (const { values, stats } of selectCells(cube, filter)) {
    const r = values[rowDim];
    const c = values[columnDim];
    let row = grid.get(r);
    if (!row) grid.set(r, (row = new Map()));
    if (!row.has(c)) row.set(c, emptyCell());
    addCell(row.get(c)!, stats);
    if (!rowSums.has(r)) rowSums.set(r, emptyCell());
    addCell(rowSums.get(r)!, stats);
    if (!columnSums.has(c)) columnSums.set(c, emptyCell());
    addCell(columnSums.get(c)!, stats);
    addCell(total, stats);
  }
  const rowValues = orderKeys([...rowSums.keys()], orders[rowDim]);
  const columnValues = orderKeys([...columnSums.keys()], orders[columnDim]);
  return {
    rowValues,
    columnValues,
    cells: rowValues.map((r) =>
      columnValues.map((c) =>
        measureCell(grid.get(r)?.get(c) ?? emptyCell(), measure, rowSums.get(r)!.n),
      ),
    ),
    rowTotals: rowValues.map((r) => measureCell(rowSums.get(r)!, measure, rowSums.get(r)!.n)),
    columnTotals: columnValues.map((c) => measureCell(columnSums.get(c)!, measure, total.n)),
    total: measureCell(total, measure, total.n),
  };
}
