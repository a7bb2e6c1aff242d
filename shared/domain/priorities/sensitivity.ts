/*
 * Sensitivity: for each active criterion, move its weight by −10 and +10 points (the others
 * rebalanced as in the editor) and report which problems change rank and whether the top `k`
 * (the priorities) changes. A ranking that flips under a small move is a ranking to discuss.
 */
import { setWeight, type Criterion } from './criteria';
import { rankProblems, type ProblemEvidence, type ScoredValues } from './scoring';

export interface RankChange {
  code: string;
  from: number | null;
  to: number | null;
}

export interface SensitivityRow {
  key: string;
  delta: -10 | 10;
  /** The weight tried (clamped to 0..100); equal to the current one when it cannot move. */
  weight: number;
  changes: RankChange[];
  /** Problems that would enter or leave the top k. */
  entering: string[];
  leaving: string[];
}

const DELTAS = [-10, 10] as const;

function topK(rows: readonly { code: string; rank: number | null }[], k: number): string[] {
  return rows.filter((r) => r.rank !== null && r.rank <= k).map((r) => r.code);
}

/** Rank changes when any one active weight moves by ±10 points; `k` = number of priorities. */
export function sensitivity(
  criteria: readonly Criterion[],
  problems: readonly ProblemEvidence[],
  scored: ScoredValues,
  k: number,
): SensitivityRow[] {
  const base = rankProblems(criteria, problems, scored);
  const baseRank = new Map(base.rows.map((r) => [r.code, r.rank]));
  const baseTop = topK(base.rows, k);
  const out: SensitivityRow[] = [];
  for (const criterion of criteria.filter((c) => c.active))
    for (const delta of DELTAS) {
      const moved = setWeight(criteria, criterion.key, criterion.weight + delta);
      const weight = moved.find((c) => c.key === criterion.key)!.weight;
      const ranking = rankProblems(moved, problems, scored);
      const changes = ranking.rows
        .filter((r) => r.rank !== baseRank.get(r.code))
        .map((r) => ({ code: r.code, from: baseRank.get(r.code) ?? null, to: r.rank }));
      const top = topK(ranking.rows, k);
      out.push({
        key: criterion.key,
        delta,
        weight,
        changes,
        entering: top.filter((code) => !baseTop.includes(code)),
        leaving: baseTop.filter((code) => !top.includes(code)),
      });
    }
  return out;
}
