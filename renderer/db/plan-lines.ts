/*
 * Budget entry as office people do it (issue 17): many lines pasted at once (one transaction, one
 * audit entry for the batch), a line duplicated below itself, and an activity's default funders
 * per source, which its new lines start with.
 */
import type { Source } from '../../shared/domain/budget';
import type { Activity, BudgetLine, BudgetLineInput } from '../../shared/schemas/plan';
import { getDb } from './database';
import { byOrder, checkedLine, getOr404, nextOrder } from './plan-items';
import {
  activityWriter,
  assertPlanTotal,
  editablePlan,
  lineWriter,
  PLAN_TABLES,
  refuse,
} from './plans';
import { writeTransaction } from './repository';

const TABLES = [...PLAN_TABLES, 'funders'] as const;

/** Adds `inputs` at the end of the activity's lines, all or none; refused as addLine refuses one. */
export async function addLines(
  activityId: string,
  inputs: readonly BudgetLineInput[],
): Promise<BudgetLine[]> {
  return writeTransaction(TABLES, async (ctx) => {
    const activity = await getOr404<Activity>('activities', activityId);
    const parsed: BudgetLineInput[] = [];
    for (const input of inputs) parsed.push(await checkedLine(activity.planId, input));
    const siblings = await getDb().budgetLines.where('activityId').equals(activityId).toArray();
    const first = nextOrder(siblings);
    const { territoryId, planId } = activity;
    const { records } = await lineWriter.insertMany(
      ctx,
      parsed.map((line, i) => ({ ...line, territoryId, planId, activityId, order: first + i })),
      { summary: { activityId, pasted: true } },
    );
    await assertPlanTotal(planId);
    return records;
  });
}

/** A copy of the line right below it (a new line: it has no spending of its own). */
export async function duplicateLine(id: string): Promise<BudgetLine> {
  return writeTransaction(TABLES, async (ctx) => {
    const line = await getOr404<BudgetLine>('budgetLines', id);
    await editablePlan(line.planId);
    const siblings = (
      await getDb().budgetLines.where('activityId').equals(line.activityId).toArray()
    ).sort(byOrder);
    const at = siblings.findIndex((s) => s.id === id);
    // Renumber from the original on, leaving the place after it free.
    for (const [index, sibling] of siblings.entries()) {
      const order = index <= at ? index : index + 1;
      if (sibling.order !== order) await lineWriter.update(ctx, sibling.id, { order });
    }
    const { id: _id, createdAt: _c, updatedAt: _u, originId: _o, ...fields } = line;
    const copy = await lineWriter.insert(ctx, { ...fields, order: at + 1 });
    await assertPlanTotal(line.planId);
    return copy;
  });
}

/** Sets the funders per source that the activity's new lines start with (known funders only). */
export async function setDefaultFunders(
  activityId: string,
  funderIds: Record<Source, string[]>,
): Promise<Activity> {
  return writeTransaction(TABLES, async (ctx) => {
    const activity = await getOr404<Activity>('activities', activityId);
    await editablePlan(activity.planId);
    const known = await getDb().funders.bulkGet(Object.values(funderIds).flat());
    if (known.some((f) => !f)) refuse('plan:errors.unknownFunder', 'funderIds');
    return activityWriter.update(ctx, activityId, { defaultFunderIds: funderIds });
  });
}
