import { describe, expect, it } from 'vitest';
import {
  applyToCells,
  cellsAsSpending,
  emptyCells,
  quarterAligned,
  spendingCells,
} from './spending-totals';
import { executionAtoms, type PlannedLine, type SpendingRecord } from './spending';

const none = { localBudget: [], business: [], donors: [], residents: [] };
const line: PlannedLine = {
  key: 'A',
  year: 2026,
  shares: { localBudget: 100_000, business: 0, donors: 300_000, residents: 50_000 },
  funderIds: { ...none, donors: ['d1', 'd2'] },
  residentsInKind: true,
};
const spend = (
  source: SpendingRecord['source'],
  amountTyiyn: number,
  date: string,
  extra: Partial<SpendingRecord> = {},
): SpendingRecord => ({ lineKey: 'A', source, amountTyiyn, date, inKind: false, ...extra });
const records = [
  spend('localBudget', 60_000, '2026-02-10'),
  spend('localBudget', 5_000, '2026-03-31'),
  spend('localBudget', 50_000, '2026-05-10'),
  spend('donors', 70_000, '2026-04-01', { funderId: 'd1' }),
  spend('donors', 20_000, '2026-06-30', { funderId: 'd1' }),
  spend('donors', 30_000, '2026-05-15'),
  spend('residents', 8_000, '2026-11-02', { inKind: true }),
];

describe('spending totals', () => {
  it('sums per line, source, funder, cash or in kind and quarter of the date', () => {
    expect(spendingCells(records)).toEqual({
      keys: [
        'A|donors|d1|0|2026-Q2',
        'A|donors||0|2026-Q2',
        'A|localBudget||0|2026-Q1',
        'A|localBudget||0|2026-Q2',
        'A|residents||1|2026-Q4',
      ],
      amounts: [90_000, 30_000, 65_000, 50_000, 8_000],
      counts: [2, 1, 2, 1, 1],
    });
    // The same cells whatever order the records come in.
    expect(spendingCells([...records].reverse())).toEqual(spendingCells(records));
  });

  it('adds and takes away records; an emptied cell is dropped, the input untouched', () => {
    const start = spendingCells(records.slice(0, 2));
    const after = applyToCells(start, [
      { record: records[0]!, sign: -1 },
      { record: records[6]!, sign: 1 },
    ]);
    expect(after).toEqual({
      keys: ['A|localBudget||0|2026-Q1', 'A|residents||1|2026-Q4'],
      amounts: [5_000, 8_000],
      counts: [1, 1],
    });
    expect(start.amounts).toEqual([65_000]);
    const emptied = applyToCells(after, [
      { record: records[1]!, sign: -1 },
      { record: records[6]!, sign: -1 },
    ]);
    expect(emptied).toEqual(emptyCells());
  });

  it('refuses to take away a record it does not hold', () => {
    expect(() => applyToCells(emptyCells(), [{ record: records[0]!, sign: -1 }])).toThrow();
  });

  it('gives the same figures as the records over quarter-aligned periods', () => {
    const fromCells = cellsAsSpending(spendingCells(records));
    expect(fromCells[4]).toEqual({
      lineKey: 'A',
      source: 'residents',
      inKind: true,
      amountTyiyn: 8_000,
      date: '2026-10-01',
      count: 1,
    });
    expect(fromCells.map((r) => r.count)).toEqual([2, 1, 2, 1, 1]);
    for (const period of [
      {},
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-01-01', to: '2026-06-30' },
      { from: '2026-10-01', to: '2026-12-31' },
    ]) {
      expect(quarterAligned(period)).toBe(true);
      expect(executionAtoms([line], fromCells, period)).toEqual(
        executionAtoms([line], records, period),
      );
    }
    // Q2: local budget spent 50,000 of a cumulative 115,000 (hand-computed from the list).
    const q2 = executionAtoms([line], fromCells, { from: '2026-04-01', to: '2026-06-30' });
    expect(q2.find((a) => a.source === 'localBudget')!.figures).toMatchObject({
      spent: 50_000,
      cumulative: 115_000,
    });
  });

  it('knows a period that does not follow quarters', () => {
    expect(quarterAligned({ from: '2026-02-01', to: '2026-03-31' })).toBe(false);
    expect(quarterAligned({ from: '2026-01-01', to: '2026-05-31' })).toBe(false);
    expect(quarterAligned({ to: '2026-12-31' })).toBe(true);
  });
});
