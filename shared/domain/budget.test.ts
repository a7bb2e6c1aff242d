import { describe, expect, it } from 'vitest';
import {
  addTotals,
  lineProblems,
  lineTotal,
  lineTotals,
  MAX_PLAN_TOTAL_TYIYN,
  parseQuantity,
  parseSom,
  planTotalAllowed,
  sharesFromPercents,
  somValue,
  splitByPercent,
  sumLines,
  totalsBy,
  zeroShares,
  type LineAmounts,
} from './budget';

const line = (over: Partial<LineAmounts> = {}): LineAmounts => ({
  quantityMilli: 2_000,
  unitCostTyiyn: 150_000,
  shares: { localBudget: 100_000, business: 50_000, donors: 100_000, residents: 30_000 },
  residentsInKind: true,
  ...over,
});

describe('lineTotal', () => {
  it('multiplies whole quantities exactly', () => {
    expect(lineTotal(3_000, 12_345)).toBe(37_035);
  });
  it('rounds fractional quantities half-up to the tyiyn', () => {
    // 2.5 × 0.01 som = 0.025 som = 2.5 tyiyn → 3
    expect(lineTotal(2_500, 1)).toBe(3);
    // 0.125 × 0.01 som = 0.125 tyiyn → 0; 0.5 tyiyn → 1
    expect(lineTotal(125, 1)).toBe(0);
    expect(lineTotal(500, 1)).toBe(1);
    // 1.005 × 1 som: floats give 100.49999…; exact arithmetic gives 100.5 → 101
    expect(lineTotal(1_005, 100)).toBe(101);
    expect(lineTotal(333, 3)).toBe(1);
  });
  it('is exact for the largest accepted amounts', () => {
    expect(lineTotal(1_000_000_000_000, 99_999)).toBe(99_999_000_000_000);
    // 999 999 999.999 × 999.99 som = 999 989 999 999.00001 som
    expect(lineTotal(999_999_999_999, 99_999)).toBe(99_998_999_999_900);
    expect(lineTotal(999_999_999_999, 99_999)).toBe(
      Number((999_999_999_999n * 99_999n + 500n) / 1000n),
    );
  });
  it('refuses negative or fractional inputs', () => {
    expect(() => lineTotal(-1, 5)).toThrow(RangeError);
    expect(() => lineTotal(1, 0.5)).toThrow(RangeError);
    expect(() => lineTotal(Number.NaN, 5)).toThrow(RangeError);
  });
});

describe('line totals', () => {
  it('computes unfunded, cash and in kind apart', () => {
    const totals = lineTotals(line());
    expect(totals.total).toBe(300_000);
    expect(totals.funded).toBe(280_000);
    expect(totals.unfunded).toBe(20_000);
    expect(totals.inKind).toBe(30_000);
    expect(totals.cash).toBe(250_000);
  });
  it('counts residents as cash when not in kind', () => {
    const totals = lineTotals(line({ residentsInKind: false }));
    expect(totals.inKind).toBe(0);
    expect(totals.cash).toBe(280_000);
  });
  it('sums and groups lines', () => {
    const lines = [
      line(),
      line({ unitCostTyiyn: 100_000, shares: { ...zeroShares(), donors: 200_000 } }),
      line(),
    ];
    const sum = sumLines(lines);
    expect(sum.total).toBe(800_000);
    expect(sum.bySource.donors).toBe(400_000);
    expect(sum.unfunded).toBe(40_000);
    expect(sum.total).toBe(sum.funded + sum.unfunded);
    expect(sum.funded).toBe(sum.cash + sum.inKind);
    const grouped = totalsBy(lines, (l) => l.unitCostTyiyn);
    expect([...grouped.keys()]).toEqual([150_000, 100_000]);
    expect(grouped.get(150_000)!.total).toBe(600_000);
    expect(addTotals(grouped.get(150_000)!, grouped.get(100_000)!)).toEqual(sum);
  });
});

describe('lineProblems', () => {
  it('accepts a valid line', () => {
    expect(lineProblems(line())).toEqual([]);
  });
  it('refuses shares larger than the total', () => {
    expect(lineProblems(line({ shares: { ...zeroShares(), donors: 300_001 } }))).toEqual([
      'plan:errors.sharesExceedTotal',
    ]);
  });
  it('refuses negative quantities, costs and shares', () => {
    expect(lineProblems(line({ quantityMilli: -1 }))).toContain('plan:errors.quantityNegative');
    expect(lineProblems(line({ unitCostTyiyn: -5 }))).toContain('plan:errors.unitCostNegative');
    expect(lineProblems(line({ shares: { ...zeroShares(), business: -1 } }))).toContain(
      'plan:errors.shareNegative',
    );
    expect(lineProblems(line({ quantityMilli: Number.NaN }))).toContain(
      'plan:errors.quantityNegative',
    );
  });
  it('refuses a line of 10^12 som or more', () => {
    expect(
      lineProblems(
        line({ quantityMilli: 1_000, unitCostTyiyn: MAX_PLAN_TOTAL_TYIYN, shares: zeroShares() }),
      ),
    ).toEqual(['plan:errors.lineTooLarge']);
  });
  it('limits plan totals below 10^12 som', () => {
    expect(planTotalAllowed(MAX_PLAN_TOTAL_TYIYN - 1)).toBe(true);
    expect(planTotalAllowed(MAX_PLAN_TOTAL_TYIYN)).toBe(false);
  });
});

describe('splitByPercent', () => {
  it('splits so the shares add up to the total exactly', () => {
    for (const total of [0, 1, 2, 99, 100, 101, 12_345, 1_000_001, 99_999_999_999_999]) {
      const parts = splitByPercent(total, [33.33, 33.33, 33.34]);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      const thirds = splitByPercent(total, [25, 25, 25, 25]);
      expect(thirds.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });
  it('gives the leftover tyiyn to the largest remainders, ties to the first', () => {
    expect(splitByPercent(100, [33.33, 33.33, 33.34])).toEqual([33, 33, 34]);
    expect(splitByPercent(1, [50, 50])).toEqual([1, 0]);
    expect(splitByPercent(3, [50, 50])).toEqual([2, 1]);
  });
  it('leaves the rest unfunded when percentages make less than 100', () => {
    expect(splitByPercent(1_000, [40, 30])).toEqual([400, 300]);
    expect(splitByPercent(3, [50, 0])).toEqual([2, 0]);
  });
  it('refuses percentages above 100 in sum or negative', () => {
    expect(() => splitByPercent(100, [60, 50])).toThrow(RangeError);
    expect(() => splitByPercent(100, [-1])).toThrow(RangeError);
  });
  it('fills the four sources', () => {
    const shares = sharesFromPercents(300_000, { localBudget: 50, donors: 40 });
    expect(shares).toEqual({ localBudget: 150_000, business: 0, donors: 120_000, residents: 0 });
  });
});

describe('parsing what the clerk typed', () => {
  it('reads quantities with up to three decimals', () => {
    expect(parseQuantity('2,5')).toBe(2_500);
    expect(parseQuantity('1 000')).toBe(1_000_000);
    expect(parseQuantity('0.125')).toBe(125);
    expect(parseQuantity('-2')).toBeNull();
    expect(parseQuantity('abc')).toBeNull();
    expect(parseQuantity('1.2345')).toBeNull();
    expect(parseQuantity('')).toBeNull();
  });
  it('reads som amounts with up to two decimals', () => {
    expect(parseSom('1\u00a0234,50')).toBe(123_450);
    expect(parseSom('0.07')).toBe(7);
    expect(parseSom('12')).toBe(1_200);
    expect(parseSom('1,234')).toBeNull();
    expect(parseSom('-5')).toBeNull();
    expect(parseSom('1000000000000')).toBeNull();
  });
  it('som values for spreadsheets are the nearest doubles to the decimal', () => {
    expect(somValue(123_456)).toBe(1234.56);
    expect(somValue(99_999_999_999_999)).toBe(999_999_999_999.99);
  });
});
