/*
 * Member score sheets: the clerk types each member's 1–5 scores from the paper ballots, or one
 * consensus score. For every (problem, criterion) the consensus wins when there is one; else the
 * members' mean is used. Spread (highest − lowest) shows where members disagree most.
 */
import type { ScoredValues } from './scoring';

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Scores by problem code, then criterion key. */
export type SheetScores = Record<string, Record<string, number>>;

export interface ScoreSheetLike {
  kind: 'member' | 'consensus';
  scores: SheetScores;
}

/** True for a whole score 1–5 (0 and 6 are refused). */
export function isValidScore(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX
  );
}

export interface ScoreStat {
  code: string;
  key: string;
  /** Members who scored this (problem, criterion). */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min over the members (0..4); null with fewer than two members. */
  spread: number | null;
  consensus: number | null;
  /** The value that enters the ranking; null = no data. */
  used: number | null;
  usedFrom: 'consensus' | 'mean' | null;
}

/** Per (problem, criterion): members' mean, spread, the consensus, and the value used. */
export function scoreStats(
  sheets: readonly ScoreSheetLike[],
  codes: readonly string[],
  keys: readonly string[],
): ScoreStat[] {
  const out: ScoreStat[] = [];
  const members = sheets.filter((s) => s.kind === 'member');
  const consensusSheet = sheets.find((s) => s.kind === 'consensus');
  for (const code of codes)
    for (const key of keys) {
      const values = members
        .map((s) => s.scores[code]?.[key])
        .filter((v): v is number => isValidScore(v));
      const n = values.length;
      const mean = n > 0 ? values.reduce((a, b) => a + b, 0) / n : null;
      const min = n > 0 ? Math.min(...values) : null;
      const max = n > 0 ? Math.max(...values) : null;
      const c = consensusSheet?.scores[code]?.[key];
      const consensus = isValidScore(c) ? c : null;
      out.push({
        code,
        key,
        n,
        mean,
        min,
        max,
        spread: n >= 2 ? max! - min! : null,
        consensus,
        used: consensus ?? mean,
        usedFrom: consensus !== null ? 'consensus' : mean !== null ? 'mean' : null,
      });
    }
  return out;
}

/** The values the ranking uses, from score stats. */
export function scoredValues(stats: readonly ScoreStat[]): ScoredValues {
  const out: Record<string, Record<string, number>> = {};
  for (const stat of stats) if (stat.used !== null) (out[stat.code] ??= {})[stat.key] = stat.used;
  return out;
}

/** The (problem, criterion) pairs where members disagree most: spread ≥ 2, largest first. */
export function disagreements(stats: readonly ScoreStat[], limit = 10): ScoreStat[] {
  return stats
    .filter((s) => s.spread !== null && s.spread >= 2)
    .map((s, index) => ({ s, index }))
    .sort((a, b) => b.s.spread! - a.s.spread! || a.index - b.index)
    .slice(0, limit)
    .map(({ s }) => s);
}
