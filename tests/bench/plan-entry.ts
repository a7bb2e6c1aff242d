/*
 * Bundled by plan.bench.mjs (esbuild, Node ESM): the plan workbook builder, a 500-activity /
 * 2,000-line plan and the plain rows that baselines draw or write.
 */
import { planOutline, type PlanTree } from '../../shared/domain/plan-outline';
import { SOURCES } from '../../shared/domain/budget';
import { formatTyiyn } from '../../shared/format';
import { buildBudgetWorkbook } from '../../renderer/export/budget-workbook';
import { funders, planTree } from '../fixtures/plan';

export { buildBudgetWorkbook };

/** 5 priorities × 4 objectives × 25 activities = 500 activities, 4 lines each = 2,000 lines. */
export function bigPlan(territoryId: string): {
  tree: PlanTree;
  funders: ReturnType<typeof funders>;
} {
  const register = funders();
  const tree = planTree(
    { priorities: 5, objectivesPerPriority: 4, activitiesPerObjective: 25, linesPerActivity: 4 },
    register,
  );
  const retag = <T extends { territoryId: string }>(records: T[]) =>
    records.map((r) => ({ ...r, territoryId }));
  return {
    tree: {
      plan: { ...tree.plan, territoryId },
      priorities: retag(tree.priorities),
      objectives: retag(tree.objectives),
      activities: retag(tree.activities),
      lines: retag(tree.lines),
    },
    funders: register,
  };
}

/** The same plan, approved by the head of the administration (what monitoring follows). */
export function approvedBigPlan(territoryId: string): ReturnType<typeof bigPlan> {
  const { tree, funders } = bigPlan(territoryId);
  tree.plan = {
    ...tree.plan,
    status: 'approved',
    approval: {
      body: 'head',
      position: { ru: 'Глава администрации' },
      name: { ru: 'Осмонова А. Т.' },
      date: '2026-01-20',
      number: '12-р',
    },
  };
  return { tree, funders };
}

/** The rows of the plan document as plain strings (activity rows with budget by source). */
export function documentRows(tree: PlanTree): string[][] {
  const outline = planOutline(tree);
  const rows: string[][] = [];
  for (const p of outline.priorities)
    for (const o of p.objectives)
      for (const a of o.activities)
        rows.push([
          a.number,
          a.activity.title.ru ?? '',
          a.activity.responsible.ru ?? '',
          a.activity.partners?.ru ?? '',
          '2026-Q1 – 2026-Q4',
          'Число случаев: 10 → 5',
          formatTyiyn(a.totals.total, 'ru'),
          ...SOURCES.map((s) => formatTyiyn(a.totals.bySource[s], 'ru')),
          formatTyiyn(a.totals.unfunded, 'ru'),
        ]);
  return rows;
}

/** The rows of the editor's line grids as plain strings. */
export function lineRows(tree: PlanTree): string[][] {
  return planOutline(tree).rows.map((r) => [
    String(r.number),
    r.line.item.ru ?? '',
    r.line.unit.ru ?? '',
    String(r.line.quantityMilli / 1000),
    formatTyiyn(r.line.unitCostTyiyn, 'ru'),
    String(r.line.year),
    formatTyiyn(r.totals.total, 'ru'),
    ...SOURCES.map((s) => formatTyiyn(r.line.shares[s], 'ru')),
    formatTyiyn(r.totals.unfunded, 'ru'),
  ]);
}
