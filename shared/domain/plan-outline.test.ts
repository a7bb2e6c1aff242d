import { describe, expect, it } from 'vitest';
import { funders, planTree } from '../../tests/fixtures/plan';
import { budgetLineSchema } from '../schemas/plan';
import { lineTotal, SOURCES } from './budget';
import { commitmentsByFunder, commitmentTotal, planOutline, rowsOfSource } from './plan-outline';

describe('plan outline', () => {
  const register = funders();
  const tree = planTree(
    { priorities: 2, objectivesPerPriority: 2, activitiesPerObjective: 2, linesPerActivity: 3 },
    register,
  );
  const outline = planOutline(tree);

  it('the fixture lines are valid records', () => {
    for (const line of tree.lines) expect(budgetLineSchema.safeParse(line).success).toBe(true);
  });

  it('numbers lines and activities in printed order', () => {
    expect(outline.rows.map((r) => r.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(outline.priorities[1]!.objectives[0]!.activities[1]!.number).toBe('2.1.2');
  });

  it('sorts by order, not by insertion', () => {
    const reversed = { ...tree, priorities: [...tree.priorities].reverse() };
    expect(planOutline(reversed).rows.map((r) => r.line.id)).toEqual(
      outline.rows.map((r) => r.line.id),
    );
  });

  it('totals agree at every level', () => {
    const exact = tree.lines.reduce((s, l) => s + lineTotal(l.quantityMilli, l.unitCostTyiyn), 0);
    expect(outline.totals.total).toBe(exact);
    expect(outline.priorities.reduce((s, p) => s + p.totals.total, 0)).toBe(exact);
    expect(outline.byYear.map((y) => y.year)).toEqual([2026, 2027]);
    expect(outline.byYear.reduce((s, y) => s + y.totals.total, 0)).toBe(exact);
    for (const source of SOURCES) {
      expect(rowsOfSource(outline, source).reduce((s, r) => s + r.line.shares[source], 0)).toBe(
        outline.totals.bySource[source],
      );
    }
    expect(outline.localBudgetByYearAndCode.reduce((s, e) => s + e.amount, 0)).toBe(
      outline.totals.bySource.localBudget,
    );
    expect(outline.totals.unfunded).toBeGreaterThan(0);
    expect(outline.totals.inKind).toBeGreaterThan(0);
  });

  it('lists each funder’s commitments', () => {
    const commitments = commitmentsByFunder(outline);
    expect(commitmentTotal(commitments.get(register[2]!.id)!)).toBe(outline.totals.bySource.donors);
    expect(commitmentTotal(commitments.get(register[3]!.id)!)).toBe(
      outline.totals.bySource.residents,
    );
  });
});
