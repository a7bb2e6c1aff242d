/*
 * Writes inside a draft plan (issue 7): priorities, objectives, activities and budget lines, their
 * order, and removal with everything beneath. Every write first checks that the plan is not locked.
 */
import {
  activityInputSchema,
  budgetLineInputSchema,
  objectiveInputSchema,
  planPriorityInputSchema,
  yearProblem,
  type Activity,
  type ActivityInput,
  type BudgetLine,
  type BudgetLineInput,
  type Objective,
  type ObjectiveInput,
  type PlanPriority,
  type PlanPriorityInput,
} from '../../shared/schemas/plan';
import { mergeCatalogue } from '../../shared/domain/study/catalogue';
import { getDb } from './database';
import {
  activityWriter,
  assertPlanTotal,
  editablePlan,
  lineWriter,
  objectiveWriter,
  PLAN_TABLES,
  priorityWriter,
  refuse,
} from './plans';
import { NotFoundError, validate, writeTransaction, type WriteContext } from './repository';

type Ordered = { id: string; order: number; createdAt: string };
export const byOrder = (a: Ordered, b: Ordered) =>
  a.order - b.order || a.createdAt.localeCompare(b.createdAt);
export const nextOrder = (siblings: Ordered[]) =>
  siblings.reduce((max, s) => Math.max(max, s.order + 1), 0);

export async function getOr404<T>(table: string, id: string): Promise<T> {
  const record = (await getDb().table(table).get(id)) as T | undefined;
  if (!record) throw new NotFoundError(table, id);
  return record;
}

/** One plan write on item `id` of `table`: found (or NotFoundError), its plan editable, then `write`. */
async function inEditablePlan<T extends { planId: string }, R>(
  table: string,
  id: string,
  write: (ctx: WriteContext, item: T) => Promise<R>,
): Promise<R> {
  return writeTransaction(PLAN_TABLES, async (ctx) => {
    const item = await getOr404<T>(table, id);
    await editablePlan(item.planId);
    return write(ctx, item);
  });
}

/** Adds a priority (typed in, optionally linked to a priorities record) at the end of the plan. */
export async function addPriority(planId: string, input: PlanPriorityInput): Promise<PlanPriority> {
  const parsed = validate(planPriorityInputSchema, input);
  return writeTransaction(PLAN_TABLES, async (ctx) => {
    const plan = await editablePlan(planId);
    const siblings = await getDb().planPriorities.where('planId').equals(planId).toArray();
    return priorityWriter.insert(ctx, {
      ...parsed,
      territoryId: plan.territoryId,
      planId,
      order: nextOrder(siblings),
    });
  });
}

export async function updatePriority(id: string, input: PlanPriorityInput): Promise<PlanPriority> {
  const parsed = validate(planPriorityInputSchema, input);
  return inEditablePlan<PlanPriority, PlanPriority>('planPriorities', id, (ctx) =>
    priorityWriter.update(ctx, id, parsed),
  );
}

export async function addObjective(
  planPriorityId: string,
  input: ObjectiveInput,
): Promise<Objective> {
  const parsed = validate(objectiveInputSchema, input);
  return inEditablePlan('planPriorities', planPriorityId, async (ctx, priority: PlanPriority) => {
    const siblings = await getDb()
      .objectives.where('planPriorityId')
      .equals(planPriorityId)
      .toArray();
    return objectiveWriter.insert(ctx, {
      ...parsed,
      territoryId: priority.territoryId,
      planId: priority.planId,
      planPriorityId,
      order: nextOrder(siblings),
    });
  });
}

export async function updateObjective(id: string, input: ObjectiveInput): Promise<Objective> {
  const parsed = validate(objectiveInputSchema, input);
  return inEditablePlan<Objective, Objective>('objectives', id, (ctx) =>
    objectiveWriter.update(ctx, id, parsed),
  );
}

export async function addActivity(objectiveId: string, input: ActivityInput): Promise<Activity> {
  const parsed = validate(activityInputSchema, input);
  return inEditablePlan('objectives', objectiveId, async (ctx, objective: Objective) => {
    const siblings = await getDb().activities.where('objectiveId').equals(objectiveId).toArray();
    return activityWriter.insert(ctx, {
      ...parsed,
      territoryId: objective.territoryId,
      planId: objective.planId,
      objectiveId,
      order: nextOrder(siblings),
    });
  });
}

export async function updateActivity(id: string, input: ActivityInput): Promise<Activity> {
  const parsed = validate(activityInputSchema, input);
  return inEditablePlan('activities', id, (ctx, activity: Activity) => {
    const { territoryId, planId, objectiveId, order, defaultFunderIds, originId } = activity;
    // The identity across plan versions (`originId`) stays: monitoring records follow it.
    const kept = {
      territoryId,
      planId,
      objectiveId,
      order,
      ...(defaultFunderIds && { defaultFunderIds }),
      ...(originId && { originId }),
    };
    return activityWriter.replace(ctx, id, { ...parsed, ...kept });
  });
}

/** A line input validated for its plan: editable, the year in the period, every funder known. */
export async function checkedLine(
  planId: string,
  input: BudgetLineInput,
): Promise<BudgetLineInput> {
  const plan = await editablePlan(planId);
  const parsed = validate(budgetLineInputSchema, input);
  const problem = yearProblem(parsed.year, plan);
  if (problem) refuse(problem, 'year');
  const funderIds = Object.values(parsed.funderIds).flat();
  const known = await getDb().funders.bulkGet(funderIds);
  if (known.some((f) => !f)) refuse('plan:errors.unknownFunder', 'funderIds');
  return parsed;
}

/** Adds a budget line; refused when the year is outside the period or the plan total would reach 10^12 som. */
export async function addLine(activityId: string, input: BudgetLineInput): Promise<BudgetLine> {
  return writeTransaction([...PLAN_TABLES, 'funders'], async (ctx) => {
    const activity = await getOr404<Activity>('activities', activityId);
    const parsed = await checkedLine(activity.planId, input);
    const siblings = await getDb().budgetLines.where('activityId').equals(activityId).toArray();
    const line = await lineWriter.insert(ctx, {
      ...parsed,
      territoryId: activity.territoryId,
      planId: activity.planId,
      activityId,
      order: nextOrder(siblings),
    });
    await assertPlanTotal(activity.planId);
    return line;
  });
}

export async function updateLine(id: string, input: BudgetLineInput): Promise<BudgetLine> {
  return writeTransaction([...PLAN_TABLES, 'funders'], async (ctx) => {
    const line = await getOr404<BudgetLine>('budgetLines', id);
    const parsed = await checkedLine(line.planId, input);
    const { territoryId, planId, activityId, order, originId } = line;
    const updated = await lineWriter.replace(ctx, id, {
      ...parsed,
      ...{ territoryId, planId, activityId, order },
      ...(originId && { originId }),
    });
    await assertPlanTotal(line.planId);
    return updated;
  });
}

export type ItemKind = 'priority' | 'objective' | 'activity' | 'line';
const TABLES: Record<ItemKind, { table: string; parent: string }> = {
  priority: { table: 'planPriorities', parent: 'planId' },
  objective: { table: 'objectives', parent: 'planPriorityId' },
  activity: { table: 'activities', parent: 'objectiveId' },
  line: { table: 'budgetLines', parent: 'activityId' },
};
const WRITERS = {
  priority: priorityWriter,
  objective: objectiveWriter,
  activity: activityWriter,
  line: lineWriter,
};

/** Moves an item one place up (-1) or down (+1) among its siblings; at the edge nothing changes. */
export async function moveItem(kind: ItemKind, id: string, delta: -1 | 1): Promise<void> {
  const { table, parent } = TABLES[kind];
  type Item = Ordered & { planId: string } & Record<string, string>;
  await inEditablePlan(table, id, async (ctx, item: Item) => {
    const siblings = (
      (await getDb().table(table).where(parent).equals(item[parent]!).toArray()) as Ordered[]
    ).sort(byOrder);
    const index = siblings.findIndex((s) => s.id === id);
    const target = index + delta;
    if (target < 0 || target >= siblings.length) return;
    const reordered = [...siblings];
    [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
    const writer = WRITERS[kind] as {
      update: (c: WriteContext, id: string, p: { order: number }) => Promise<unknown>;
    };
    for (const [order, sibling] of reordered.entries()) {
      if (sibling.order !== order) await writer.update(ctx, sibling.id, { order });
    }
  });
}

/** Removes an item with everything beneath it (a priority takes its objectives, activities and lines). */
export async function removeItem(kind: ItemKind, id: string): Promise<void> {
  const { table } = TABLES[kind];
  await inEditablePlan(table, id, (ctx) => removeCascade(ctx, kind, id));
}

async function removeCascade(ctx: WriteContext, kind: ItemKind, id: string): Promise<void> {
  const db = getDb();
  if (kind === 'priority') {
    for (const o of await db.objectives.where('planPriorityId').equals(id).toArray())
      await removeCascade(ctx, 'objective', o.id);
  } else if (kind === 'objective') {
    for (const a of await db.activities.where('objectiveId').equals(id).toArray())
      await removeCascade(ctx, 'activity', a.id);
  } else if (kind === 'activity') {
    for (const l of await db.budgetLines.where('activityId').equals(id).toArray())
      await lineWriter.remove(ctx, l.id);
  }
  await WRITERS[kind].remove(ctx, id);
}

/**
 * Adds the problems chosen in a priorities decision (assessment) as priorities of the plan, linked
 * to it; problems already linked in this plan are skipped. Returns how many were added.
 */
export async function addPrioritiesFromDecision(
  planId: string,
  assessmentId: string,
): Promise<number> {
  return writeTransaction([...PLAN_TABLES, 'priorityAssessments', 'problems'], async (ctx) => {
    const plan = await editablePlan(planId);
    const db = getDb();
    const assessment = await db.priorityAssessments.get(assessmentId);
    if (!assessment) throw new NotFoundError('priorityAssessments', assessmentId);
    const catalogue = new Map(mergeCatalogue(await db.problems.toArray()).map((p) => [p.code, p]));
    const existing = await db.planPriorities.where('planId').equals(planId).toArray();
    const linked = new Set(
      existing.filter((p) => p.priorityId === assessmentId).map((p) => p.problemCode),
    );
    let order = nextOrder(existing);
    let added = 0;
    for (const code of assessment.selected) {
      const problem = catalogue.get(code);
      if (!problem || linked.has(code)) continue;
      await priorityWriter.insert(ctx, {
        territoryId: plan.territoryId,
        planId,
        title: problem.title,
        priorityId: assessmentId,
        problemCode: code,
        order: order++,
      });
      added += 1;
    }
    return added;
  });
}
