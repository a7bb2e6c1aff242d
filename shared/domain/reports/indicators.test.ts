import { describe, expect, it } from 'vitest';
import { indicatorFigures } from './indicators';

const MEASURED = [
  { date: '2026-02-10', value: 38 },
  { date: '2026-03-30', value: 36 },
  { date: '2026-05-15', value: 33 },
  { date: '2026-07-20', value: 30 },
];

describe('the indicator table of a report', () => {
  it('shows the latest value of each quarter up to the period’s end and the way to a falling target', () => {
    expect(indicatorFigures(40, 20, MEASURED, '2026-H1')).toEqual({
      quarters: ['2026-Q1', '2026-Q2'],
      values: [36, 33],
      latest: 33,
      achieved: 35,
    });
    expect(indicatorFigures(40, 20, MEASURED, '2026')).toEqual({
      quarters: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
      values: [36, 33, 30, null],
      latest: 30,
      achieved: 50,
    });
    expect(indicatorFigures(40, 20, MEASURED, '2026-Q1').achieved).toBe(20);
  });

  it('says nothing it cannot: no baseline, or nothing measured by the period’s end', () => {
    expect(indicatorFigures(undefined, 20, MEASURED, '2026-H1').achieved).toBeNull();
    const early = indicatorFigures(40, 20, [{ date: '2026-07-20', value: 30 }], '2026-H1');
    expect(early).toEqual({
      quarters: ['2026-Q1', '2026-Q2'],
      values: [null, null],
      latest: null,
      achieved: null,
    });
    // A rising indicator, from 10 to 60: 35 is half the way.
    expect(indicatorFigures(10, 60, [{ date: '2026-04-01', value: 35 }], '2026-Q2').achieved).toBe(
      50,
    );
  });
});
