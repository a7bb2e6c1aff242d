/* Dated values of an activity's indicator on an approved plan (issue 15), with their source. */
import {
  indicatorMeasurementInputSchema,
  indicatorMeasurementSchema,
  type IndicatorMeasurement,
  type IndicatorMeasurementInput,
} from '../../../shared/schemas/monitoring';
import { recordWriter, validate, writeTransaction } from '../repository';
import {
  activityOf,
  monitoredPlan,
  PLAN_READ_TABLES,
  recordOfSeries,
  seriesScope,
} from './context';

export const measurementWriter = recordWriter('indicatorMeasurements', indicatorMeasurementSchema);

const TABLES = [...PLAN_READ_TABLES, 'indicatorMeasurements'] as const;

/** Adds a measured value of an activity's indicator. */
export async function addMeasurement(
  planId: string,
  activityKey: string,
  input: IndicatorMeasurementInput,
): Promise<IndicatorMeasurement> {
  const parsed = validate(indicatorMeasurementInputSchema, input);
  return writeTransaction(TABLES, async (ctx) => {
    const plan = await monitoredPlan(planId);
    await activityOf(plan, activityKey);
    return measurementWriter.insert(ctx, { ...parsed, ...seriesScope(plan), activityKey });
  });
}

/** Deletes a measured value. */
export async function removeMeasurement(planId: string, id: string): Promise<void> {
  await writeTransaction(TABLES, async (ctx) => {
    const plan = await monitoredPlan(planId);
    await recordOfSeries('indicatorMeasurements', id, plan);
    await measurementWriter.remove(ctx, id);
  });
}
