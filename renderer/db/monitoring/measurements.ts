/*
 * Dated values of an activity's indicator on an approved plan (issue 15), with their source, and
 * the values of the priorities' outcome indicators (accepted from a later study or newer police
 * quarters, with N and margin) — both kept in the indicatorMeasurements table.
 */
import { parseOutcomeKey } from '../../../shared/domain/monitoring/outcomes';
import {
  indicatorMeasurementInputSchema,
  indicatorMeasurementSchema,
  outcomeMeasurementInputSchema,
  outcomeMeasurementSchema,
  type IndicatorMeasurement,
  type IndicatorMeasurementInput,
  type MeasurementRecord,
  type OutcomeMeasurement,
  type OutcomeMeasurementInput,
} from '../../../shared/schemas/monitoring';
import type { Plan } from '../../../shared/schemas/plan';
import { getDb } from '../database';
import { refuse } from '../plans';
import { recordWriter, validate } from '../repository';
import {
  addActivityRecord,
  checkInPeriod,
  monitoredWrite,
  recordOfSeries,
  removeFromSeries,
  seriesScope,
} from './context';

export const measurementWriter = recordWriter('indicatorMeasurements', indicatorMeasurementSchema);
export const outcomeWriter = recordWriter('indicatorMeasurements', outcomeMeasurementSchema);

const TABLES = ['indicatorMeasurements', 'planPriorities'] as const;

/** Adds a measured value of an activity's indicator. */
export function addMeasurement(
  planId: string,
  activityKey: string,
  input: IndicatorMeasurementInput,
): Promise<IndicatorMeasurement> {
  return addActivityRecord(
    { tables: TABLES, input: indicatorMeasurementInputSchema, writer: measurementWriter },
    planId,
    activityKey,
    input,
  );
}

/** Refuses an outcome key that is malformed or names a problem none of the plan's priorities has. */
async function checkOutcome(plan: Plan, key: string): Promise<void> {
  const indicator = parseOutcomeKey(key);
  if (!indicator) refuse('monitoring:errors.outcomeUnknown', 'outcomeKey');
  if (!indicator.problemCode) return;
  const priorities = await getDb().planPriorities.where('planId').equals(plan.id).toArray();
  if (!priorities.some((p) => p.problemCode === indicator.problemCode))
    refuse('monitoring:errors.outcomeNotInPlan', 'outcomeKey');
}

/** Records a value of a priority's outcome indicator (an accepted proposal, or typed). */
export async function addOutcomeMeasurement(
  planId: string,
  outcomeKey: string,
  input: OutcomeMeasurementInput,
): Promise<OutcomeMeasurement> {
  const parsed = validate(outcomeMeasurementInputSchema, input);
  return monitoredWrite(TABLES, planId, async (ctx, plan) => {
    await checkOutcome(plan, outcomeKey);
    checkInPeriod(plan, parsed.date, 'date');
    return outcomeWriter.insert(ctx, { ...parsed, ...seriesScope(plan), outcomeKey });
  });
}

/**
 * Changes a measured value's date, value, source and note; what it measures stays, and so do an
 * accepted outcome value's N, margin and origin.
 */
export async function updateMeasurement(
  planId: string,
  id: string,
  input: IndicatorMeasurementInput,
): Promise<MeasurementRecord> {
  const parsed = validate(indicatorMeasurementInputSchema, input);
  return monitoredWrite(TABLES, planId, async (ctx, plan) => {
    const before = await recordOfSeries<MeasurementRecord>('indicatorMeasurements', id, plan);
    checkInPeriod(plan, parsed.date, 'date');
    const scope = seriesScope(plan);
    if ('outcomeKey' in before) {
      const { n, margin, origin, outcomeKey } = before;
      return outcomeWriter.replace(ctx, id, { ...parsed, ...scope, n, margin, origin, outcomeKey });
    }
    return measurementWriter.replace(ctx, id, {
      ...parsed,
      ...scope,
      activityKey: before.activityKey,
    });
  });
}

/** Deletes a measured value (of an activity's indicator or an outcome's). */
export function removeMeasurement(planId: string, id: string): Promise<void> {
  return removeFromSeries('indicatorMeasurements', measurementWriter, planId, id);
}
