/*
 * Closing a plan cycle (issue 16): per activity continue / modify / stop with a reason, lessons
 * learned, the priorities left unresolved; then «Начать следующий цикл» makes the next cycle's
 * draft plan (a new series) from the continued and modified activities in one transaction: their
 * budget lines copied (expenditures stay with the old cycle), the latest measured value of each
 * indicator as its new baseline. Once the next cycle is started, the closure is read-only.
 */
import { priorityKey } from '../../../shared/domain/monitoring/assessment';
import {
  carriedIntoNextCycle,
  nextBaseline,
  proposedDecision,
  type CycleDecision,
} from '../../../shared/domain/monitoring/cycle';
import {
  cycleClosureInputSchema,
  cycleClosureSchema,
  type CycleClosure,
  type CycleClosureInput,
  type UnresolvedPriority,
} from '../../../shared/schemas/assessment';
import {
  identityKey,
  planInputSchema,
  type Plan,
  type PlanInput,
} from '../../../shared/schemas/plan';
import { getDb, type TableName } from '../database';
import {
  copyContents,
  loadPlanTree,
  PLAN_TABLES,
  planWriter,
  refuse,
  shiftedYears,
} from '../plans';
import { recordWriter, validate, writeTransaction } from '../repository';
import { activityOf, monitoredPlan, monitoredWrite, seriesScope } from './context';

export const closureWriter = recordWriter('cycleClosures', cycleClosureSchema);

/** The closure of a series, if any. */
export async function closureOf(seriesId: string): Promise<CycleClosure | undefined> {
  return getDb().cycleClosures.where('seriesId').equals(seriesId).first();
}

/** Refuses a change once the next cycle is started. */
function assertOpen(closure: CycleClosure | undefined): void {
  if (closure?.nextPlanId) refuse('assessment:errors.cycleClosed', 'nextPlanId');
}

const CLOSURE_TABLES: readonly TableName[] = ['cycleClosures', 'planPriorities'];

/** Records (or replaces) the closure of the plan's series. */
export async function saveClosure(planId: string, input: CycleClosureInput): Promise<CycleClosure> {
  const parsed = validate(cycleClosureInputSchema, input);
  return monitoredWrite(CLOSURE_TABLES, planId, async (ctx, plan) => {
    const existing = await closureOf(plan.seriesId);
    assertOpen(existing);
    const seen = new Set<string>();
    for (const [i, decision] of parsed.decisions.entries()) {
      if (seen.has(decision.activityKey))
        refuse('assessment:errors.decisionTwice', `decisions.${i}.activityKey`);
      seen.add(decision.activityKey);
      await activityOf(plan, decision.activityKey);
    }
    const priorities = await getDb().planPriorities.where('planId').equals(plan.id).toArray();
    const byKey = new Map(priorities.map((p) => [priorityKey(p), p]));
    const unresolved: UnresolvedPriority[] = parsed.unresolvedKeys.map((key, i) => {
      const priority = byKey.get(key);
      if (!priority) refuse('assessment:errors.priorityNotInPlan', `unresolvedKeys.${i}`);
      const { ru, ky, en } = priority.title;
      return {
        key,
        ...(priority.problemCode ? { problemCode: priority.problemCode } : {}),
        title: { ...(ru ? { ru } : {}), ...(ky ? { ky } : {}), ...(en ? { en } : {}) },
      };
    });
    const record = { ...parsed, ...seriesScope(plan), unresolved };
    return existing
      ? closureWriter.replace(ctx, existing.id, record)
      : closureWriter.insert(ctx, record);
  });
}

/**
 * Starts the next cycle from the plan monitoring follows: a draft plan of a new series with the
 * continued and modified activities (a modified one keeps its reason in its notes), their lines,
 * and the latest measured indicator values as baselines. The closure must be recorded first.
 */
export async function startNextCycle(planId: string, input: PlanInput): Promise<Plan> {
  const parsed = validate(planInputSchema, input);
  const tables: TableName[] = [
    ...PLAN_TABLES,
    'cycleClosures',
    'activityProgress',
    'indicatorMeasurements',
  ];
  return writeTransaction(tables, async (ctx) => {
    const plan = await monitoredPlan(planId);
    const closure = await closureOf(plan.seriesId);
    if (!closure) refuse('assessment:errors.closeFirst', 'decisions');
    assertOpen(closure);
    if (parsed.startYear <= plan.endYear) refuse('assessment:errors.nextStartsAfter', 'startYear');
    const db = getDb();
    const [tree, progress, measurements] = await Promise.all([
      loadPlanTree(plan.id),
      db.activityProgress.where('seriesId').equals(plan.seriesId).toArray(),
      db.indicatorMeasurements.where('seriesId').equals(plan.seriesId).toArray(),
    ]);
    const decided = new Map(closure.decisions.map((d) => [d.activityKey, d]));
    const statusOf = new Map(progress.map((p) => [p.activityKey, p.status]));
    const decisionOf = (key: string): CycleDecision =>
      decided.get(key)?.decision ?? proposedDecision(statusOf.get(key) ?? 'planned');
    const created = await planWriter.insert(ctx, {
      ...parsed,
      territoryId: plan.territoryId,
      status: 'draft',
      seriesId: crypto.randomUUID(),
      version: 1,
      copiedFromId: plan.id,
    });
    await copyContents(ctx, tree, created, shiftedYears(plan, parsed), false, {
      keep: (activity) => carriedIntoNextCycle(decisionOf(identityKey(activity))),
      adjust: (activity) => {
        const key = identityKey(activity);
        const own = measurements.filter((m) => 'activityKey' in m && m.activityKey === key);
        const baseline = nextBaseline(activity.indicator.baseline, own);
        const reason = decisionOf(key) === 'modify' ? decided.get(key)?.reason : undefined;
        const notes = [activity.notes, reason].filter(Boolean).join('\n');
        return {
          indicator: { ...activity.indicator, ...(baseline !== undefined ? { baseline } : {}) },
          ...(notes ? { notes } : {}),
        };
      },
    });
    await closureWriter.update(ctx, closure.id, {
      nextPlanId: created.id,
      nextStartedAt: new Date().toISOString(),
    });
    return created;
  });
}

/**
 * The priorities the territory's closed cycles left unresolved, newest cycle first, for the next
 * priorities assessment.
 */
export async function unresolvedPriorities(
  territoryId: string,
): Promise<{ seriesId: string; priorities: UnresolvedPriority[] }[]> {
  const closures = await getDb().cycleClosures.where('territoryId').equals(territoryId).toArray();
  return closures
    .filter((c) => c.unresolved.length > 0)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((c) => ({ seriesId: c.seriesId, priorities: c.unresolved }));
}
