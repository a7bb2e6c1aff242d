import { SCHEMA_V10 } from './v10-reports';

/**
 * Schema version 11: the Assessment step and closing a plan cycle (issue 16).
 * Two new territory-scoped tables read by plan series: assessments per priority and the closure of
 * a cycle (per activity continue / modify / stop, lessons, the next cycle's draft). New tables
 * only: no upgrade function.
 */
export const SCHEMA_V11 = Object.freeze({
  ...SCHEMA_V10,
  cycleAssessments: 'id, territoryId, seriesId',
  cycleClosures: 'id, territoryId, seriesId',
});
