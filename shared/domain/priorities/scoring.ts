/*
 * The ranking arithmetic, in the words shown on screen (priorities:method.*):
 *  1. Each active criterion is brought to 0–100 across the problems that have a value for it:
 *     the lowest value gets 0, the highest 100, the rest in proportion (min–max). For a criterion
 *     where lower is better (cost) the scale is turned round: 100 − that.
 *  2. A criterion on which every problem with data has the same value does not separate them:
 *     each of those problems gets 50 (the middle) on it.
 *  3. A problem's score is the weighted mean of its 0–100 values. When a problem has NO DATA for
 *     a criterion, that criterion is left out for this problem only and its weight is shared by
 *     the problem's other criteria in proportion (never counted as zero). The share of the weight
 *     that had data is the problem's `coverage`; below 50 % the problem is flagged. A problem
 *     with no data at all gets no score and no rank.
 *  4. Problems are ordered by score, highest first; equal scores (to 1e-9) share a rank (1, 2, 2, 4)
 *     and keep the order they were listed in.
 */
import type { Criterion, CriterionSource } from './criteria';

/** What the study says about one problem (from problemIndicators); null = no data. */
export interface ProblemEvidence {
  code: string;
  share: number | null;
  policeRate: number | null;
  policeTrend: number | null;
  complaints: number | null;
}

/** The 1–5 value of each scored criterion per problem (consensus or members' mean); absent = no data. */
export type ScoredValues = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface CriterionCell {
  key: string;
  /** The criterion's own value (share 0..1, rate, trend, count, or 1–5); null = no data. */
  raw: number | null;
  /** 0–100 after min–max (and inversion for 'lower'); null = no data. */
  normalised: number | null;
  /** Points this criterion adds to the score (the stacked bar's segment); 0 without data. */
  contribution: number;
}

export interface RankedProblem {
  code: string;
  /** 0–100; null when the problem has no data on any active criterion. */
  score: number | null;
  /** 1-based competition rank; shared by ties; null without a score. */
  rank: number | null;
  tied: boolean;
  cells: CriterionCell[];
  /** Percentage points of weight that had data for this problem (100 = complete). */
  coverage: number;
  /** Coverage below 50: the score rests on less than half of the agreed weight. */
  flagged: boolean;
  /** Active criteria with no data for this problem. */
  noData: string[];
}

export interface Ranking {
  /** Active criteria, in the order given. */
  criteria: Criterion[];
  /** Problems ordered by rank; problems without a score last, in input order. */
  rows: RankedProblem[];
  /** Active criteria on which all problems with data were equal (each got 50). */
  allEqual: string[];
}

export const TIE_EPSILON = 1e-9;

/** Rounds to 9 decimals, so that (0.3 − 0.1) / (0.5 − 0.1) · 100 is 50, not 49.999…; scores stay comparable. */
export function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
/** Coverage (weight points with data) below which a problem is flagged. */
export const COVERAGE_FLAG = 50;

/** The raw value of one criterion for one problem. */
export function rawValue(
  criterion: Criterion,
  evidence: ProblemEvidence,
  scored: ScoredValues,
): number | null {
  const bySource: Record<Exclude<CriterionSource, 'scored'>, number | null> = {
    'study-share': evidence.share,
    'study-police-rate': evidence.policeRate,
    'study-police-trend': evidence.policeTrend,
    'study-complaints': evidence.complaints,
  };
  const value =
    criterion.source === 'scored'
      ? scored[evidence.code]?.[criterion.key]
      : bySource[criterion.source];
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}

/** Min–max to 0–100 over the non-null values; all equal → 50; 'lower' inverts. */
export function normalise(
  values: readonly (number | null)[],
  direction: 'higher' | 'lower',
): { values: (number | null)[]; allEqual: boolean } {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return { values: values.map(() => null), allEqual: false };
  const min = Math.min(...present);
  const max = Math.max(...present);
  const allEqual = max - min <= TIE_EPSILON;
  return {
    allEqual,
    values: values.map((v) => {
      if (v === null) return null;
      if (allEqual) return 50;
      const up = ((v - min) / (max - min)) * 100;
      return clean(direction === 'lower' ? 100 - up : up);
    }),
  };
}

/**
 * Competition ranks of scores (higher first), ties within TIE_EPSILON shared, nulls unranked.
 * Returns the ranks in input order and the input indexes in ranked order (stable).
 */
export function rankScores(scores: readonly (number | null)[]): {
  ranks: (number | null)[];
  order: number[];
  tied: boolean[];
} {
  const order = scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => {
      if (a.score === null || b.score === null)
        return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) || a.index - b.index;
      return Math.abs(a.score - b.score) <= TIE_EPSILON ? a.index - b.index : b.score - a.score;
    })
    .map((entry) => entry.index);
  const ranks: (number | null)[] = scores.map(() => null);
  const tied = scores.map(() => false);
  let previous: number | null = null;
  let previousRank = 0;
  order.forEach((index, position) => {
    const score = scores[index]!;
    if (score === null) return;
    if (previous !== null && Math.abs(previous - score) <= TIE_EPSILON) {
      ranks[index] = previousRank;
      tied[index] = true;
      const first = order.find((i) => ranks[i] === previousRank);
      if (first !== undefined) tied[first] = true;
    } else {
      previousRank = position + 1;
      ranks[index] = previousRank;
    }
    previous = score;
  });
  return { ranks, order, tied };
}

/** Scores and ranks the problems on the active criteria (see the header for the method). */
export function rankProblems(
  criteria: readonly Criterion[],
  problems: readonly ProblemEvidence[],
  scored: ScoredValues = {},
): Ranking {
  const active = criteria.filter((c) => c.active);
  const allEqual: string[] = [];
  const normalisedByCriterion = active.map((criterion) => {
    const raws = problems.map((p) => rawValue(criterion, p, scored));
    const result = normalise(raws, criterion.direction);
    if (result.allEqual) allEqual.push(criterion.key);
    return { raws, normalised: result.values };
  });

  const rows = problems.map((problem, p): RankedProblem => {
    let coverage = 0;
    let weighted = 0;
    const noData: string[] = [];
    active.forEach((criterion, c) => {
      const value = normalisedByCriterion[c]!.normalised[p];
      if (value === null || value === undefined) noData.push(criterion.key);
      else {
        coverage += criterion.weight;
        weighted += criterion.weight * value;
      }
    });
    const cells = active.map((criterion, c): CriterionCell => {
      const normalised = normalisedByCriterion[c]!.normalised[p] ?? null;
      return {
        key: criterion.key,
        raw: normalisedByCriterion[c]!.raws[p] ?? null,
        normalised,
        contribution:
          normalised === null || coverage === 0
            ? 0
            : clean((criterion.weight * normalised) / coverage),
      };
    });
    return {
      code: problem.code,
      score: coverage > 0 ? clean(weighted / coverage) : null,
      rank: null,
      tied: false,
      cells,
      coverage,
      flagged: coverage < COVERAGE_FLAG,
      noData,
    };
  });

  const { ranks, order, tied } = rankScores(rows.map((row) => row.score));
  return {
    criteria: active.map((c) => ({ ...c })),
    allEqual,
    rows: order.map((index) => ({ ...rows[index]!, rank: ranks[index]!, tied: tied[index]! })),
  };
}

/** Rank of each problem on one measure alone (a stakeholder's view); null values unranked. */
export function rankByValue(
  items: readonly { code: string; value: number | null }[],
): { code: string; value: number | null; rank: number | null }[] {
  const { ranks, order } = rankScores(items.map((item) => item.value));
  return order.map((index) => ({ ...items[index]!, rank: ranks[index]! }));
}
