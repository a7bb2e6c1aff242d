import { describe, expect, it } from 'vitest';
import {
  isReportPeriod,
  periodDates,
  periodInPlan,
  periodParts,
  periodQuarters,
  planPeriods,
  quartersToDate,
} from './period';

describe('report periods', () => {
  it('reads the three stored forms and refuses anything else', () => {
    expect(periodParts('2026')).toEqual({ kind: 'year', year: 2026, part: 1 });
    expect(periodParts('2026-H2')).toEqual({ kind: 'half', year: 2026, part: 2 });
    expect(periodParts('2027-Q3')).toEqual({ kind: 'quarter', year: 2027, part: 3 });
    for (const bad of ['2026-Q5', '2026-H3', '2026-Q0', '26', '2026-q1', '2026-H1 ', ''])
      expect(isReportPeriod(bad)).toBe(false);
  });

  it('gives each period its quarters and its first and last day', () => {
    expect(periodQuarters('2026-H1')).toEqual(['2026-Q1', '2026-Q2']);
    expect(periodQuarters('2026-H2')).toEqual(['2026-Q3', '2026-Q4']);
    expect(periodQuarters('2026')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodDates('2026-H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodDates('2026-H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodDates('2027-Q3')).toEqual({ from: '2027-07-01', to: '2027-09-30' });
    expect(periodDates('2027')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('shows the quarters of the year up to the period’s end', () => {
    expect(quartersToDate('2026-Q1')).toEqual(['2026-Q1']);
    expect(quartersToDate('2026-H1')).toEqual(['2026-Q1', '2026-Q2']);
    expect(quartersToDate('2027-Q3')).toEqual(['2027-Q1', '2027-Q2', '2027-Q3']);
  });

  it('lists a plan’s periods and knows which lie in it', () => {
    const all = planPeriods(2026, 2027);
    expect(all).toHaveLength(8 + 4 + 2);
    expect(all.slice(0, 2)).toEqual(['2026-Q1', '2026-Q2']);
    expect(all.slice(8, 10)).toEqual(['2026-H1', '2026-H2']);
    expect(all.slice(-2)).toEqual(['2026', '2027']);
    expect(periodInPlan('2027-H2', 2026, 2027)).toBe(true);
    expect(periodInPlan('2028-Q1', 2026, 2027)).toBe(false);
    expect(periodInPlan('2025', 2026, 2027)).toBe(false);
  });
});
