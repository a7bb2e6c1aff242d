/*
 * Outcome indicators of a plan's priorities (issue 15, item 3) and the values a later study or
 * newer police quarters propose for them. A priority linked to a problem of the catalogue has two:
 * the share of respondents naming the problem and, when the police count it, the problem's police
 * category (recorded cases per quarter); the territory as a whole has the mean feeling of safety
 * at night (SDG 16.1.4) and the mean trust in police. The baseline is the newest study ending
 * before the plan starts (and the last four quarters before it); the proposal comes from the
 * newest study starting within the plan (and the quarters from its start). A change smaller than
 * the combined 95 % margin is "no measurable change", never a result.
 */
import type { SurveyAnswers } from '../../schemas/study';
import { outcomeVerdict, type OutcomeVerdict } from './assessment';
import {
  compareEstimates,
  meanEstimate,
  proportionEstimate,
  Z95,
  type Change,
  type Estimate,
} from './indicators';

export const OUTCOME_MEASURES = [
  'problemShare',
  'policeCount',
  'safeNight',
  'trustPolice',
] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

/** The direction in which each measure gets better. */
export const BETTER: Record<OutcomeMeasure, 'up' | 'down'> = {
  problemShare: 'down',
  policeCount: 'down',
  safeNight: 'up',
  trustPolice: 'up',
};

/** Where a measure's values come from. */
export const MEASURE_SOURCE: Record<OutcomeMeasure, 'study' | 'police'> = {
  problemShare: 'study',
  policeCount: 'police',
  safeNight: 'study',
  trustPolice: 'study',
};

export interface OutcomeIndicator {
  /** Stable across plan versions: `problemShare:<code>`, `policeCount:<code>`, `safeNight`, `trustPolice`. */
  key: string;
  measure: OutcomeMeasure;
  problemCode?: string;
}

/** The key of an outcome indicator. */
export function outcomeKey(measure: OutcomeMeasure, problemCode?: string): string {
  return problemCode ? `${measure}:${problemCode}` : measure;
}

/** The outcome indicator a key names, or null for a malformed key. */
export function parseOutcomeKey(key: string): OutcomeIndicator | null {
  const [measure, code, ...rest] = key.split(':');
  if (rest.length || !OUTCOME_MEASURES.includes(measure as OutcomeMeasure)) return null;
  const perProblem = measure === 'problemShare' || measure === 'policeCount';
  if (perProblem !== Boolean(code)) return null;
  return { key, measure: measure as OutcomeMeasure, ...(code ? { problemCode: code } : {}) };
}

/**
 * The plan's outcome indicators: per problem of its priorities (in order, once each) the share
 * naming it and, if `policeCodes` has it, its police category; then safe at night and trust.
 */
export function outcomeIndicators(
  problemCodes: readonly string[],
  policeCodes: ReadonlySet<string>,
): OutcomeIndicator[] {
  const out: OutcomeIndicator[] = [];
  for (const code of new Set(problemCodes)) {
    out.push({ key: outcomeKey('problemShare', code), measure: 'problemShare', problemCode: code });
    if (policeCodes.has(code))
      out.push({ key: outcomeKey('policeCount', code), measure: 'policeCount', problemCode: code });
  }
  for (const measure of ['safeNight', 'trustPolice'] as const) out.push({ key: measure, measure });
  return out;
}

/** What a study's responses say about the outcome measures, gathered in one pass. */
export interface SurveySummary {
  respondents: number;
  named: Map<string, number>;
  safeNight: number[];
  trustPolice: number[];
}

/** Sums a study's responses for the outcome measures. */
export function summariseSurvey(
  responses: Iterable<Pick<SurveyAnswers, 'problems' | 'safeNight' | 'trustPolice'>>,
): SurveySummary {
  const summary: SurveySummary = {
    respondents: 0,
    named: new Map(),
    safeNight: [],
    trustPolice: [],
  };
  for (const r of responses) {
    summary.respondents += 1;
    for (const p of r.problems) summary.named.set(p.code, (summary.named.get(p.code) ?? 0) + 1);
    if (r.safeNight !== undefined) summary.safeNight.push(r.safeNight);
    if (r.trustPolice !== undefined) summary.trustPolice.push(r.trustPolice);
  }
  return summary;
}

/**
 * A study's estimate of a survey measure: a share as a percentage of all respondents (margin in
 * percentage points), a mean on the 1–5 scale. Null without respondents.
 */
export function studyEstimate(
  summary: SurveySummary,
  indicator: OutcomeIndicator,
): Estimate | null {
  if (indicator.measure === 'problemShare') {
    const share = proportionEstimate(
      summary.named.get(indicator.problemCode!) ?? 0,
      summary.respondents,
    );
    return share && { value: share.value * 100, margin: share.margin * 100, n: share.n };
  }
  if (indicator.measure === 'safeNight') return meanEstimate(summary.safeNight);
  if (indicator.measure === 'trustPolice') return meanEstimate(summary.trustPolice);
  return null;
}

/**
 * Recorded cases per quarter over `counts` (one per quarter), with the Poisson margin of a count:
 * the sum has variance equal to itself, so the mean's margin is 1.96·√Σ / k; `n` is k quarters.
 */
export function policeEstimate(counts: readonly number[]): Estimate | null {
  if (counts.length === 0) return null;
  const sum = counts.reduce((a, b) => a + b, 0);
  const k = counts.length;
  return { value: sum / k, margin: (Z95 * Math.sqrt(sum)) / k, n: k };
}

/** Quarters (`2026-Q1`) before the plan's first quarter (the last `baselineCount`) and from it. */
export function splitQuarters(
  quarters: Iterable<string>,
  startYear: number,
  baselineCount = 4,
): { before: string[]; after: string[] } {
  const start = `${startYear}-Q1`;
  const sorted = [...new Set(quarters)].filter((q) => /^\d{4}-Q[1-4]$/.test(q)).sort();
  return {
    before: sorted.filter((q) => q < start).slice(-baselineCount),
    after: sorted.filter((q) => q >= start),
  };
}

/** The baseline study (newest ending before the plan) and the later one (newest starting in it). */
export function splitStudies<S extends { periodFrom: string; periodTo: string }>(
  studies: readonly S[],
  startYear: number,
  endYear: number,
): { baseline?: S; later?: S } {
  const start = `${startYear}-01-01`;
  const end = `${endYear}-12-31`;
  const newest = (list: S[]) => list.sort((a, b) => b.periodTo.localeCompare(a.periodTo))[0];
  return {
    baseline: newest(studies.filter((s) => s.periodTo < start)),
    later: newest(studies.filter((s) => s.periodFrom >= start && s.periodFrom <= end)),
  };
}

/** A value proposed for an outcome indicator, against its baseline. */
export interface OutcomeProposal {
  baseline: Estimate;
  proposed: Estimate;
  change: Change;
  verdict: OutcomeVerdict;
}

/** Compares the proposed estimate with the baseline in the measure's better direction. */
export function proposeOutcome(
  indicator: OutcomeIndicator,
  baseline: Estimate | null,
  proposed: Estimate | null,
): OutcomeProposal | null {
  if (!baseline || !proposed) return null;
  const change = compareEstimates(baseline, proposed);
  return { baseline, proposed, change, verdict: outcomeVerdict(change, BETTER[indicator.measure]) };
}
