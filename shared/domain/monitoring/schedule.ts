/*
 * Where each activity of an approved plan stands against its schedule (issue 15, the monitoring
 * screen): done, overdue, due this quarter, or later. An activity is due when its planned end falls
 * in the current quarter, overdue when its planned end has passed and it is neither done, cancelled
 * nor carried over. Quarters are `YYYY-Qn`, dates `YYYY-MM-DD` in the PC's local time.
 */
import type { ActivityStatus } from '../../schemas/monitoring';
import type { Timing } from '../../schemas/plan';

/** The quarter a date falls in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first and last day of a quarter. */
export function quarterDates(quarter: string): { start: string; end: string } {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  const endMonth = q * 3;
  const lastDay = [31, 30, 30, 31][q - 1]!;
  return {
    start: `${year}-${String(endMonth - 2).padStart(2, '0')}-01`,
    end: `${year}-${String(endMonth).padStart(2, '0')}-${lastDay}`,
  };
}

/** The planned last day of an activity, if it has a timing. */
export function plannedEnd(timing: Timing | undefined): string | undefined {
  if (!timing) return undefined;
  return timing.kind === 'dates' ? timing.end : quarterDates(timing.end).end;
}

/** Where an activity stands on a given day. */
export type ScheduleState =
  'done' | 'closed' | 'overdue' | 'dueThisQuarter' | 'later' | 'unscheduled';

const CLOSED: readonly ActivityStatus[] = ['cancelled', 'carriedOver'];

/** The schedule state of an activity with its status on `today`. */
export function scheduleState(
  timing: Timing | undefined,
  status: ActivityStatus,
  today: string,
): ScheduleState {
  if (status === 'done') return 'done';
  if (CLOSED.includes(status)) return 'closed';
  const end = plannedEnd(timing);
  if (!end) return 'unscheduled';
  if (end < today) return 'overdue';
  return end <= quarterDates(quarterOf(today)).end ? 'dueThisQuarter' : 'later';
}

/**
 * Whether an indicator is on track: the share of the way to its target it has come is at least the
 * share of the activity's planned time that has passed (a straight line from start to end). Null
 * when it cannot be said (no timing, no measurement, or no way to target).
 */
export function onTrack(
  timing: Timing | undefined,
  percentOfWay: number | null,
  today: string,
): boolean | null {
  if (percentOfWay === null || !timing) return null;
  if (percentOfWay >= 100) return true;
  const start = timing.kind === 'dates' ? timing.start : quarterDates(timing.start).start;
  const end = plannedEnd(timing)!;
  const elapsed = dayNumber(today) - dayNumber(start);
  const length = dayNumber(end) - dayNumber(start) + 1;
  const expected = Math.min(100, Math.max(0, (elapsed / length) * 100));
  return percentOfWay >= expected;
}

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    86_400_000
  );
}
