/*
 * Budget arithmetic of the joint plan (domain.md, "Budget rules"). Money is an integer count of
 * tyiyn. Quantities may have fractions: they are kept as an integer count of THOUSANDTHS of the
 * unit (`quantityMilli`: 2.5 pieces = 2500), so a line total is computed exactly with BigInt and
 * rounded half-up to the tyiyn once, never by multiplying floats.
 */

import { readMoney, readQuantity } from '../parse';

/** The four co-financing sources, in the order they are printed. */
export const SOURCES = ['localBudget', 'business', 'donors', 'residents'] as const;
export type Source = (typeof SOURCES)[number];

/** Amounts per source in tyiyn. */
export type SourceAmounts = Record<Source, number>;

/** A plan's total must stay below 10^12 som = 10^14 tyiyn, so every amount is exact everywhere. */
export const MAX_PLAN_TOTAL_TYIYN = 100_000_000_000_000;
/** The largest quantity accepted: one billion units (in thousandths). */
export const MAX_QUANTITY_MILLI = 1_000_000_000_000;
/** Quantities carry at most three decimals. */
export const QUANTITY_SCALE = 1000;

/** A budget line as far as arithmetic is concerned. */
export interface LineAmounts {
  quantityMilli: number;
  unitCostTyiyn: number;
  shares: SourceAmounts;
  /** The residents' share is given in kind (work, materials), not cash. */
  residentsInKind: boolean;
}

/** Totals of any group of lines: total, per source, funded, unfunded, cash and in kind apart. */
export interface BudgetTotals {
  total: number;
  bySource: SourceAmounts;
  funded: number;
  unfunded: number;
  /** Money finance handles: every share except residents' in-kind contributions. */
  cash: number;
  /** Residents' contributions in kind: counted in the totals, shown apart. */
  inKind: number;
}

/** Zero amounts for every source. */
export function zeroShares(): SourceAmounts {
  return { localBudget: 0, business: 0, donors: 0, residents: 0 };
}

/** Empty totals. */
export function zeroTotals(): BudgetTotals {
  return { total: 0, bySource: zeroShares(), funded: 0, unfunded: 0, cash: 0, inKind: 0 };
}

/** Rounds numerator/denominator half-up (both non-negative) to an integer, exactly. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** quantity × unit cost, rounded half-up to the tyiyn, exact for any accepted input. */
export function lineTotal(quantityMilli: number, unitCostTyiyn: number): number {
  if (!Number.isSafeInteger(quantityMilli) || quantityMilli < 0)
    throw new RangeError(`bad quantity ${quantityMilli}`);
  if (!Number.isSafeInteger(unitCostTyiyn) || unitCostTyiyn < 0)
    throw new RangeError(`bad unit cost ${unitCostTyiyn}`);
  const exact = divideHalfUp(BigInt(quantityMilli) * BigInt(unitCostTyiyn), BigInt(QUANTITY_SCALE));
  if (exact >= BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError('line total beyond safe integers');
  return Number(exact);
}

/** Sum of the shares of every source. */
export function sumShares(shares: SourceAmounts): number {
  return SOURCES.reduce((sum, source) => sum + shares[source], 0);
}

/** Totals of one line; unfunded is what no source covers (never negative for a valid line). */
export function lineTotals(line: LineAmounts): BudgetTotals {
  const total = lineTotal(line.quantityMilli, line.unitCostTyiyn);
  const funded = sumShares(line.shares);
  const inKind = line.residentsInKind ? line.shares.residents : 0;
  return {
    total,
    bySource: { ...line.shares },
    funded,
    unfunded: total - funded,
    cash: funded - inKind,
    inKind,
  };
}

/** Adds totals together. */
export function addTotals(a: BudgetTotals, b: BudgetTotals): BudgetTotals {
  const bySource = zeroShares();
  for (const source of SOURCES) bySource[source] = a.bySource[source] + b.bySource[source];
  return {
    total: a.total + b.total,
    bySource,
    funded: a.funded + b.funded,
    unfunded: a.unfunded + b.unfunded,
    cash: a.cash + b.cash,
    inKind: a.inKind + b.inKind,
  };
}

/** Totals of many lines. */
export function sumLines(lines: readonly LineAmounts[]): BudgetTotals {
  return lines.reduce((acc, line) => addTotals(acc, lineTotals(line)), zeroTotals());
}

/** Totals of lines grouped by a key (activity, objective, priority, year…), in first-seen order. */
export function totalsBy<L extends LineAmounts, K>(
  lines: readonly L[],
  key: (line: L) => K,
): Map<K, BudgetTotals> {
  const out = new Map<K, BudgetTotals>();
  for (const line of lines) {
    const k = key(line);
    out.set(k, addTotals(out.get(k) ?? zeroTotals(), lineTotals(line)));
  }
  return out;
}

/** What is wrong with a line's amounts, as i18n keys; empty when it is fine. */
export type LineProblem =
  | 'plan:errors.quantityNegative'
  | 'plan:errors.quantityTooLarge'
  | 'plan:errors.unitCostNegative'
  | 'plan:errors.lineTooLarge'
  | 'plan:errors.shareNegative'
  | 'plan:errors.sharesExceedTotal';

/** Checks one line's arithmetic: non-negative integers, shares not above the total. */
export function lineProblems(line: LineAmounts): LineProblem[] {
  const problems: LineProblem[] = [];
  if (!Number.isSafeInteger(line.quantityMilli) || line.quantityMilli < 0)
    problems.push('plan:errors.quantityNegative');
  else if (line.quantityMilli > MAX_QUANTITY_MILLI) problems.push('plan:errors.quantityTooLarge');
  if (!Number.isSafeInteger(line.unitCostTyiyn) || line.unitCostTyiyn < 0)
    problems.push('plan:errors.unitCostNegative');
  if (SOURCES.some((s) => !Number.isSafeInteger(line.shares[s]) || line.shares[s] < 0))
    problems.push('plan:errors.shareNegative');
  if (problems.length) return problems;
  const exact = divideHalfUp(
    BigInt(line.quantityMilli) * BigInt(line.unitCostTyiyn),
    BigInt(QUANTITY_SCALE),
  );
  if (exact >= BigInt(MAX_PLAN_TOTAL_TYIYN)) return ['plan:errors.lineTooLarge'];
  const total = Number(exact);
  if (sumShares(line.shares) > total) problems.push('plan:errors.sharesExceedTotal');
  return problems;
}

/** True when a plan total is within the limit (below 10^12 som). */
export function planTotalAllowed(totalTyiyn: number): boolean {
  return Number.isSafeInteger(totalTyiyn) && totalTyiyn >= 0 && totalTyiyn < MAX_PLAN_TOTAL_TYIYN;
}

/**
 * Splits `total` by percentages (up to two decimals each, summing to at most 100) so the shares
 * add up exactly to total × sum% (rounded half-up): all of `total` when the percentages make 100.
 * Largest-remainder method; ties go to the earlier share.
 */
export function splitByPercent(total: number, percents: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`bad total ${total}`);
  const basisPoints = percents.map((p) => {
    if (!Number.isFinite(p) || p < 0) throw new RangeError(`bad percent ${p}`);
    return Math.round(p * 100);
  });
  const sumBp = basisPoints.reduce((a, b) => a + b, 0);
  if (sumBp > 10_000) throw new RangeError('percentages exceed 100');
  const big = BigInt(total);
  const target = divideHalfUp(big * BigInt(sumBp), 10_000n);
  const floors = basisPoints.map((bp) => (big * BigInt(bp)) / 10_000n);
  const remainders = basisPoints.map((bp, index) => ({
    index,
    rest: (big * BigInt(bp)) % 10_000n,
  }));
  let missing = target - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index, rest } of remainders) {
    if (missing <= 0n) break;
    if (rest === 0n && basisPoints[index] === 0) continue;
    floors[index] = floors[index]! + 1n;
    missing -= 1n;
  }
  return floors.map(Number);
}

/** Splits a total across the four sources by percentages (see splitByPercent). */
export function sharesFromPercents(
  total: number,
  percents: Partial<Record<Source, number>>,
): SourceAmounts {
  const parts = splitByPercent(
    total,
    SOURCES.map((s) => percents[s] ?? 0),
  );
  const out = zeroShares();
  SOURCES.forEach((s, i) => (out[s] = parts[i]!));
  return out;
}

/** Each source's share of a total in 0..1 (0 when the total is 0), for charts and summaries. */
export function shareOfTotal(amount: number, total: number): number {
  return total > 0 ? amount / total : 0;
}

/** Parses a quantity typed by the clerk (`2,5`, `1 000`, `0.125`) into thousandths; null when refused (see readQuantity). */
export function parseQuantity(text: string): number | null {
  const reading = readQuantity(text, { max: MAX_QUANTITY_MILLI });
  return reading.ok ? reading.value : null;
}

/** Parses an amount of som typed by the clerk (`1 234,50`) into tyiyn; null when refused (see readMoney). */
export function parseSom(text: string): number | null {
  const reading = readMoney(text, { max: MAX_PLAN_TOTAL_TYIYN - 1 });
  return reading.ok ? reading.value : null;
}

/** A quantity in thousandths as a plain decimal (`2500` → 2.5) for display and spreadsheets. */
export function quantityValue(quantityMilli: number): number {
  return quantityMilli / QUANTITY_SCALE;
}

/** Tyiyn as a som number for spreadsheets (`123456` → 1234.56): exact to the cent below 10^12 som. */
export function somValue(tyiyn: number): number {
  return tyiyn / 100;
}
