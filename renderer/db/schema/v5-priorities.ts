import { SCHEMA_V4 } from './v4-study';

/**
 * Schema version 5: priority setting — assessments (criteria, weights, ballot, selection, the
 * decision's meeting), members' score sheets and frozen snapshots of the decision. New tables
 * only: no upgrade function.
 */
export const SCHEMA_V5 = Object.freeze({
  ...SCHEMA_V4,
  priorityAssessments: 'id, territoryId, studyId',
  priorityScoreSheets: 'id, territoryId, assessmentId',
  prioritySnapshots: 'id, territoryId, assessmentId, takenOn',
});
