import { describe, expect, it } from 'vitest';
import {
  equalParts,
  executionAtoms,
  executionBy,
  executionTotal,
  needsExplanation,
  overspent,
  realised,
  zeroFigures,
  type PlannedLine,
  type SpendingRecord,
} from './spending';

const none = { localBudget: [], business: [], donors: [], residents: [] };
const lineA: PlannedLine = {
  key: 'A',
  year: 2026,
  classificationCode: '2211',
  shares: { localBudget: 100_000, business: 0, donors: 300_001, residents: 50_000 },
  funderIds: { ...none, donors: ['d1', 'd2'] },
  residentsInKind: true,
};
const lineB: PlannedLine = {
  key: 'B',
  year: 2027,
  shares: { localBudget: 200_000, business: 40_000, donors: 0, residents: 0 },
  funderIds: { ...none, business: ['b1'] },
  residentsInKind: false,
};
const spend = (
  lineKey: string,
  source: SpendingRecord['source'],
  amountTyiyn: number,
  date: string,
  extra: Partial<SpendingRecord> = {},
): SpendingRecord => ({ lineKey, source, amountTyiyn, date, inKind: false, ...extra });
const records: SpendingRecord[] = [
  spend('A', 'localBudget', 60_000, '2026-02-10'),
  spend('A', 'localBudget', 50_000, '2026-05-10'),
  spend('A', 'donors', 100_000, '2026-04-01', { funderId: 'd1' }),
  spend('A', 'donors', 20_000, '2026-04-02'),
  spend('A', 'residents', 50_000, '2026-06-01', { inKind: true }),
  spend('B', 'business', 10_000, '2027-01-15', { inKind: true }),
  spend('B', 'localBudget', 100_000, '2027-03-01'),
  spend('Z', 'localBudget', 999, '2026-05-01'),
];
const q2 = { from: '2026-04-01', to: '2026-06-30' };

describe('planned vs actual', () => {
  it('splits a shared source equally per funder, larger parts first, to the tyiyn', () => {
    expect(equalParts(300_001, 2)).toEqual([150_001, 150_000]);
    expect(equalParts(10, 3)).toEqual([4, 3, 3]);
  });

  it('gives per line, source and funder the plan, the period and the cumulative spending', () => {
    const atoms = executionAtoms([lineA, lineB], records, q2);
    const find = (key: string, source: string, funder: string | null) =>
      atoms.find((a) => a.line.key === key && a.source === source && a.funderId === funder)
        ?.figures;
    expect(find('A', 'localBudget', null)).toMatchObject({
      planned: 100_000,
      spent: 50_000,
      cumulative: 110_000,
    });
    expect(find('A', 'donors', 'd1')).toMatchObject({ planned: 150_001, spent: 100_000 });
    expect(find('A', 'donors', 'd2')).toMatchObject({ planned: 150_000, cumulative: 0 });
    // Two funders and none named: not guessed.
    expect(find('A', 'donors', null)).toMatchObject({ planned: 0, cumulative: 20_000 });
    expect(find('A', 'residents', null)).toEqual({
      planned: 50_000,
      plannedInKind: 50_000,
      spent: 50_000,
      spentInKind: 50_000,
      cumulative: 50_000,
      cumulativeInKind: 50_000,
    });
    // After the period's end: not counted at all.
    expect(find('B', 'business', 'b1')).toMatchObject({ planned: 40_000, cumulative: 0 });
  });

  it('sums every breakdown from the same atoms', () => {
    const atoms = executionAtoms([lineA, lineB], records, q2);
    expect(executionTotal(atoms)).toEqual({
      planned: 690_001,
      plannedInKind: 50_000,
      spent: 220_000,
      spentInKind: 50_000,
      cumulative: 280_000,
      cumulativeInKind: 50_000,
    });
    const bySource = executionBy(atoms, (a) => a.source);
    expect(bySource.get('localBudget')).toMatchObject({ planned: 300_000, cumulative: 110_000 });
    expect(bySource.get('donors')).toMatchObject({ planned: 300_001, cumulative: 120_000 });
    expect(bySource.get('business')).toMatchObject({ planned: 40_000, cumulative: 0 });
    const byYear = executionBy(atoms, (a) => a.line.year);
    expect(byYear.get(2026)?.planned).toBe(450_001);
    expect(byYear.get(2027)?.planned).toBe(240_000);
    const byCode = executionBy(atoms, (a) => a.line.classificationCode ?? '');
    expect(byCode.get('2211')?.cumulative).toBe(280_000);
  });

  it('counts everything without a period, and resolves a lone funder', () => {
    const atoms = executionAtoms([lineA, lineB], records);
    expect(executionTotal(atoms)).toMatchObject({
      spent: 390_000,
      cumulative: 390_000,
      cumulativeInKind: 60_000,
    });
    const b1 = atoms.find((a) => a.funderId === 'b1')!.figures;
    expect(b1).toMatchObject({ cumulative: 10_000, cumulativeInKind: 10_000 });
  });

  it('flags overspending and asks for an explanation beyond 10 % only', () => {
    const figures = (planned: number, cumulative: number) => ({
      ...zeroFigures(),
      planned,
      cumulative,
    });
    expect(overspent(figures(100_000, 110_000))).toBe(true);
    expect(overspent(figures(100_000, 100_000))).toBe(false);
    expect(needsExplanation(figures(100_000, 110_000))).toBe(false);
    expect(needsExplanation(figures(100_000, 110_001))).toBe(true);
    expect(needsExplanation(figures(100_000, 89_999))).toBe(true);
    expect(needsExplanation(figures(100_000, 90_000))).toBe(false);
    expect(needsExplanation(figures(0, 1))).toBe(true);
    expect(needsExplanation(figures(0, 0))).toBe(false);
    expect(realised(figures(300_001, 120_000))).toBeCloseTo(0.4, 5);
    expect(realised(figures(0, 5))).toBeNull();
  });
});
