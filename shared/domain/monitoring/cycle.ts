/*
 * Closing a plan cycle (issue 16): per activity the working group decides to continue, modify or
 * stop it; the next cycle's draft plan starts from the continued and modified activities, with the
 * latest measured value of each indicator as its new baseline.
 */
import type { ActivityStatus } from '../../schemas/monitoring';

/** What becomes of an activity in the next cycle. */
export const CYCLE_DECISIONS = ['continue', 'modify', 'stop'] as const;
export type CycleDecision = (typeof CYCLE_DECISIONS)[number];

/** Decisions that need a reason (what to change, why to stop). */
export const DECISIONS_WITH_REASON: readonly CycleDecision[] = ['modify', 'stop'];

/** The decision proposed from an activity's status: a cancelled activity stops, others continue. */
export function proposedDecision(status: ActivityStatus): CycleDecision {
  return status === 'cancelled' ? 'stop' : 'continue';
}

/** True when the activity goes into the next cycle's draft. */
export function carriedIntoNextCycle(decision: CycleDecision): boolean {
  return decision !== 'stop';
}

/**
 * The baseline of an indicator in the next cycle: its latest measured value (by date, then by when
 * it was recorded); without any measurement, the old baseline stays.
 */
export function nextBaseline(
  baseline: number | undefined,
  measurements: readonly { date: string; createdAt: string; value: number }[],
): number | undefined {
  let latest: (typeof measurements)[number] | undefined;
  for (const m of measurements) {
    if (
      !latest ||
      m.date > latest.date ||
      (m.date === latest.date && m.createdAt > latest.createdAt)
    )
      latest = m;
  }
  return latest ? latest.value : baseline;
}

/** The period of the next cycle: as long as this one, starting the year after it ends. */
export function nextCyclePeriod(plan: { startYear: number; endYear: number }): {
  startYear: number;
  endYear: number;
} {
  const startYear = plan.endYear + 1;
  return { startYear, endYear: startYear + (plan.endYear - plan.startYear) };
}
