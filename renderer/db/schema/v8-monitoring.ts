import { SCHEMA_V7 } from './v7-lean-responses';

/**
 * Schema version 8: monitoring of an approved plan (issue 15). Five new territory-scoped tables,
 * each read by its plan series (all versions of one plan share `seriesId`; records refer to
 * activities and lines by their identity across versions, `activityKey` / `lineKey`):
 * activity progress (one per activity), dated progress entries, expenditures, indicator
 * measurements and explanations of variances. New tables only: no upgrade function.
 */
export const SCHEMA_V8 = Object.freeze({
  ...SCHEMA_V7,
  activityProgress: 'id, territoryId, seriesId',
  progressEntries: 'id, territoryId, seriesId',
  expenditures: 'id, territoryId, seriesId',
  indicatorMeasurements: 'id, territoryId, seriesId',
  varianceExplanations: 'id, territoryId, seriesId',
});
