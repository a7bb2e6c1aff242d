import { describe, expect, it } from 'vitest';
import { executionBook, type NumberedLine } from './execution-book';
import { zeroFigures, type ExecutionFigures, type SpendingRecord } from './spending';

const none = { localBudget: [], business: [], donors: [], residents: [] };
const nothing = { localBudget: 0, business: 0, donors: 0, residents: 0 };
const lines: NumberedLine[] = [
  {
    key: 'A',
    number: 1,
    year: 2026,
    classificationCode: '2211',
    shares: { localBudget: 100_000, business: 0, donors: 300_001, residents: 50_000 },
    funderIds: { ...none, localBudget: ['g1'], donors: ['d1', 'd2'] },
    residentsInKind: true,
  },
  {
    key: 'B',
    number: 2,
    year: 2027,
    shares: { ...nothing, localBudget: 200_000, business: 40_000 },
    funderIds: { ...none, business: ['b1'] },
    residentsInKind: false,
  },
  {
    key: 'C',
    number: 3,
    year: 2026,
    classificationCode: '2211',
    shares: { ...nothing, localBudget: 30_000 },
    funderIds: { ...none, localBudget: ['g1'] },
    residentsInKind: false,
  },
  {
    key: 'D',
    number: 4,
    year: 2026,
    classificationCode: '1100',
    shares: { ...nothing, localBudget: 5_000 },
    funderIds: { ...none, localBudget: ['g1'] },
    residentsInKind: false,
  },
];
interface Record extends SpendingRecord {
  id: number;
}
type Spend = [string, SpendingRecord['source'], number, string, Partial<SpendingRecord>?];
const records: Record[] = (
  [
    ['A', 'localBudget', 60_000, '2026-02-10'],
    ['A', 'localBudget', 50_000, '2026-05-10'],
    ['A', 'donors', 100_000, '2026-04-01', { funderId: 'd1' }],
    ['A', 'donors', 20_000, '2026-04-02'],
    ['A', 'residents', 50_000, '2026-06-01', { inKind: true }],
    ['B', 'business', 10_000, '2027-01-15', { inKind: true }],
    ['C', 'localBudget', 7_000, '2026-06-30'],
    ['Z', 'localBudget', 999, '2026-05-01'],
  ] satisfies Spend[]
).map(([lineKey, source, amountTyiyn, date, extra], i) => ({
  id: i + 1,
  lineKey,
  source,
  amountTyiyn,
  date,
  inKind: false,
  ...extra,
}));
const order = ['b1', 'd2', 'g1', 'd1', 'x'];
const q2 = { from: '2026-04-01', to: '2026-06-30' };
const f = (
  planned: number,
  spent = 0,
  cumulative = 0,
  inKind = 0,
  spentInKind = 0,
  cumInKind = 0,
) =>
  ({
    ...zeroFigures(),
    planned,
    spent,
    cumulative,
    plannedInKind: inKind,
    spentInKind,
    cumulativeInKind: cumInKind,
  }) satisfies ExecutionFigures;

describe('the execution workbook’s figures', () => {
  const book = executionBook(lines, records, q2, order);

  it('numbers the funders in the register’s order, 0 for none named, unused ones left out', () => {
    expect(book.funders.map((x) => [x.funderId, x.number])).toEqual([
      [null, 0],
      ['b1', 1],
      ['d2', 2],
      ['g1', 3],
      ['d1', 4],
    ]);
  });

  it('gives one row per line, source and funder with something planned or spent, in plan order', () => {
    expect(book.rows.map((r) => [r.line.key, r.source, r.funderNumber, r.figures])).toEqual([
      ['A', 'localBudget', 3, f(100_000, 50_000, 110_000)],
      ['A', 'donors', 0, f(0, 20_000, 20_000)],
      ['A', 'donors', 2, f(150_000)],
      ['A', 'donors', 4, f(150_001, 100_000, 100_000)],
      ['A', 'residents', 0, f(50_000, 50_000, 50_000, 50_000, 50_000, 50_000)],
      ['B', 'localBudget', 0, f(200_000)],
      ['B', 'business', 1, f(40_000)],
      ['C', 'localBudget', 3, f(30_000, 7_000, 7_000)],
      ['D', 'localBudget', 3, f(5_000)],
    ]);
  });

  it('lists every record of a line of the plan by date, with its funder number', () => {
    expect(book.register.map((r) => [r.record.id, r.line.number, r.funderNumber])).toEqual([
      [1, 1, 3],
      [3, 1, 4],
      [4, 1, 0],
      [2, 1, 3],
      [5, 1, 0],
      [7, 3, 3],
      [6, 2, 1],
    ]);
  });

  it('sums by source, year and funder, in kind apart, to the same total', () => {
    expect(book.bySource.map((s) => [s.source, s.figures])).toEqual([
      ['localBudget', f(335_000, 57_000, 117_000)],
      ['business', f(40_000)],
      ['donors', f(300_001, 120_000, 120_000)],
      ['residents', f(50_000, 50_000, 50_000, 50_000, 50_000, 50_000)],
    ]);
    expect(book.byYear).toEqual([
      { year: 2026, figures: f(485_001, 227_000, 287_000, 50_000, 50_000, 50_000) },
      { year: 2027, figures: f(240_000) },
    ]);
    expect(book.funders.map((x) => x.figures)).toEqual([
      f(250_000, 70_000, 70_000, 50_000, 50_000, 50_000),
      f(40_000),
      f(150_000),
      f(135_000, 57_000, 117_000),
      f(150_001, 100_000, 100_000),
    ]);
    expect(book.total).toEqual(f(725_001, 227_000, 287_000, 50_000, 50_000, 50_000));
  });

  it('groups the local budget by year, then classification code in order', () => {
    expect(
      book.local.map((y) => [
        y.year,
        y.figures,
        y.codes.map((c) => [c.code, c.rows.map((r) => r.line.key), c.figures]),
      ]),
    ).toEqual([
      [
        2026,
        f(135_000, 57_000, 117_000),
        [
          ['1100', ['D'], f(5_000)],
          ['2211', ['A', 'C'], f(130_000, 57_000, 117_000)],
        ],
      ],
      [2027, f(200_000), [['', ['B'], f(200_000)]]],
    ]);
  });

  it('counts everything for the whole plan, the later in-kind contribution included', () => {
    const all = executionBook(lines, records, {}, order);
    expect(all.bySource[1]).toEqual({
      source: 'business',
      figures: f(40_000, 10_000, 10_000, 0, 10_000, 10_000),
    });
    expect(all.total.cumulative).toBe(297_000);
    expect(all.total.spent).toBe(297_000);
  });
});
