/*
 * The rows of the outcome indicators' table (issue 15, item 3): for each outcome indicator of the
 * plan (shared/domain/monitoring/outcomes) its baseline, the value a later study or newer police
 * quarters propose with N and margin, what accepting it would record, and the values recorded.
 * Pure: the hook reads the studies, responses and police statistics and hands them here.
 */
import {
  MEASURE_SOURCE,
  outcomeIndicators,
  policeEstimate,
  proposeOutcome,
  splitQuarters,
  studyEstimate,
  type OutcomeIndicator,
  type OutcomeMeasure,
  type OutcomeProposal,
  type SurveySummary,
} from '../../../shared/domain/monitoring/outcomes';
import { MEASURE_DECIMALS } from '../../../shared/domain/monitoring/assessment-outcomes';
import type { Estimate } from '../../../shared/domain/monitoring/indicators';
import { quarterDates } from '../../../shared/domain/monitoring/schedule';
import type { OutcomeMeasurement } from '../../../shared/schemas/monitoring';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import type { Plan, PlanPriority } from '../../../shared/schemas/plan';
import type { PoliceStat, Study } from '../../../shared/schemas/study';

/** Decimals a measure's values are recorded with. */
export const DECIMALS: Record<OutcomeMeasure, number> = MEASURE_DECIMALS;

/** Where a proposed value comes from: a study, or a run of police quarters. */
export type OutcomeOrigin =
  { kind: 'study'; study: Study } | { kind: 'police'; from: string; to: string };

export interface OutcomeRow {
  indicator: OutcomeIndicator;
  /** The priority whose problem it measures (none for the territory-wide measures). */
  priorityTitle?: LocalizedText;
  baseline: Estimate | null;
  proposal: OutcomeProposal | null;
  origin?: OutcomeOrigin;
  /** The police quarters of the baseline (police measures only). */
  baselineQuarters?: { from: string; to: string };
  /** The record accepting the proposal writes (value and margin rounded as shown). */
  accept?: { date: string; value: number; margin: number; n: number; origin: string };
  /** True when a recorded value came from this proposal's origin. */
  accepted: boolean;
  /** Recorded values, newest first. */
  recorded: OutcomeMeasurement[];
}

export interface OutcomeSources {
  baselineStudy?: Study;
  laterStudy?: Study;
  baselineSummary?: SurveySummary;
  laterSummary?: SurveySummary;
  police: readonly Pick<PoliceStat, 'period' | 'problemCode' | 'count'>[];
}

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** Quarterly counts of one police category, summed per quarter. */
function countsOf(police: OutcomeSources['police'], code: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of police)
    if (s.problemCode === code) out.set(s.period, (out.get(s.period) ?? 0) + s.count);
  return out;
}

/** The rows of the plan's outcome indicators. */
export function outcomeRows(
  plan: Pick<Plan, 'startYear'>,
  priorities: readonly Pick<PlanPriority, 'problemCode' | 'title'>[],
  sources: OutcomeSources,
  recorded: readonly OutcomeMeasurement[],
): OutcomeRow[] {
  const codes = priorities.flatMap((p) => (p.problemCode ? [p.problemCode] : []));
  const policeCodes = new Set(sources.police.map((s) => s.problemCode));
  const titleOf = new Map(priorities.map((p) => [p.problemCode, p.title]));
  return outcomeIndicators(codes, policeCodes).map((indicator): OutcomeRow => {
    let baseline: Estimate | null;
    let later: Estimate | null;
    let origin: OutcomeOrigin | undefined;
    let date: string | undefined;
    let originKey: string | undefined;
    let baselineQuarters: OutcomeRow['baselineQuarters'];
    if (MEASURE_SOURCE[indicator.measure] === 'study') {
      const { baselineSummary, laterSummary, laterStudy } = sources;
      baseline = baselineSummary ? studyEstimate(baselineSummary, indicator) : null;
      later = laterSummary ? studyEstimate(laterSummary, indicator) : null;
      if (laterStudy) {
        origin = { kind: 'study', study: laterStudy };
        [date, originKey] = [laterStudy.periodTo, laterStudy.id];
      }
    } else {
      const counts = countsOf(sources.police, indicator.problemCode!);
      const { before, after } = splitQuarters(counts.keys(), plan.startYear);
      baseline = policeEstimate(before.map((q) => counts.get(q)!));
      later = policeEstimate(after.map((q) => counts.get(q)!));
      if (before.length) baselineQuarters = { from: before[0]!, to: before[before.length - 1]! };
      if (after.length) {
        const [from, to] = [after[0]!, after[after.length - 1]!];
        origin = { kind: 'police', from, to };
        [date, originKey] = [quarterDates(to).end, `${from}…${to}`];
      }
    }
    const proposal = proposeOutcome(indicator, baseline, later);
    const digits = DECIMALS[indicator.measure];
    const mine = recorded
      .filter((m) => m.outcomeKey === indicator.key)
      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    const usable = proposal !== null && Number.isFinite(proposal.proposed.margin);
    return {
      indicator,
      priorityTitle: indicator.problemCode ? titleOf.get(indicator.problemCode) : undefined,
      baseline,
      proposal,
      origin,
      baselineQuarters,
      accept:
        usable && date && originKey
          ? {
              date,
              value: round(proposal.proposed.value, digits),
              margin: round(proposal.proposed.margin, digits),
              n: proposal.proposed.n,
              origin: originKey,
            }
          : undefined,
      accepted: originKey !== undefined && mine.some((m) => m.origin === originKey),
      recorded: mine,
    };
  });
}
