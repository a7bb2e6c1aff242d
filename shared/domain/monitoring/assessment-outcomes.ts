/*
 * The impact half of a priority's assessment (issue 16): did the problem decline? Each measure of
 * the plan's outcome indicators (./outcomes: the share naming the problem, feeling safe at night,
 * trust in police, the problem's recorded cases per quarter) is compared between two times the
 * working group chose — two studies of the territory, two runs of police quarters — optionally net
 * of a comparison territory's change over the same time. The estimates and their margins are the
 * outcome indicators' own (studyEstimate, policeEstimate); a change within the 95 % margin is "no
 * measurable change", never a result.
 */
import { periodKind, quarterOf } from '../study/police';
import { netOfComparison, outcomeVerdict, type OutcomeVerdict } from './assessment';
import { compareEstimates, type Change, type Estimate } from './indicators';
import {
  BETTER,
  OUTCOME_MEASURES,
  outcomeKey,
  policeEstimate,
  studyEstimate,
  summariseSurvey,
  type OutcomeMeasure,
} from './outcomes';

/** Decimals a measure's values and changes are shown and recorded with. */
export const MEASURE_DECIMALS: Record<OutcomeMeasure, number> = {
  problemShare: 1,
  policeCount: 1,
  safeNight: 2,
  trustPolice: 2,
};

/** The estimates of each measure at one time (a measure that cannot be estimated is absent). */
export type MeasureEstimates = Partial<Record<OutcomeMeasure, Estimate>>;

/**
 * Recorded cases of `code` in each quarter `from`..`to` (inclusive) that has a figure: a quarter's
 * own figures, else the sum of its months (a month never counts twice beside its quarter).
 */
export function policeQuarterCounts(
  stats: readonly { period: string; problemCode: string; count: number }[],
  code: string,
  from: string,
  to: string,
): number[] {
  const quarterly = new Map<string, number>();
  const monthly = new Map<string, number>();
  for (const stat of stats) {
    const quarter = quarterOf(stat.period);
    if (stat.problemCode !== code || quarter < from || quarter > to) continue;
    const into = periodKind(stat.period) === 'quarter' ? quarterly : monthly;
    into.set(quarter, (into.get(quarter) ?? 0) + stat.count);
  }
  for (const [quarter, count] of monthly)
    if (!quarterly.has(quarter)) quarterly.set(quarter, count);
  return [...quarterly.keys()].sort().map((q) => quarterly.get(q)!);
}

/** The police estimate (recorded cases per quarter) of `code` over `from`..`to`, or null. */
export function policeEstimateIn(
  stats: readonly { period: string; problemCode: string; count: number }[],
  code: string,
  from: string,
  to: string,
): Estimate | null {
  return policeEstimate(policeQuarterCounts(stats, code, from, to));
}

/**
 * A study's estimates of the survey measures (the share naming `code` only when the priority names
 * a problem). A mean of a single answer has no margin and is left out.
 */
export function surveyEstimates(
  responses: Parameters<typeof summariseSurvey>[0],
  code: string | undefined,
): MeasureEstimates {
  const summary = summariseSurvey(responses);
  const out: MeasureEstimates = {};
  for (const measure of ['problemShare', 'safeNight', 'trustPolice'] as const) {
    const perProblem = measure === 'problemShare';
    if (perProblem && !code) continue;
    const problemCode = perProblem ? code : undefined;
    const estimate = studyEstimate(summary, {
      key: outcomeKey(measure, problemCode),
      measure,
      ...(problemCode ? { problemCode } : {}),
    });
    if (estimate && Number.isFinite(estimate.margin)) out[measure] = estimate;
  }
  return out;
}

/** One measure compared before and after, in the study area and (optionally) the comparison one. */
export interface AssessmentOutcome {
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
export function assessmentOutcomes(
  before: MeasureEstimates,
  after: MeasureEstimates,
  comparison?: { before: MeasureEstimates; after: MeasureEstimates },
): AssessmentOutcome[] {
  const rows: AssessmentOutcome[] = [];
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
      ...{ measure, before: b, after: a, change },
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
 * share naming it, its recorded cases) improved beyond its margin and no measure worsened.
 * Without such a measured improvement it stays unresolved.
 */
export function problemResolved(
  rows: readonly Pick<AssessmentOutcome, 'measure' | 'verdict'>[],
): boolean {
  return (
    rows.some((r) => PROBLEM_MEASURES.includes(r.measure) && r.verdict === 'improved') &&
    !rows.some((r) => r.verdict === 'worsened')
  );
}
