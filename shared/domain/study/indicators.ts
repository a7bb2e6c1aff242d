/*
 * The one call the priorities feature needs: every problem's evidence from the three stakeholder
 * groups — residents (share naming it, mean concern), police (count, rate, trend) and local
 * government (complaints and observations).
 */
import type { Complaint, PoliceStat } from '../../schemas/study';
import { totalOf, type CubeFilter, type StudyCube } from './cube';
import { mean } from './analysis';
import { complaintTotals, latestPeriod, policeIndicator } from './police';

export interface ProblemIndicators {
  code: string;
  /** Respondents in the (filtered) study — the denominator of `share`. */
  respondents: number;
  /** Respondents naming the problem. */
  named: number;
  /** named / respondents, 0..1; null without respondents. */
  share: number | null;
  /** Mean concern 1–5 among those who rated it; null when nobody did. */
  meanConcern: number | null;
  /** Police period used (the latest in the data unless given). */
  policePeriod: string | null;
  policeCount: number | null;
  policePreviousCount: number | null;
  /** Offences per 100,000 residents in `policePeriod`. */
  policeRate: number | null;
  /** Relative change against the previous period, e.g. 0.25 = +25 %; null when not computable. */
  policeTrend: number | null;
  /** Complaints plus observations counted by the local government. */
  complaints: number;
}

export interface ProblemIndicatorInput {
  /** The problems to report, in order (usually the catalogue's active codes). */
  codes: readonly string[];
  /** The study's cube; omit when there is no survey. */
  cube?: StudyCube;
  filter?: CubeFilter;
  policeStats?: readonly PoliceStat[];
  complaints?: readonly Complaint[];
  /** The territory's population, for rates per 100,000. */
  population: number;
  /** Police period to report; defaults to the latest period in `policeStats`. */
  policePeriod?: string;
  /** Complaints within these periods only (inclusive). */
  complaintsFrom?: string;
  complaintsTo?: string;
}

/** Per-problem indicators for priority setting (pure; figures as in the study's analysis screens). */
export function problemIndicators(input: ProblemIndicatorInput): ProblemIndicators[] {
  const total = input.cube ? totalOf(input.cube, input.filter) : null;
  const stats = input.policeStats ?? [];
  const period = input.policePeriod ?? latestPeriod(stats);
  const complaints = complaintTotals(input.complaints ?? [], {
    from: input.complaintsFrom,
    to: input.complaintsTo,
  });
  return input.codes.map((code) => {
    const named = total?.named[code] ?? 0;
    const respondents = total?.n ?? 0;
    const police = policeIndicator(stats, code, input.population, period);
    const c = complaints.get(code);
    return {
      code,
      respondents,
      named,
      share: respondents > 0 ? named / respondents : null,
      meanConcern: total ? mean(total.concernSum[code] ?? 0, total.concernN[code] ?? 0) : null,
      policePeriod: police.period,
      policeCount: police.count,
      policePreviousCount: police.previousCount,
      policeRate: police.ratePer100k,
      policeTrend: police.trend,
      complaints: c ? c.complaints + c.observations : 0,
    };
  });
}
