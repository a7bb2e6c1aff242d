/* Dated values of an activity's indicator on an approved plan (issue 15), with their source. */
import {
  indicatorMeasurementInputSchema,
  indicatorMeasurementSchema,
  type IndicatorMeasurement,
  type IndicatorMeasurementInput,
} from '../../../shared/schemas/monitoring';
import { recordWriter, validate } from '../repository';
import { activityOf, monitoredWrite, removeFromSeries, seriesScope } from './context';

export const measurementWriter = recordWriter('indicatorMeasurements', indicatorMeasurementSchema);

const TABLES = ['indicatorMeasurements'] as const;

/** Adds a measured value of an activity's indicator. */
export async function addMeasurement(
  planId: string,
  activityKey: string,
  input: IndicatorMeasurementInput,
): Promise<IndicatorMeasurement> {
  const parsed = validate(indicatorMeasurementInputSchema, input);
  return monitoredWrite(TABLES, planId, async (ctx, plan) => {
    await activityOf(plan, activityKey);
    return measurementWriter.insert(ctx, { ...parsed, ...seriesScope(plan), activityKey });
  });
}

/** Deletes a measured value. */
export function removeMeasurement(planId: string, id: string): Promise<void> {
  return removeFromSeries('indicatorMeasurements', measurementWriter, planId, id);
}
