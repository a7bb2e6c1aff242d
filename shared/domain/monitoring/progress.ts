/*
 * Progress of an approved plan rolled up from its activities (issue 15): to objectives, priorities
 * and the plan, with equal weights or weighted by each activity's budget — the clerk's choice,
 * stated on screen. Cancelled activities count like any other (with the progress the clerk gave
 * them), so a plan with a cancelled activity shows honestly that it was not carried out in full.
 */

/** How activities are weighed when progress is rolled up. */
export const WEIGHTINGS = ['equal', 'budget'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

/** One activity's progress (0–100) and its budget total in tyiyn. */
export interface ActivityShare {
  percent: number;
  budgetTyiyn: number;
}

/**
 * The rolled-up progress in percent; null for no activities. Weighted by budget, a group whose
 * activities have no budget at all falls back to equal weights.
 */
export function rollUp(items: readonly ActivityShare[], weighting: Weighting): number | null {
  if (!items.length) return null;
  const weights = items.map((item) => (weighting === 'budget' ? item.budgetTyiyn : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return rollUp(items, 'equal');
  return items.reduce((sum, item, i) => sum + item.percent * weights[i]!, 0) / total;
}

/** Progress rolled up per key (objective, priority…), in first-seen order. */
export function rollUpBy<T extends ActivityShare, K>(
  items: readonly T[],
  key: (item: T) => K,
  weighting: Weighting,
): Map<K, number> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups].map(([k, group]) => [k, rollUp(group, weighting)!]));
}
