/*
 * What a record of each table must look like to be restored (issue 8). Tables listed here are
 * checked against their zod schema; a table without one (a feature that has not registered yet)
 * is checked generically: every row is an object whose primary key is a string. A feature adds
 * its tables here — or calls registerRecordSchema — when its schema lands.
 */
import type { z } from 'zod';
import { auditEntrySchema } from '../schemas/audit';
import {
  activitySchema,
  budgetLineSchema,
  funderSchema,
  objectiveSchema,
  planPrioritySchema,
  planSchema,
} from '../schemas/plan';
import { settingRowSchema, settingSchemas } from '../schemas/settings';
import {
  complaintSchema,
  importBatchSchema,
  placeSchema,
  policeStatSchema,
  problemSchema,
  studySchema,
  surveyResponseSchema,
} from '../schemas/study';
import {
  activityProgressSchema,
  expenditureSchema,
  indicatorMeasurementSchema,
  progressEntrySchema,
  varianceExplanationSchema,
} from '../schemas/monitoring';
import { territorySchema } from '../schemas/territory';
import { assessmentSchema, scoreSheetSchema, snapshotSchema } from '../schemas/priorities';
import {
  decisionSchema,
  meetingSchema,
  memberSchema,
  workingGroupSchema,
} from '../schemas/working-group';

const registry = new Map<string, z.ZodType>([
  ['territories', territorySchema],
  ['settings', settingRowSchema],
  ['audit', auditEntrySchema],
  ['plans', planSchema],
  ['planPriorities', planPrioritySchema],
  ['objectives', objectiveSchema],
  ['activities', activitySchema],
  ['budgetLines', budgetLineSchema],
  ['funders', funderSchema],
  ['problems', problemSchema],
  ['places', placeSchema],
  ['studies', studySchema],
  ['surveyResponses', surveyResponseSchema],
  ['policeStats', policeStatSchema],
  ['complaints', complaintSchema],
  ['importBatches', importBatchSchema],
  ['workingGroups', workingGroupSchema],
  ['members', memberSchema],
  ['meetings', meetingSchema],
  ['decisions', decisionSchema],
  ['priorityAssessments', assessmentSchema],
  ['priorityScoreSheets', scoreSheetSchema],
  ['prioritySnapshots', snapshotSchema],
  ['activityProgress', activityProgressSchema],
  ['progressEntries', progressEntrySchema],
  ['expenditures', expenditureSchema],
  ['indicatorMeasurements', indicatorMeasurementSchema],
  ['varianceExplanations', varianceExplanationSchema],
]);

/** Lets a feature declare the schema its table's records must satisfy on restore. */
export function registerRecordSchema(table: string, schema: z.ZodType): void {
  registry.set(table, schema);
}

/** The schema of a table's records, if one is registered. */
export function recordSchemaFor(table: string): z.ZodType | undefined {
  return registry.get(table);
}

/** The key paths of a Dexie store definition's primary key ('id, x' → ['id'], '[a+b]' → ['a','b']). */
export function primaryKeyPaths(stores: string): string[] {
  const first = (stores.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '');
  if (first.startsWith('[') && first.endsWith(']')) return first.slice(1, -1).split('+');
  return first === '' ? [] : [first];
}

/**
 * Why a record is not acceptable (a field path), or null when it is. Without `withSchemas` only the
 * generic check runs (records of an older schema version, before they are migrated).
 */
export function recordProblem(
  table: string,
  stores: string,
  record: unknown,
  withSchemas = true,
): string | null {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return '(record)';
  const row = record as Record<string, unknown>;
  for (const key of primaryKeyPaths(stores)) {
    if (typeof row[key] !== 'string' || row[key] === '') return key;
  }
  if (!withSchemas) return null;
  const schema = registry.get(table);
  if (schema) {
    const result = schema.safeParse(record);
    if (!result.success) return result.error.issues[0]?.path.join('.') || '(record)';
  }
  if (table === 'settings') {
    const key = row.key as string;
    const valueSchema = (settingSchemas as Record<string, z.ZodType | undefined>)[key];
    if (valueSchema && !valueSchema.safeParse(row.value).success) return 'value';
  }
  return null;
}
