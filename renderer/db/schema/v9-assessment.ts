import { SCHEMA_V8 } from './v8-monitoring';

/**
 * Schema version 9 (provisional number): the Assessment step and closing a plan cycle (issue 16).
 * Two new territory-scoped tables read by plan series: assessments per priority and the closure of
 * a cycle (per activity continue / modify / stop, lessons, the next cycle's draft). New tables
 * only: no upgrade function.
 */
export const SCHEMA_V9 = Object.freeze({
  ...SCHEMA_V8,
  cycleAssessments: 'id, territoryId, seriesId',
  cycleClosures: 'id, territoryId, seriesId',
});
