/*
 * The outline of a small plan built by hand, stored out of printed order, with every expected
 * number worked out by hand below (amounts in tyiyn).
 */
import { describe, expect, it } from 'vitest';
import type { Activity, BudgetLine, Objective, Plan, PlanPriority } from '../schemas/plan';
import { zeroShares } from './budget';
import {
  commitmentsByFunder,
  commitmentTotal,
  planOutline,
  rowsOfSource,
  type PlanTree,
} from './plan-outline';

const id = (name: string) =>
  `00000000-0000-4000-8000-${[...name]
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .padStart(12, '0')
    .slice(-12)}`;
const stamp = (minute: number) => {
  const at = `2026-01-15T08:${String(minute).padStart(2, '0')}:00.000Z`;
  return { territoryId: id('T'), planId: id('P'), createdAt: at, updatedAt: at };
};
const F1 = id('F1');
const F2 = id('F2');
const F3 = id('F3');
const F4 = id('F4');

const plan: Plan = {
  id: id('P'),
  territoryId: id('T'),
  title: { ru: 'План' },
  startYear: 2026,
  endYear: 2028,
  status: 'draft',
  seriesId: id('P'),
  version: 1,
  createdAt: stamp(0).createdAt,
  updatedAt: stamp(0).updatedAt,
};
const priority = (key: string, order: number, minute: number): PlanPriority => ({
  ...stamp(minute),
  id: id(key),
  order,
  title: { ru: key },
});
const objective = (key: string, of: string, order: number, minute: number): Objective => ({
  ...stamp(minute),
  id: id(key),
  planPriorityId: id(of),
  order,
  title: { ru: key },
});
const activity = (key: string, of: string, order: number, minute: number): Activity => ({
  ...stamp(minute),
  id: id(key),
  objectiveId: id(of),
  order,
  title: { ru: key },
  responsible: { ru: 'УВД' },
  timing: { kind: 'quarters', start: '2026-Q1', end: '2026-Q4' },
  indicator: { name: { ru: 'Случаи' }, unit: { ru: 'шт.' }, baseline: 1, target: 0 },
});
const line = (
  key: string,
  of: string,
  order: number,
  minute: number,
  fields: Partial<BudgetLine>,
): BudgetLine => ({
  ...stamp(minute),
  id: id(key),
  activityId: id(of),
  order,
  item: { ru: key },
  unit: { ru: 'шт.' },
  quantityMilli: 1000,
  unitCostTyiyn: 0,
  year: 2026,
  shares: zeroShares(),
  funderIds: { localBudget: [], business: [], donors: [], residents: [] },
  residentsInKind: false,
  ...fields,
});

// Printed order: PA (order 0) before PB (order 1, stored first); in PA's objective, A1 before A2;
// L1 and L2 have the same order and are told apart by when they were made.
const tree: PlanTree = {
  plan,
  priorities: [priority('PB', 1, 1), priority('PA', 0, 2)],
  objectives: [
    objective('O3', 'PB', 1, 3),
    objective('O2', 'PB', 0, 4),
    objective('O1', 'PA', 0, 5),
  ],
  activities: [activity('A3', 'O3', 0, 6), activity('A2', 'O1', 1, 7), activity('A1', 'O1', 0, 8)],
  lines: [
    // 1 × 250.00 som; half local (no code), half business; residents 50.00 som in cash.
    line('L4', 'A3', 0, 9, {
      unitCostTyiyn: 25_000,
      year: 2027,
      shares: { localBudget: 10_000, business: 10_000, donors: 0, residents: 5_000 },
      funderIds: { localBudget: [], business: [F2], donors: [], residents: [F4] },
    }),
    // 10 × 10.00 som; donors F3 and F2 jointly.
    line('L3', 'A2', 0, 10, {
      quantityMilli: 10_000,
      unitCostTyiyn: 1_000,
      classificationCode: '221100',
      shares: { localBudget: 4_000, business: 0, donors: 6_000, residents: 0 },
      funderIds: { localBudget: [F1], business: [], donors: [F3, F2], residents: [] },
    }),
    // 1.5 × 33.33 som = 49.995 som → 50.00 som (half-up); residents in kind.
    line('L2', 'A1', 0, 12, {
      quantityMilli: 1_500,
      unitCostTyiyn: 3_333,
      year: 2027,
      shares: { localBudget: 0, business: 0, donors: 0, residents: 5_000 },
      funderIds: { localBudget: [], business: [], donors: [], residents: [F4] },
      residentsInKind: true,
    }),
    // 2 × 150.00 som = 300.00 som; 50.00 som unfunded.
    line('L1', 'A1', 0, 11, {
      quantityMilli: 2_000,
      unitCostTyiyn: 15_000,
      classificationCode: '221500',
      shares: { localBudget: 20_000, business: 5_000, donors: 0, residents: 0 },
      funderIds: { localBudget: [F1], business: [], donors: [], residents: [] },
    }),
  ],
};
const outline = planOutline(tree);
const key = (row: { line: BudgetLine }) => row.line.item.ru;

describe('plan outline', () => {
  it('numbers lines, activities and objectives in printed order, not stored order', () => {
    expect(outline.rows.map((r) => [r.number, key(r), r.priorityNumber, r.activityNumber])).toEqual(
      [
        [1, 'L1', '1', '1.1.1'],
        [2, 'L2', '1', '1.1.1'],
        [3, 'L3', '1', '1.1.2'],
        [4, 'L4', '2', '2.2.1'],
      ],
    );
    expect(outline.priorities.map((p) => [p.number, p.priority.title.ru])).toEqual([
      ['1', 'PA'],
      ['2', 'PB'],
    ]);
    const pb = outline.priorities[1]!;
    expect(pb.objectives.map((o) => [o.number, o.objective.title.ru, o.totals.total])).toEqual([
      ['2.1', 'O2', 0],
      ['2.2', 'O3', 25_000],
    ]);
  });

  it('totals each line, rounding half-up to the tyiyn', () => {
    expect(outline.rows.map((r) => [r.totals.total, r.totals.unfunded])).toEqual([
      [30_000, 5_000],
      [5_000, 0],
      [10_000, 0],
      [25_000, 0],
    ]);
  });

  it('totals the plan: per source, funded, unfunded, cash and in kind apart', () => {
    expect(outline.totals).toEqual({
      total: 70_000,
      bySource: { localBudget: 34_000, business: 15_000, donors: 6_000, residents: 10_000 },
      funded: 65_000,
      unfunded: 5_000,
      cash: 60_000,
      inKind: 5_000,
    });
    expect(outline.priorities.map((p) => p.totals.total)).toEqual([45_000, 25_000]);
    expect(outline.priorities[0]!.objectives[0]!.activities.map((a) => a.totals.total)).toEqual([
      35_000, 10_000,
    ]);
  });

  it('totals every year of the period, a year without lines as zeros', () => {
    expect(outline.byYear.map((y) => [y.year, y.totals.total, y.totals.inKind])).toEqual([
      [2026, 40_000, 0],
      [2027, 30_000, 5_000],
      [2028, 0, 0],
    ]);
  });

  it('groups the local budget by year and classification code, sorted', () => {
    expect(outline.localBudgetByYearAndCode).toEqual([
      { year: 2026, code: '221100', amount: 4_000 },
      { year: 2026, code: '221500', amount: 20_000 },
      { year: 2027, code: '', amount: 10_000 },
    ]);
  });

  it('lists the lines each source pays for', () => {
    expect(rowsOfSource(outline, 'localBudget').map(key)).toEqual(['L1', 'L3', 'L4']);
    expect(rowsOfSource(outline, 'business').map(key)).toEqual(['L1', 'L4']);
    expect(rowsOfSource(outline, 'donors').map(key)).toEqual(['L3']);
    expect(rowsOfSource(outline, 'residents').map(key)).toEqual(['L2', 'L4']);
  });

  it('lists each funder’s commitments, joint ones in full with the partner named', () => {
    const commitments = commitmentsByFunder(outline);
    const view = (funder: string) =>
      commitments.get(funder)!.map((c) => [key(c.row), c.source, c.amount, c.jointWith] as const);
    expect(view(F1)).toEqual([
      ['L1', 'localBudget', 20_000, []],
      ['L3', 'localBudget', 4_000, []],
    ]);
    expect(view(F2)).toEqual([
      ['L3', 'donors', 6_000, [F3]],
      ['L4', 'business', 10_000, []],
    ]);
    expect(view(F3)).toEqual([['L3', 'donors', 6_000, [F2]]]);
    expect(commitmentTotal(commitments.get(F2)!)).toBe(16_000);
    expect(commitmentTotal(commitments.get(F4)!)).toBe(10_000);
    expect([...commitments.keys()].sort()).toEqual([F1, F2, F3, F4].sort());
  });
});
