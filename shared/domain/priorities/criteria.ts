/*
 * The criteria the working group ranks problems on, and their weights. Weights are whole
 * percentage points and the active ones always sum to exactly 100: when the group moves one
 * weight, the others give or take the difference in proportion to their size (largest-remainder
 * rounding, so the sum stays exact in integers).
 */
import type { LocalizedText } from '../../schemas/localized-text';

/** Where a criterion's value comes from. */
export type CriterionSource =
  | 'study-share' //    share of residents naming the problem (survey)
  | 'study-police-rate' // registered offences per 100,000 residents (police)
  | 'study-police-trend' // change against the previous period (police)
  | 'study-complaints' // complaints + observations counted by the local government
  | 'scored'; //        1–5 scores of the working group's members

export interface Criterion {
  /** Stable key: the default ones are `public-concern`, `police-rate`, … ; added ones `custom-…`. */
  key: string;
  source: CriterionSource;
  /** Only for criteria the group added; the default ones are titled by the i18n catalogue. */
  title?: LocalizedText;
  /** 'lower' for cost: the cheaper a response, the higher the problem scores. */
  direction: 'higher' | 'lower';
  /** Whole percentage points; active weights sum to 100, an inactive criterion has weight 0. */
  weight: number;
  active: boolean;
}

/** The default criteria (issue 6) with weights that sum to 100. */
export const DEFAULT_CRITERIA: readonly Criterion[] = Object.freeze([
  { key: 'public-concern', source: 'study-share', direction: 'higher', weight: 20, active: true },
  {
    key: 'police-rate',
    source: 'study-police-rate',
    direction: 'higher',
    weight: 10,
    active: true,
  },
  {
    key: 'police-trend',
    source: 'study-police-trend',
    direction: 'higher',
    weight: 5,
    active: true,
  },
  {
    key: 'local-government',
    source: 'study-complaints',
    direction: 'higher',
    weight: 10,
    active: true,
  },
  { key: 'severity', source: 'scored', direction: 'higher', weight: 20, active: true },
  { key: 'vulnerable', source: 'scored', direction: 'higher', weight: 15, active: true },
  { key: 'feasibility', source: 'scored', direction: 'higher', weight: 10, active: true },
  { key: 'cost', source: 'scored', direction: 'lower', weight: 10, active: true },
] satisfies Criterion[]);

/** Keys of the default criteria, for i18n titles (`priorities:criteria.<key>`). */
export const DEFAULT_CRITERION_KEYS: readonly string[] = DEFAULT_CRITERIA.map((c) => c.key);

/** A fresh, mutable copy of the default criteria. */
export function defaultCriteria(): Criterion[] {
  return DEFAULT_CRITERIA.map((c) => ({ ...c }));
}

/** Sum of the active weights (100 when consistent). */
export function weightTotal(criteria: readonly Criterion[]): number {
  return criteria.reduce((sum, c) => sum + (c.active ? c.weight : 0), 0);
}

/**
 * Splits `total` whole points over `shares` (non-negative) in proportion, by largest remainder:
 * the parts are integers summing to `total`; ties in the remainder go to the earlier entry. All
 * shares zero → split as evenly as possible.
 */
export function apportion(total: number, shares: readonly number[]): number[] {
  if (shares.length === 0) return [];
  const sum = shares.reduce((a, b) => a + b, 0);
  const basis = sum > 0 ? shares : shares.map(() => 1);
  const basisSum = sum > 0 ? sum : shares.length;
  const exact = basis.map((s) => (s * total) / basisSum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

/** Puts `total` points over the active criteria except `fixedKey`, in proportion to their weights. */
function spreadOthers(criteria: Criterion[], fixedKey: string | null, total: number): Criterion[] {
  const others = criteria.filter((c) => c.active && c.key !== fixedKey);
  const parts = apportion(
    total,
    others.map((c) => c.weight),
  );
  const byKey = new Map(others.map((c, i) => [c.key, parts[i]!]));
  return criteria.map((c) =>
    c.active ? (byKey.has(c.key) ? { ...c, weight: byKey.get(c.key)! } : c) : { ...c, weight: 0 },
  );
}

/**
 * Sets one active criterion's weight (clamped to 0..100, rounded to a whole point) and rebalances
 * the other active ones so the total stays 100. The only active criterion always weighs 100.
 */
export function setWeight(
  criteria: readonly Criterion[],
  key: string,
  weight: number,
): Criterion[] {
  const target = criteria.find((c) => c.key === key);
  if (!target || !target.active) return criteria.map((c) => ({ ...c }));
  const activeCount = criteria.filter((c) => c.active).length;
  const value = activeCount === 1 ? 100 : Math.min(100, Math.max(0, Math.round(weight)));
  const next = criteria.map((c) => (c.key === key ? { ...c, weight: value } : { ...c }));
  return spreadOthers(next, key, 100 - value);
}

/**
 * Switches a criterion on or off. Off: its weight goes to the other active ones in proportion.
 * On: it takes an equal share (100 / active count) and the others give it up in proportion.
 * The last active criterion cannot be switched off (the ranking needs one).
 */
export function setActive(
  criteria: readonly Criterion[],
  key: string,
  active: boolean,
): Criterion[] {
  const target = criteria.find((c) => c.key === key);
  if (!target || target.active === active) return criteria.map((c) => ({ ...c }));
  if (!active) {
    if (criteria.filter((c) => c.active).length <= 1) return criteria.map((c) => ({ ...c }));
    const next = criteria.map((c) =>
      c.key === key ? { ...c, active: false, weight: 0 } : { ...c },
    );
    return spreadOthers(next, null, 100);
  }
  const activeAfter = criteria.filter((c) => c.active).length + 1;
  const share = Math.round(100 / activeAfter);
  const next = criteria.map((c) =>
    c.key === key ? { ...c, active: true, weight: share } : { ...c },
  );
  return spreadOthers(next, key, 100 - share);
}

/** Makes any weights consistent: negatives → 0, whole points, active ones scaled to sum 100. */
export function normaliseWeights(criteria: readonly Criterion[]): Criterion[] {
  const active = criteria.filter((c) => c.active);
  const parts = apportion(
    active.length > 0 ? 100 : 0,
    active.map((c) => Math.max(0, c.weight)),
  );
  const byKey = new Map(active.map((c, i) => [c.key, parts[i]!]));
  return criteria.map((c) => ({ ...c, weight: byKey.get(c.key) ?? 0 }));
}

/** Adds a 1–5 scored criterion with weight 0 (the group then gives it weight). */
export function addCriterion(
  criteria: readonly Criterion[],
  title: LocalizedText,
  direction: 'higher' | 'lower' = 'higher',
): Criterion[] {
  const taken = new Set(criteria.map((c) => c.key));
  let n = 1;
  while (taken.has(`custom-${n}`)) n += 1;
  return [
    ...criteria.map((c) => ({ ...c })),
    { key: `custom-${n}`, source: 'scored', title, direction, weight: 0, active: true },
  ];
}

/** True when the weights are whole points in 0..100 and the active ones sum to 100. */
export function weightsConsistent(criteria: readonly Criterion[]): boolean {
  return (
    criteria.some((c) => c.active) &&
    criteria.every((c) => Number.isInteger(c.weight) && c.weight >= 0 && c.weight <= 100) &&
    criteria.every((c) => c.active || c.weight === 0) &&
    weightTotal(criteria) === 100
  );
}
