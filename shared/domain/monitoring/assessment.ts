/*
 * The assessment of a priority (issue 16, problem-oriented policing's Assessment step): was the
 * response carried out as planned (process), and did the problem decline (impact)? The app
 * proposes the process answer from the activities' statuses and spending; the working group
 * confirms or changes it, and writes the conclusion in plain words.
 */
import type { ActivityStatus } from '../../schemas/monitoring';
import type { Change } from './indicators';

/** Was the response carried out as planned? */
export const IMPLEMENTATION_ANSWERS = ['yes', 'partly', 'no'] as const;
export type ImplementationAnswer = (typeof IMPLEMENTATION_ANSWERS)[number];

/** One activity of the priority, as far as the process question is concerned. */
export interface ActivityOutcome {
  status: ActivityStatus;
  percent: number;
}

/**
 * The proposed process answer: "yes" when every activity is done and at least 90 % of the money
 * was spent; "no" when none is done or started and less than 10 % was spent (or every activity
 * was cancelled); "partly" otherwise. `realised` is cumulative spending / plan (null: no budget).
 */
export function proposeImplementation(
  activities: readonly ActivityOutcome[],
  realised: number | null,
): ImplementationAnswer {
  if (!activities.length) return 'no';
  const money = realised ?? 1;
  if (activities.every((a) => a.status === 'done') && money >= 0.9) return 'yes';
  const cancelled = activities.every((a) => a.status === 'cancelled');
  const nothingMoved = activities.every((a) => a.percent === 0 && a.status !== 'done');
  if (cancelled || (nothingMoved && money < 0.1)) return 'no';
  return 'partly';
}

/** What a before/after comparison of an outcome says, for the report's plain words. */
export type OutcomeVerdict = 'improved' | 'worsened' | 'noMeasurableChange';

/**
 * The verdict of a change of a measure whose `better` direction is given (the share naming a
 * problem should fall, feeling safe at night should rise). A change within the margin is "no
 * measurable change", never a result.
 */
export function outcomeVerdict(change: Change, better: 'up' | 'down'): OutcomeVerdict {
  if (!change.measurable) return 'noMeasurableChange';
  return change.change > 0 === (better === 'up') ? 'improved' : 'worsened';
}

/**
 * The change in the study area net of a comparison area's change (difference in differences),
 * with the margin of the two changes combined. Either may be absent.
 */
export function netOfComparison(area: Change, comparison: Change | undefined): Change {
  if (!comparison) return area;
  const change = area.change - comparison.change;
  const margin = Math.sqrt(area.margin ** 2 + comparison.margin ** 2);
  return { change, margin, measurable: Math.abs(change) > margin };
}

/**
 * A plan priority's identity across the versions of its plan (versions copy priorities under new
 * ids): the problem it was chosen for, else its first filled title. An assessment is kept by it.
 */
export function priorityKey(priority: {
  problemCode?: string;
  title: { ru?: string; ky?: string; en?: string };
}): string {
  if (priority.problemCode) return `problem:${priority.problemCode}`;
  const { ru, ky, en } = priority.title;
  return `title:${(ru || ky || en || '').trim()}`;
}
