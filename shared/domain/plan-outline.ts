/*
 * The row model of a plan that the editor, the budget summary, the printed document and the
 * finance workbook all consume: priorities → objectives → activities → lines, sorted, numbered,
 * with totals at every level. Pure: titles stay LocalizedText; each consumer picks its language.
 */
import type { Activity, BudgetLine, Funder, Objective, Plan, PlanPriority } from '../schemas/plan';
import {
  addTotals,
  lineTotals,
  SOURCES,
  sumLines,
  zeroTotals,
  type BudgetTotals,
  type Source,
} from './budget';

/** Everything stored about one plan version. */
export interface PlanTree {
  plan: Plan;
  priorities: PlanPriority[];
  objectives: Objective[];
  activities: Activity[];
  lines: BudgetLine[];
}

export interface LineRow {
  /** 1, 2, 3… across the whole plan, in printed order. */
  number: number;
  line: BudgetLine;
  totals: BudgetTotals;
  priority: PlanPriority;
  priorityNumber: string;
  objective: Objective;
  activity: Activity;
  activityNumber: string;
}

export interface ActivityNode {
  number: string;
  activity: Activity;
  lines: LineRow[];
  totals: BudgetTotals;
}
export interface ObjectiveNode {
  number: string;
  objective: Objective;
  activities: ActivityNode[];
  totals: BudgetTotals;
}
export interface PriorityNode {
  number: string;
  priority: PlanPriority;
  objectives: ObjectiveNode[];
  totals: BudgetTotals;
}

export interface PlanOutline {
  plan: Plan;
  priorities: PriorityNode[];
  /** Every line in printed order. */
  rows: LineRow[];
  totals: BudgetTotals;
  /** Totals per year of the period (years without lines included, with zeros). */
  byYear: { year: number; totals: BudgetTotals }[];
  /** Local-budget money per year and classification code, as finance plans the annual budget. */
  localBudgetByYearAndCode: { year: number; code: string; amount: number }[];
}

const byOrder = <T extends { order: number; createdAt: string }>(a: T, b: T) =>
  a.order - b.order || a.createdAt.localeCompare(b.createdAt);

/** Builds the sorted, numbered outline with totals at every level. */
export function planOutline(tree: PlanTree): PlanOutline {
  const objectivesOf = group(tree.objectives, (o) => o.planPriorityId);
  const activitiesOf = group(tree.activities, (a) => a.objectiveId);
  const linesOf = group(tree.lines, (l) => l.activityId);
  const rows: LineRow[] = [];
  const priorities = [...tree.priorities].sort(byOrder).map((priority, pi): PriorityNode => {
    const priorityNumber = String(pi + 1);
    const objectives = [...(objectivesOf.get(priority.id) ?? [])]
      .sort(byOrder)
      .map((objective, oi): ObjectiveNode => {
        const objectiveNumber = `${priorityNumber}.${oi + 1}`;
        const activities = [...(activitiesOf.get(objective.id) ?? [])]
          .sort(byOrder)
          .map((activity, ai): ActivityNode => {
            const activityNumber = `${objectiveNumber}.${ai + 1}`;
            const lines = [...(linesOf.get(activity.id) ?? [])]
              .sort(byOrder)
              .map((line): LineRow => {
                const row: LineRow = {
                  number: rows.length + 1,
                  line,
                  totals: lineTotals(line),
                  priority,
                  priorityNumber,
                  objective,
                  activity,
                  activityNumber,
                };
                rows.push(row);
                return row;
              });
            return {
              number: activityNumber,
              activity,
              lines,
              totals: sumTotals(lines.map((l) => l.totals)),
            };
          });
        return {
          number: objectiveNumber,
          objective,
          activities,
          totals: sumTotals(activities.map((a) => a.totals)),
        };
      });
    return {
      number: priorityNumber,
      priority,
      objectives,
      totals: sumTotals(objectives.map((o) => o.totals)),
    };
  });

  const byYear: PlanOutline['byYear'] = [];
  for (let year = tree.plan.startYear; year <= tree.plan.endYear; year++) {
    byYear.push({
      year,
      totals: sumLines(rows.filter((r) => r.line.year === year).map((r) => r.line)),
    });
  }
  const codes = new Map<string, { year: number; code: string; amount: number }>();
  for (const row of rows) {
    if (row.line.shares.localBudget <= 0) continue;
    const code = row.line.classificationCode ?? '';
    const key = `${row.line.year}|${code}`;
    const entry = codes.get(key) ?? { year: row.line.year, code, amount: 0 };
    entry.amount += row.line.shares.localBudget;
    codes.set(key, entry);
  }
  const localBudgetByYearAndCode = [...codes.values()].sort(
    (a, b) => a.year - b.year || a.code.localeCompare(b.code),
  );

  return {
    plan: tree.plan,
    priorities,
    rows,
    totals: sumTotals(priorities.map((p) => p.totals)),
    byYear,
    localBudgetByYearAndCode,
  };
}

/** Items grouped under a key, in first-seen order. */
export function group<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function sumTotals(list: readonly BudgetTotals[]): BudgetTotals {
  return list.reduce(addTotals, zeroTotals());
}

/** The lines a source pays for (a positive share). */
export function rowsOfSource(outline: PlanOutline, source: Source): LineRow[] {
  return outline.rows.filter((row) => row.line.shares[source] > 0);
}

/** One funder's commitments: the shares of every line where the funder is named for a source. */
export interface Commitment {
  row: LineRow;
  source: Source;
  amount: number;
  /** Other funders named for the same share (the amount is then committed jointly). */
  jointWith: string[];
}

/** Every funder's commitments in this plan, by funder id. */
export function commitmentsByFunder(outline: PlanOutline): Map<string, Commitment[]> {
  const out = new Map<string, Commitment[]>();
  for (const row of outline.rows) {
    for (const source of SOURCES) {
      const ids = row.line.funderIds[source];
      const amount = row.line.shares[source];
      for (const id of ids) {
        const list = out.get(id) ?? [];
        list.push({ row, source, amount, jointWith: ids.filter((other) => other !== id) });
        out.set(id, list);
      }
    }
  }
  return out;
}

/** The sum a funder committed (joint shares counted in full, as on paper). */
export function commitmentTotal(commitments: readonly Commitment[]): number {
  return commitments.reduce((sum, c) => sum + c.amount, 0);
}

/** Funder names of one source of a line, in register order of the ids. */
export function funderNames(
  ids: readonly string[],
  funders: ReadonlyMap<string, Funder>,
  name: (f: Funder) => string,
): string {
  return ids
    .map((id) => funders.get(id))
    .filter((f): f is Funder => Boolean(f))
    .map(name)
    .join('; ');
}
