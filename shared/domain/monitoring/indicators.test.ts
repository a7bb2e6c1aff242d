import { describe, expect, it } from 'vitest';
import { compareEstimates, meanEstimate, percentOfWay, proportionEstimate } from './indicators';

describe('indicators', () => {
  it('measures the way from baseline to target, rising and falling', () => {
    expect(percentOfWay(20, 60, 35)).toBe(37.5);
    expect(percentOfWay(40, 30, 35)).toBe(50);
    expect(percentOfWay(40, 30, 45)).toBe(-50);
    expect(percentOfWay(40, 30, 30)).toBe(100);
    expect(percentOfWay(5, 5, 7)).toBeNull();
  });

  it('gives the 95 % margin of a proportion and of a mean', () => {
    // 200 of 400: 1.96 × √(0.25 / 400) = 1.96 × 0.025
    const p = proportionEstimate(200, 400)!;
    expect(p.value).toBe(0.5);
    expect(p.margin).toBeCloseTo(0.049, 10);
    expect(proportionEstimate(0, 0)).toBeNull();
    // 1..5: mean 3, s² = 10 / 4 = 2.5, margin 1.96 × √2.5 / √5 = 1.96 × √0.5
    const m = meanEstimate([1, 2, 3, 4, 5])!;
    expect(m.value).toBe(3);
    expect(m.margin).toBeCloseTo(1.96 * Math.SQRT1_2, 10);
    expect(meanEstimate([4])!.margin).toBe(Infinity);
  });

  it('calls a change within the combined margin no measurable change', () => {
    const before = { value: 0.5, margin: 0.049, n: 400 };
    const small = compareEstimates(before, { value: 0.55, margin: 0.049, n: 400 });
    expect(small.margin).toBeCloseTo(0.049 * Math.SQRT2, 10);
    expect(small.measurable).toBe(false);
    const large = compareEstimates(before, { value: 0.6, margin: 0.048, n: 400 });
    expect(large.change).toBeCloseTo(0.1, 10);
    expect(large.measurable).toBe(true);
    expect(compareEstimates(before, { value: 0.38, margin: 0.048, n: 400 }).measurable).toBe(true);
  });
});
