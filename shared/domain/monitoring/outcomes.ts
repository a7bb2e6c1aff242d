/*
 * The impact half of a priority's assessment (issue 16): did the problem decline? Each linked
 * measure is compared before and after — two studies of the territory (share of residents naming
 * the problem, mean feeling of safety at night, trust in police) and police quarters before and
 * after (registered offences of the problem's category) — optionally net of a comparison
 * territory's change over the same time. A change within the 95 % margin of error is "no
 * measurable change", never a result.
 */
import { periodKind, quarterOf } from '../study/police';
import { netOfComparison, outcomeVerdict, type OutcomeVerdict } from './assessment';
import {
  compareEstimates,
  meanEstimate,
  proportionEstimate,
  Z95,
  type Change,
  type Estimate,
} from './indicators';

/** The measures an assessment compares before and after. */
export const OUTCOME_MEASURES = [
  'problemShare',
  'safeNight',
  'trustPolice',
  'policeCount',
] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

/** Which way each measure should move for the problem to have declined. */
export const BETTER: Record<OutcomeMeasure, 'up' | 'down'> = {
  problemShare: 'down',
  safeNight: 'up',
  trustPolice: 'up',
  policeCount: 'down',
};

/** The estimates of each measure at one time (a measure that cannot be estimated is absent). */
export type MeasureEstimates = Partial<Record<OutcomeMeasure, Estimate>>;

/**
 * A count of registered offences as an estimate: its margin is 1.96·√count (a Poisson count), so
 * the margin of a change between two counts is 1.96·√(before + after).
 */
export function countEstimate(count: number): Estimate {
  return { value: count, margin: Z95 * Math.sqrt(count), n: count };
}

/**
 * Registered offences of `code` in the quarters `from`..`to` (inclusive). Quarterly figures are
 * summed; a month counts only where its quarter has no quarterly figure (no double counting).
 * Null when no figure falls in the range.
 */
export function policeCountIn(
  stats: readonly { period: string; problemCode: string; count: number }[],
  code: string,
  from: string,
  to: string,
): number | null {
  const mine = stats.filter((s) => s.problemCode === code);
  const quartersWithFigure = new Set(
    mine.filter((s) => periodKind(s.period) === 'quarter').map((s) => s.period),
  );
  let sum: number | null = null;
  for (const stat of mine) {
    const quarter = quarterOf(stat.period);
    if (quarter < from || quarter > to) continue;
    if (periodKind(stat.period) === 'month' && quartersWithFigure.has(quarter)) continue;
    sum = (sum ?? 0) + stat.count;
  }
  return sum;
}

/** One measure compared before and after, in the study area and (optionally) the comparison one. */
export interface OutcomeRow {
  measure: OutcomeMeasure;
  before: Estimate;
  after: Estimate;
  change: Change;
  /** The comparison territory's change over the same time, when it could be measured. */
  comparison?: Change;
  /** The change net of the comparison's (the area's own when there is none). */
  net: Change;
  verdict: OutcomeVerdict;
}

/**
 * Every measure that both times estimate, compared. The comparison territory's change is netted
 * out where it has both estimates of that measure.
 */
export function outcomeRows(
  before: MeasureEstimates,
  after: MeasureEstimates,
  comparison?: { before: MeasureEstimates; after: MeasureEstimates },
): OutcomeRow[] {
  const rows: OutcomeRow[] = [];
  for (const measure of OUTCOME_MEASURES) {
    const b = before[measure];
    const a = after[measure];
    if (!b || !a) continue;
    const change = compareEstimates(b, a);
    const cb = comparison?.before[measure];
    const ca = comparison?.after[measure];
    const other = cb && ca ? compareEstimates(cb, ca) : undefined;
    const net = netOfComparison(change, other);
    rows.push({
      measure,
      before: b,
      after: a,
      change,
      ...(other ? { comparison: other } : {}),
      net,
      verdict: outcomeVerdict(net, BETTER[measure]),
    });
  }
  return rows;
}

/** The measures of the problem itself; the others (safety at night, trust) concern every priority. */
export const PROBLEM_MEASURES: readonly OutcomeMeasure[] = ['problemShare', 'policeCount'];

/**
 * Whether the problem counts as resolved for the next cycle: a measure of the problem itself (the
 * share naming it, its registered offences) improved beyond its margin and no measure worsened.
 * Without such a measured improvement it stays unresolved.
 */
export function problemResolved(rows: readonly Pick<OutcomeRow, 'measure' | 'verdict'>[]): boolean {
  return (
    rows.some((r) => PROBLEM_MEASURES.includes(r.measure) && r.verdict === 'improved') &&
    !rows.some((r) => r.verdict === 'worsened')
  );
}

/** The answers of one questionnaire an outcome reads. */
export interface OutcomeAnswers {
  problems: readonly { code: string }[];
  safeNight?: number;
  trustPolice?: number;
}

/**
 * A study's estimates: the share of respondents naming `code` (when the priority names a problem)
 * with its margin 1.96·√(p(1−p)/n), and the means of feeling safe at night and of trust in police
 * (1–5) with their margins 1.96·s/√n. A mean of fewer than two answers has no margin: left out.
 */
export function surveyEstimates(
  responses: readonly OutcomeAnswers[],
  code: string | undefined,
): MeasureEstimates {
  const out: MeasureEstimates = {};
  if (code) {
    const named = responses.filter((r) => r.problems.some((p) => p.code === code)).length;
    const share = proportionEstimate(named, responses.length);
    if (share) out.problemShare = share;
  }
  const meanOf = (values: (number | undefined)[]) => {
    const given = values.filter((v): v is number => v !== undefined);
    return given.length >= 2 ? meanEstimate(given) : null;
  };
  const night = meanOf(responses.map((r) => r.safeNight));
  if (night) out.safeNight = night;
  const trust = meanOf(responses.map((r) => r.trustPolice));
  if (trust) out.trustPolice = trust;
  return out;
}
