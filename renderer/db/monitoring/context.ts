/*
 * What every monitoring write checks first (issue 15): the plan is approved (locked, not a draft)
 * and is the version being followed — the newest non-draft version of its series, so while a new
 * version is drafted the approved one goes on being monitored — and the activity or line named
 * belongs to that plan. Records are kept per series and identity key, so every version of a plan
 * sees the same monitoring records.
 */
import {
  identityKey,
  type Activity,
  type BudgetLine,
  type Plan,
} from '../../../shared/schemas/plan';
import { getDb, type TableName } from '../database';
import { getPlan, refuse } from '../plans';
import type { z } from 'zod';
import {
  validate,
  writeTransaction,
  type RecordInput,
  type RecordWriter,
  type Stamped,
  type WriteContext,
} from '../repository';

/** The tables a monitoring write reads to check its plan (held by its transaction). */
export const PLAN_READ_TABLES: readonly TableName[] = ['plans', 'activities', 'budgetLines'];

/** The version of a series that monitoring follows: its newest non-draft version, or undefined. */
export async function monitoredVersion(seriesId: string): Promise<Plan | undefined> {
  const versions = await getDb().plans.where('seriesId').equals(seriesId).toArray();
  return versions
    .filter((plan) => plan.status !== 'draft')
    .sort((a, b) => b.version - a.version)[0];
}

/** The plan if monitoring may be recorded on it; otherwise refuses with the reason. */
export async function monitoredPlan(planId: string): Promise<Plan> {
  const plan = await getPlan(planId);
  if (plan.status === 'draft') refuse('monitoring:errors.planNotApproved', 'planId');
  const followed = await monitoredVersion(plan.seriesId);
  if (followed?.id !== plan.id) refuse('monitoring:errors.notFollowedVersion', 'planId');
  return plan;
}

/** The plan's activity whose identity is `key`, or a refusal naming `activityKey`. */
export async function activityOf(plan: Plan, key: string): Promise<Activity> {
  const activity = await getDb()
    .activities.where('planId')
    .equals(plan.id)
    .filter((a) => identityKey(a) === key)
    .first();
  return activity ?? refuse('monitoring:errors.activityNotInPlan', 'activityKey');
}

/** The plan's budget line whose identity is `key`, or a refusal naming `lineKey`. */
export async function lineOf(plan: Plan, key: string): Promise<BudgetLine> {
  const line = await getDb()
    .budgetLines.where('planId')
    .equals(plan.id)
    .filter((l) => identityKey(l) === key)
    .first();
  return line ?? refuse('monitoring:errors.lineNotInPlan', 'lineKey');
}

/** The first and last day of the plan's period. */
export function planPeriod(plan: Pick<Plan, 'startYear' | 'endYear'>): {
  from: string;
  to: string;
} {
  return { from: `${plan.startYear}-01-01`, to: `${plan.endYear}-12-31` };
}

/** Refuses a date outside the plan's period, naming `path`. */
export function checkInPeriod(plan: Plan, date: string | undefined, path: string): void {
  if (!date) return;
  const { from, to } = planPeriod(plan);
  if (date < from || date > to) refuse('monitoring:errors.dateOutsidePlan', path);
}

/** The fields a record of a series carries besides its own. */
export function seriesScope(plan: Plan): { territoryId: string; seriesId: string } {
  return { territoryId: plan.territoryId, seriesId: plan.seriesId };
}

/** A stored monitoring record of the plan's series, or a refusal (`NotFoundError` for a stale id). */
export async function recordOfSeries<T extends { seriesId: string }>(
  table: 'activityProgress' | 'progressEntries' | 'expenditures' | 'indicatorMeasurements',
  id: string,
  plan: Plan,
): Promise<T> {
  const record = (await getDb().table(table).get(id)) as T | undefined;
  if (!record || record.seriesId !== plan.seriesId) refuse('monitoring:errors.notInSeries', 'id');
  return record;
}

/** One write on the plan monitoring follows: a transaction over `tables` (with the plan's). */
export function monitoredWrite<T>(
  tables: readonly TableName[],
  planId: string,
  fn: (ctx: WriteContext, plan: Plan) => Promise<T>,
): Promise<T> {
  return writeTransaction([...PLAN_READ_TABLES, ...tables], async (ctx) =>
    fn(ctx, await monitoredPlan(planId)),
  );
}

type SeriesTable = Parameters<typeof recordOfSeries>[0];

/** Deletes a record of the plan's series (audited by its writer). */
export function removeFromSeries(
  table: SeriesTable,
  writer: Pick<RecordWriter<never>, 'remove'>,
  planId: string,
  id: string,
): Promise<void> {
  return monitoredWrite([table], planId, async (ctx, plan) => {
    await recordOfSeries(table, id, plan);
    await writer.remove(ctx, id);
  });
}

/** A kind of dated record about one activity of the plan (an indicator's value, a progress entry). */
export interface ActivityRecordKind<Input extends { date?: string }, Row extends Stamped> {
  /** The tables its write holds besides the plan's. */
  tables: readonly TableName[];
  input: z.ZodType<Input>;
  writer: Pick<RecordWriter<Row>, 'insert'>;
  /** What the schema cannot check, beyond the activity and the date lying in the plan's period. */
  check?: (plan: Plan, parsed: Input) => Promise<void>;
}

/**
 * Adds a record of `kind` to the activity whose identity is `activityKey`: the input validated,
 * the activity and the date checked against the plan, one audited insert in one transaction.
 */
export async function addActivityRecord<Input extends { date?: string }, Row extends Stamped>(
  kind: ActivityRecordKind<Input, Row>,
  planId: string,
  activityKey: string,
  input: Input,
): Promise<Row> {
  const parsed = validate(kind.input, input);
  return monitoredWrite(kind.tables, planId, async (ctx, plan) => {
    await activityOf(plan, activityKey);
    checkInPeriod(plan, parsed.date, 'date');
    await kind.check?.(plan, parsed);
    const record = { ...parsed, ...seriesScope(plan), activityKey };
    return kind.writer.insert(ctx, record as unknown as RecordInput<Row>);
  });
}
