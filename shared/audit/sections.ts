/* The change log's sections: each table's records belong to one step of the cycle (or settings). */

export const AUDIT_SECTIONS = [
  'territory',
  'workingGroup',
  'study',
  'priorities',
  'plan',
  'monitoring',
  'settings',
] as const;
export type AuditSection = (typeof AUDIT_SECTIONS)[number];

/** The section of each table's entries. */
export const TABLE_SECTIONS: Readonly<Record<string, AuditSection>> = {
  territories: 'territory',
  settings: 'settings',
  workingGroups: 'workingGroup',
  members: 'workingGroup',
  meetings: 'workingGroup',
  decisions: 'workingGroup',
  problems: 'study',
  places: 'study',
  studies: 'study',
  surveyResponses: 'study',
  studyCubes: 'study',
  policeStats: 'study',
  complaints: 'study',
  importBatches: 'study',
  importMappings: 'study',
  priorityAssessments: 'priorities',
  priorityScoreSheets: 'priorities',
  prioritySnapshots: 'priorities',
  plans: 'plan',
  planPriorities: 'plan',
  objectives: 'plan',
  activities: 'plan',
  budgetLines: 'plan',
  funders: 'plan',
  activityProgress: 'monitoring',
  progressEntries: 'monitoring',
  expenditures: 'monitoring',
  spendingTotals: 'monitoring',
  indicatorMeasurements: 'monitoring',
  varianceExplanations: 'monitoring',
};

/** The section a table's entries are filed under (a table not listed: the territory's own). */
export function auditSection(table: string): AuditSection {
  return TABLE_SECTIONS[table] ?? 'territory';
}
