import { describe, expect, it } from 'vitest';
import type { PlannedLine, SpendingRecord } from '../monitoring/spending';
import { explanationDue, funderLines, funderTotals, missingExplanations } from './figures';

const none = { localBudget: [], business: [], donors: [], residents: [] };
const line = (key: string, year: number, donors: number, funders: string[], local = 0) =>
  ({
    key,
    year,
    shares: { localBudget: local, business: 0, donors, residents: 0 },
    funderIds: { ...none, donors: funders },
    residentsInKind: false,
  }) satisfies PlannedLine;

const LINES = [
  line('L1', 2026, 1_000_000, ['un'], 500_000),
  line('L2', 2026, 300_000, ['un', 'os']),
  line('L3', 2027, 200_000, ['un']),
  line('L4', 2026, 400_000, ['os']),
];
const spent = (lineKey: string, date: string, amountTyiyn: number, funderId?: string) =>
  ({
    lineKey,
    date,
    amountTyiyn,
    source: funderId ? 'donors' : 'localBudget',
    funderId,
    inKind: false,
  }) satisfies SpendingRecord;
const SPENDING = [
  spent('L1', '2026-02-10', 300_000, 'un'),
  spent('L1', '2026-05-20', 250_000, 'un'),
  spent('L1', '2026-08-01', 100_000, 'un'),
  spent('L2', '2026-03-01', 180_000, 'un'),
  spent('L4', '2026-04-04', 50_000, 'os'),
  spent('L1', '2026-01-15', 600_000),
];

describe('the variance rule of reports', () => {
  it('asks for an explanation above 10 % when overspent, or short once the line’s year is over', () => {
    const end = '2026-06-30';
    expect(explanationDue({ planned: 100_000, cumulative: 110_000 }, 2026, end)).toBe(false);
    expect(explanationDue({ planned: 100_000, cumulative: 110_001 }, 2026, end)).toBe(true);
    // 50 % short, but 2026 is still running on 30 June: not yet a variance.
    expect(explanationDue({ planned: 100_000, cumulative: 50_000 }, 2026, end)).toBe(false);
    expect(explanationDue({ planned: 100_000, cumulative: 50_000 }, 2026, '2026-12-31')).toBe(true);
    expect(explanationDue({ planned: 100_000, cumulative: 50_000 }, 2025, end)).toBe(true);
    expect(explanationDue({ planned: 100_000, cumulative: 89_999 }, 2025, end)).toBe(true);
    expect(explanationDue({ planned: 100_000, cumulative: 90_000 }, 2025, end)).toBe(false);
    expect(explanationDue({ planned: 0, cumulative: 1 }, 2026, end)).toBe(true);
    expect(explanationDue({ planned: 0, cumulative: 0 }, 2025, end)).toBe(false);
  });
});

describe('a funder’s lines for a period', () => {
  it('gives its part of each line, spent in the period and cumulatively, and nothing of others', () => {
    const rows = funderLines(LINES, SPENDING, 'un', '2026-Q2', []);
    expect(rows.map((r) => r.lineKey)).toEqual(['L1', 'L2', 'L3']);
    expect(rows[0]).toMatchObject({
      source: 'donors',
      planned: 1_000_000,
      spent: 250_000,
      cumulative: 550_000,
      variance: -450_000,
      varianceShare: -0.45,
      due: false,
    });
    // Half of the shared 300 000 is UNODC's; 180 000 spent: 30 000 (20 %) over.
    expect(rows[1]).toMatchObject({
      planned: 150_000,
      spent: 0,
      cumulative: 180_000,
      variance: 30_000,
      varianceShare: 0.2,
      due: true,
    });
    expect(rows[2]).toMatchObject({ planned: 200_000, cumulative: 0, variance: -200_000 });
    expect(rows[2]!.due).toBe(false);
    expect(funderTotals(rows)).toEqual({
      planned: 1_350_000,
      spent: 250_000,
      cumulative: 730_000,
      variance: -620_000,
    });
    expect(missingExplanations(rows).map((r) => r.lineKey)).toEqual(['L2']);
  });

  it('takes the recorded explanation; at the year’s end a line short by a third needs one too', () => {
    const explained = [{ lineKey: 'L2', source: 'donors' as const, text: 'Курс сома упал' }];
    expect(missingExplanations(funderLines(LINES, SPENDING, 'un', '2026-Q2', explained))).toEqual(
      [],
    );
    const year = funderLines(LINES, SPENDING, 'un', '2026', explained);
    expect(year[0]).toMatchObject({ spent: 650_000, cumulative: 650_000, variance: -350_000 });
    expect(missingExplanations(year).map((r) => r.lineKey)).toEqual(['L1']);
    expect(year[1]!.explanation).toBe('Курс сома упал');
    const osce = funderLines(LINES, SPENDING, 'os', '2026-H1', []);
    expect(osce.map((r) => [r.lineKey, r.planned, r.cumulative])).toEqual([
      ['L2', 150_000, 0],
      ['L4', 400_000, 50_000],
    ]);
  });
});
