import { describe, expect, it } from 'vitest';
import type { Timing } from '../../schemas/plan';
import { onTrack, plannedEnd, quarterDates, quarterOf, scheduleState } from './schedule';

const firstQuarter: Timing = { kind: 'dates', start: '2026-01-10', end: '2026-03-31' };
const secondHalf: Timing = { kind: 'quarters', start: '2026-Q3', end: '2026-Q4' };
const year: Timing = { kind: 'dates', start: '2026-01-01', end: '2026-12-31' };

describe('schedule', () => {
  it('knows quarters and their days', () => {
    expect(quarterOf('2026-05-10')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(quarterDates('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterDates('2026-Q2').end).toBe('2026-06-30');
    expect(quarterDates('2026-Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterDates('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(plannedEnd(secondHalf)).toBe('2026-12-31');
  });

  it('tells done, overdue, due this quarter, later, closed and unscheduled apart', () => {
    expect(scheduleState(firstQuarter, 'inProgress', '2026-04-05')).toBe('overdue');
    expect(scheduleState(firstQuarter, 'delayed', '2026-03-31')).toBe('dueThisQuarter');
    expect(scheduleState(firstQuarter, 'done', '2026-04-05')).toBe('done');
    expect(scheduleState(secondHalf, 'planned', '2026-05-01')).toBe('later');
    expect(scheduleState(secondHalf, 'planned', '2026-11-01')).toBe('dueThisQuarter');
    expect(scheduleState(firstQuarter, 'cancelled', '2026-06-01')).toBe('closed');
    expect(scheduleState(firstQuarter, 'carriedOver', '2026-06-01')).toBe('closed');
    expect(scheduleState(undefined, 'started', '2026-06-01')).toBe('unscheduled');
  });

  it('is on track when the way to target keeps up with the time passed', () => {
    // 2 July: 182 of 365 days gone, 49.9 %.
    expect(onTrack(year, 50, '2026-07-02')).toBe(true);
    expect(onTrack(year, 49, '2026-07-02')).toBe(false);
    expect(onTrack(year, 100, '2026-01-02')).toBe(true);
    expect(onTrack(year, 0, '2025-12-01')).toBe(true);
    expect(onTrack(year, null, '2026-07-02')).toBeNull();
    expect(onTrack(undefined, 30, '2026-07-02')).toBeNull();
  });
});
