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
  measurementRecordSchema,
  progressEntrySchema,
  spendingTotalsRowSchema,
  varianceExplanationSchema,
} from '../schemas/monitoring';
import { checkedChunkSchema } from '../domain/study/response-chunk';
import { reportSchema } from '../schemas/reports';
import { cycleAssessmentSchema, cycleClosureSchema } from '../schemas/assessment';
import { territorySchema } from '../schemas/territory';
import {
  exchangeKeyRowSchema,
  exchangeLedgerRowSchema,
  exchangeOriginRowSchema,
  exchangePackageRowSchema,
  trustedKeyRowSchema,
} from '../exchange/records';
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
  ['responseChunks', checkedChunkSchema],
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
  ['spendingTotals', spendingTotalsRowSchema],
  ['indicatorMeasurements', measurementRecordSchema],
  ['varianceExplanations', varianceExplanationSchema],
  ['exchangeKeys', exchangeKeyRowSchema],
  ['exchangeLedgers', exchangeLedgerRowSchema],
  ['trustedKeys', trustedKeyRowSchema],
  ['exchangePackages', exchangePackageRowSchema],
  ['exchangeOrigins', exchangeOriginRowSchema],
  ['reports', reportSchema],
  ['cycleAssessments', cycleAssessmentSchema],
  ['cycleClosures', cycleClosureSchema],
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The first field of `input` that the schema's output dropped (an unknown field), as a path, or
 * null. zod strips unknown keys silently; a backup carrying them is refused instead.
 */
function droppedField(input: unknown, output: unknown, path: string): string | null {
  if (Array.isArray(input)) {
    if (!Array.isArray(output)) return null;
    for (let i = 0; i < input.length; i++) {
      const inner = droppedField(input[i], output[i], `${path}${path ? '.' : ''}${i}`);
      if (inner !== null) return inner;
    }
    return null;
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return null;
  for (const key of Object.keys(input)) {
    const at = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(output, key)) return at;
    const inner = droppedField(input[key], output[key], at);
    if (inner !== null) return inner;
  }
  return null;
}

/** A record as it will be stored (the schema's output), or why it is refused. */
export type RecordCheck =
  { ok: true; value: unknown } | { ok: false; path: string; reason: 'invalid' | 'unknown-field' };

const refused = (path: string, reason: 'invalid' | 'unknown-field' = 'invalid'): RecordCheck => ({
  ok: false,
  path,
  reason,
});

/**
 * Checks one record and returns what to store: the schema's parsed output (trimmed text, no
 * unknown fields), never the object as it came. Without `withSchemas` only the generic check runs
 * (records of an older schema version, before they are migrated).
 */
export function checkRecord(
  table: string,
  stores: string,
  record: unknown,
  withSchemas = true,
): RecordCheck {
  if (!isPlainObject(record)) return refused('(record)');
  for (const key of primaryKeyPaths(stores)) {
    if (typeof record[key] !== 'string' || record[key] === '') return refused(key);
  }
  if (!withSchemas) return { ok: true, value: record };
  const schema = registry.get(table);
  if (!schema) return { ok: true, value: record };
  const result = schema.safeParse(record);
  if (!result.success) return refused(result.error.issues[0]?.path.join('.') || '(record)');
  let value = result.data as Record<string, unknown>;
  const dropped = droppedField(record, value, '');
  if (dropped !== null) return refused(dropped, 'unknown-field');
  if (table === 'settings') {
    const valueSchema = Object.hasOwn(settingSchemas, value.key as string)
      ? (settingSchemas as Record<string, z.ZodType>)[value.key as string]!
      : undefined;
    if (valueSchema) {
      const parsed = valueSchema.safeParse(value.value);
      if (!parsed.success) return refused('value');
      const droppedInValue = droppedField(value.value, parsed.data, 'value');
      if (droppedInValue !== null) return refused(droppedInValue, 'unknown-field');
      value = { ...value, value: parsed.data };
    }
  }
  return { ok: true, value };
}
