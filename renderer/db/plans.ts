/*
 * Plan-level writes (issue 7): create, edit, approve, status, new version, copy from a previous
 * cycle, delete. An approved plan is locked: edits are refused with a reason; a "new version"
 * copies everything under new ids and leaves the earlier version readable and printable.
 */
import { lineTotal, planTotalAllowed } from '../../shared/domain/budget';
import type { PlanTree } from '../../shared/domain/plan-outline';
import {
  activitySchema,
  approvalSchema,
  budgetLineSchema,
  identityKey,
  objectiveSchema,
  planInputSchema,
  planPrioritySchema,
  planSchema,
  type Activity,
  type Approval,
  type Plan,
  type PlanInput,
  type PlanStatus,
} from '../../shared/schemas/plan';
import { getDb } from './database';
import {
  NotFoundError,
  recordWriter,
  validate,
  ValidationError,
  writeTransaction,
  type WriteContext,
} from './repository';

export const planWriter = recordWriter('plans', planSchema);
export const priorityWriter = recordWriter('planPriorities', planPrioritySchema);
export const objectiveWriter = recordWriter('objectives', objectiveSchema);
export const activityWriter = recordWriter('activities', activitySchema);
export const lineWriter = recordWriter('budgetLines', budgetLineSchema);

/** The tables of a plan and its contents: what plan writes hold. */
export const PLAN_TABLES = [
  'plans',
  'planPriorities',
  'objectives',
  'activities',
  'budgetLines',
] as const;

/** A refusal the clerk caused; `reason` is an i18n key. */
export function refuse(reason: string, path = ''): never {
  throw new ValidationError([{ path, message: reason }]);
}

/** True when the plan can no longer be edited (approved or later, or replaced by a newer version). */
export function isLocked(plan: Pick<Plan, 'status' | 'supersededAt'>): boolean {
  return plan.status !== 'draft' || Boolean(plan.supersededAt);
}

/** The plan, or a NotFoundError. */
export async function getPlan(id: string): Promise<Plan> {
  const plan = await getDb().plans.get(id);
  if (!plan) throw new NotFoundError('plans', id);
  return plan;
}

/** The plan if it may be edited; otherwise refuses with the reason. */
export async function editablePlan(id: string): Promise<Plan> {
  const plan = await getPlan(id);
  if (plan.supersededAt) refuse('plan:errors.superseded');
  if (isLocked(plan)) refuse('plan:errors.locked');
  return plan;
}

/** Everything stored about one plan version. */
export async function loadPlanTree(planId: string): Promise<PlanTree> {
  const db = getDb();
  const plan = await getPlan(planId);
  const [priorities, objectives, activities, lines] = await Promise.all([
    db.planPriorities.where('planId').equals(planId).toArray(),
    db.objectives.where('planId').equals(planId).toArray(),
    db.activities.where('planId').equals(planId).toArray(),
    db.budgetLines.where('planId').equals(planId).toArray(),
  ]);
  return { plan, priorities, objectives, activities, lines };
}

/** Creates a draft plan (version 1 of a new series). */
export async function createPlan(territoryId: string, input: PlanInput): Promise<Plan> {
  const parsed = validate(planInputSchema, input);
  return writeTransaction(['plans'], (ctx) =>
    planWriter.insert(ctx, {
      ...parsed,
      territoryId,
      status: 'draft',
      seriesId: crypto.randomUUID(),
      version: 1,
    }),
  );
}

/** Changes a draft plan's title or period; lines outside a narrowed period are refused. */
export async function updatePlan(id: string, input: PlanInput): Promise<Plan> {
  const parsed = validate(planInputSchema, input);
  return writeTransaction(['plans', 'budgetLines'], async (ctx) => {
    await editablePlan(id);
    const outside = await getDb()
      .budgetLines.where('planId')
      .equals(id)
      .filter((l) => l.year < parsed.startYear || l.year > parsed.endYear)
      .count();
    if (outside > 0) refuse('plan:errors.linesOutsidePeriod', 'endYear');
    return planWriter.update(ctx, id, parsed);
  });
}

/** Approves a draft: records the approval block and locks the plan. */
export async function approvePlan(id: string, approval: Approval): Promise<Plan> {
  const parsed = validate(approvalSchema, approval);
  return writeTransaction(['plans'], async (ctx) => {
    await editablePlan(id);
    return planWriter.update(ctx, id, { status: 'approved', approval: parsed });
  });
}

const NEXT_STATUS: Partial<Record<PlanStatus, PlanStatus>> = {
  approved: 'inProgress',
  inProgress: 'completed',
};

/** Moves an approved plan on: approved → in progress → completed. */
export async function advanceStatus(id: string): Promise<Plan> {
  return writeTransaction(['plans'], async (ctx) => {
    const plan = await getPlan(id);
    const next = NEXT_STATUS[plan.status];
    if (!next || plan.supersededAt) refuse('plan:errors.statusChange');
    return planWriter.update(ctx, id, { status: next });
  });
}

/** Deletes a draft plan with everything in it. */
export async function deletePlan(id: string): Promise<void> {
  await writeTransaction(PLAN_TABLES, async (ctx) => {
    await editablePlan(id);
    await removePlanContents(ctx, id);
    await planWriter.remove(ctx, id);
  });
}

async function removePlanContents(ctx: WriteContext, planId: string): Promise<void> {
  const db = getDb();
  for (const line of await db.budgetLines.where('planId').equals(planId).toArray())
    await lineWriter.remove(ctx, line.id);
  for (const activity of await db.activities.where('planId').equals(planId).toArray())
    await activityWriter.remove(ctx, activity.id);
  for (const objective of await db.objectives.where('planId').equals(planId).toArray())
    await objectiveWriter.remove(ctx, objective.id);
  for (const priority of await db.planPriorities.where('planId').equals(planId).toArray())
    await priorityWriter.remove(ctx, priority.id);
}

/** Which activities a copy takes (with their objectives and priorities), and how it changes them. */
export interface CopySelection {
  keep: (activity: Activity) => boolean;
  adjust: (activity: Activity) => Partial<Activity>;
}

/** Keeps only the priorities and objectives of `tree` that hold a kept activity. */
function selectTree(tree: PlanTree, select: CopySelection): PlanTree {
  const activities = tree.activities.filter(select.keep);
  const objectiveIds = new Set(activities.map((a) => a.objectiveId));
  const objectives = tree.objectives.filter((o) => objectiveIds.has(o.id));
  const priorityIds = new Set(objectives.map((o) => o.planPriorityId));
  const priorities = tree.priorities.filter((p) => priorityIds.has(p.id));
  return { ...tree, priorities, objectives, activities };
}

/**
 * Copies every priority, objective, activity and line of `tree` into `target` under new ids. A new
 * version of the same plan keeps each activity's and line's identity (`originId`), so its
 * monitoring records carry over; a plan of a new cycle starts new identities. `select` copies only
 * some activities (the next cycle's draft), changed as it says.
 */
export async function copyContents(
  ctx: WriteContext,
  source: PlanTree,
  target: Plan,
  mapYear: (year: number) => number,
  keepIdentity: boolean,
  select?: CopySelection,
): Promise<void> {
  const tree = select ? selectTree(source, select) : source;
  const strip = <T extends { id: string; createdAt: string; updatedAt: string }>(record: T) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = record;
    if ('originId' in rest) delete rest.originId;
    return rest;
  };
  const identity = (record: { id: string; originId?: string }) =>
    keepIdentity ? { originId: identityKey(record) } : {};
  const scope = { territoryId: target.territoryId, planId: target.id };
  const priorityIds = new Map<string, string>();
  const objectiveIds = new Map<string, string>();
  const activityIds = new Map<string, string>();
  for (const priority of tree.priorities) {
    const copy = await priorityWriter.insert(ctx, { ...strip(priority), ...scope });
    priorityIds.set(priority.id, copy.id);
  }
  for (const objective of tree.objectives) {
    const planPriorityId = priorityIds.get(objective.planPriorityId);
    if (!planPriorityId) continue;
    const copy = await objectiveWriter.insert(ctx, {
      ...strip(objective),
      ...scope,
      planPriorityId,
    });
    objectiveIds.set(objective.id, copy.id);
  }
  for (const activity of tree.activities) {
    const objectiveId = objectiveIds.get(activity.objectiveId);
    if (!objectiveId) continue;
    const copy = await activityWriter.insert(ctx, {
      ...strip(activity),
      ...identity(activity),
      ...scope,
      objectiveId,
      ...select?.adjust(activity),
    });
    activityIds.set(activity.id, copy.id);
  }
  for (const line of tree.lines) {
    const activityId = activityIds.get(line.activityId);
    if (!activityId) continue;
    await lineWriter.insert(ctx, {
      ...strip(line),
      ...identity(line),
      ...scope,
      activityId,
      year: mapYear(line.year),
    });
  }
}

/**
 * Makes a new editable version of a locked plan: everything copied under new ids, a dated change
 * note, the earlier version kept (readable, printable) and marked as superseded.
 */
export async function newVersion(
  id: string,
  changeNote: string,
  changeDate: string,
): Promise<Plan> {
  return writeTransaction(PLAN_TABLES, async (ctx) => {
    const tree = await loadPlanTree(id);
    const { plan } = tree;
    if (plan.supersededAt) refuse('plan:errors.superseded');
    if (plan.status === 'draft') refuse('plan:errors.draftNeedsNoVersion');
    if (!changeNote.trim()) refuse('errors:required', 'changeNote');
    const created = await planWriter.insert(ctx, {
      territoryId: plan.territoryId,
      title: plan.title,
      startYear: plan.startYear,
      endYear: plan.endYear,
      status: 'draft',
      seriesId: plan.seriesId,
      version: plan.version + 1,
      changeNote,
      changeDate,
      previousVersionId: plan.id,
      ...(plan.copiedFromId ? { copiedFromId: plan.copiedFromId } : {}),
    });
    await copyContents(ctx, tree, created, (year) => year, true);
    await planWriter.update(ctx, plan.id, { supersededAt: new Date().toISOString() });
    return created;
  });
}

/**
 * Starts a new plan (a new series, draft, version 1) as a copy of a previous cycle's plan. Line
 * years move by the shift of the period and are kept inside the new period.
 */
export async function copyPlanFromPrevious(sourceId: string, input: PlanInput): Promise<Plan> {
  const parsed = validate(planInputSchema, input);
  return writeTransaction(PLAN_TABLES, async (ctx) => {
    const tree = await loadPlanTree(sourceId);
    const created = await planWriter.insert(ctx, {
      ...parsed,
      territoryId: tree.plan.territoryId,
      status: 'draft',
      seriesId: crypto.randomUUID(),
      version: 1,
      copiedFromId: sourceId,
    });
    await copyContents(ctx, tree, created, shiftedYears(tree.plan, parsed), false);
    return created;
  });
}

/** Moves a line's year by the shift between two periods, kept inside the new period. */
export function shiftedYears(
  from: Pick<Plan, 'startYear'>,
  to: Pick<Plan, 'startYear' | 'endYear'>,
): (year: number) => number {
  const shift = to.startYear - from.startYear;
  return (year) => Math.min(to.endYear, Math.max(to.startYear, year + shift));
}

/** Refuses when the plan's total would reach 10^12 som. Call inside the transaction, after the write. */
export async function assertPlanTotal(planId: string): Promise<void> {
  const lines = await getDb().budgetLines.where('planId').equals(planId).toArray();
  const total = lines.reduce((sum, l) => sum + lineTotal(l.quantityMilli, l.unitCostTyiyn), 0);
  if (!planTotalAllowed(total)) refuse('plan:errors.planTooLarge', 'unitCostTyiyn');
}
