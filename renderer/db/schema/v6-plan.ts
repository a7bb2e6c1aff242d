import { SCHEMA_V5 } from './v5-priorities';

/**
 * Schema version 6: the joint plan and its budget (issue 7) — plans (versions of one plan share a
 * seriesId), the priorities inside a plan (typed in or linked to a priorities record), objectives,
 * activities, budget lines, and the global funder register (no territoryId: architecture A12).
 * New tables only: no upgrade function.
 */
export const SCHEMA_V6 = Object.freeze({
  ...SCHEMA_V5,
  plans: 'id, territoryId, seriesId, status',
  planPriorities: 'id, territoryId, planId, priorityId',
  objectives: 'id, territoryId, planId, planPriorityId',
  activities: 'id, territoryId, planId, objectiveId',
  budgetLines: 'id, territoryId, planId, activityId',
  funders: 'id, type',
});
