/*
 * Records of step 5 of the cycle (issue 15): following an approved plan. Activity progress with
 * dated entries, expenditures per budget line and source with their supporting document, and
 * indicator measurements. Monitoring records refer to an activity or budget line by its
 * `activityKey` / `lineKey`: the id of the record in the plan version where it first appeared, so a
 * new plan version (which copies activities and lines under new ids) keeps its monitoring records.
 * Error messages are i18n keys; money is integer tyiyn.
 */
import { z } from 'zod';
import { MAX_PLAN_TOTAL_TYIYN, SOURCES } from '../domain/budget';
import {
  dateSchema,
  idSchema,
  instantSchema,
  optionalText,
  requiredText,
  stampsSchema,
} from './common';
import { quarterSchema } from './plan';
import { parseOutcomeKey } from '../domain/monitoring/outcomes';

/** The status of an activity on an approved plan, in the order they are offered. */
export const ACTIVITY_STATUSES = [
  'planned',
  'started',
  'inProgress',
  'done',
  'delayed',
  'cancelled',
  'carriedOver',
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The progress (percent) a status proposes; the clerk may change it. */
export const DEFAULT_PROGRESS: Record<ActivityStatus, number> = {
  planned: 0,
  started: 10,
  inProgress: 50,
  done: 100,
  delayed: 25,
  cancelled: 0,
  carriedOver: 0,
};

/** Statuses that need a reason and a corrective action. */
export const STATUSES_WITH_REASON: readonly ActivityStatus[] = ['delayed', 'cancelled'];

/** Kinds of supporting document (file contents are not stored, only the reference). */
export const DOCUMENT_TYPES = [
  'invoice',
  'actOfWorks',
  'paymentOrder',
  'receipt',
  'actInKind',
  'report',
  'photo',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A reference to a supporting document: type, number, date, a note. */
export const documentRefSchema = z.object({
  type: z.enum(DOCUMENT_TYPES, { error: 'errors:required' }),
  number: optionalText(50),
  date: dateSchema.optional(),
  note: optionalText(500),
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

const percentSchema = z
  .number({ error: 'errors:notANumber' })
  .int({ error: 'errors:wholeNumber' })
  .min(0, { error: 'monitoring:errors.percentRange' })
  .max(100, { error: 'monitoring:errors.percentRange' });

/** What the clerk records about an activity's state. */
export const activityProgressInputSchema = z
  .object({
    status: z.enum(ACTIVITY_STATUSES, { error: 'errors:required' }),
    percent: percentSchema,
    actualStart: dateSchema.optional(),
    actualEnd: dateSchema.optional(),
    reason: optionalText(2000),
    correctiveAction: optionalText(2000),
  })
  .refine((p) => !p.actualStart || !p.actualEnd || p.actualEnd >= p.actualStart, {
    path: ['actualEnd'],
    error: 'monitoring:errors.endBeforeStart',
  })
  .refine((p) => !STATUSES_WITH_REASON.includes(p.status) || Boolean(p.reason), {
    path: ['reason'],
    error: 'monitoring:errors.reasonRequired',
  })
  .refine((p) => !STATUSES_WITH_REASON.includes(p.status) || Boolean(p.correctiveAction), {
    path: ['correctiveAction'],
    error: 'monitoring:errors.correctiveActionRequired',
  })
  .refine((p) => p.status !== 'done' || p.percent === 100, {
    path: ['percent'],
    error: 'monitoring:errors.doneIsComplete',
  });
export type ActivityProgressInput = z.infer<typeof activityProgressInputSchema>;

const monitoredScope = {
  id: idSchema,
  territoryId: idSchema,
  /** The plan series (all versions of one plan). */
  seriesId: idSchema,
  ...stampsSchema.shape,
};

/** The stored state of one activity (one record per activity key and plan series). */
export const activityProgressSchema = z.object({
  ...activityProgressInputSchema.shape,
  ...monitoredScope,
  activityKey: idSchema,
});
export type ActivityProgress = z.infer<typeof activityProgressSchema>;

/** A dated progress entry: what was done, who reported it, where, and the documents. */
export const progressEntryInputSchema = z.object({
  date: dateSchema,
  text: requiredText(4000),
  reportedBy: optionalText(300),
  meetingId: idSchema.optional(),
  decisionId: idSchema.optional(),
  documents: z.array(documentRefSchema).max(50),
});
export type ProgressEntryInput = z.infer<typeof progressEntryInputSchema>;
export const progressEntrySchema = progressEntryInputSchema.extend({
  ...monitoredScope,
  activityKey: idSchema,
});
export type ProgressEntry = z.infer<typeof progressEntrySchema>;

const amountSchema = z
  .number({ error: 'errors:notANumber' })
  .int({ error: 'plan:errors.moneyPrecision' })
  .min(1, { error: 'monitoring:errors.amountPositive' })
  .max(MAX_PLAN_TOTAL_TYIYN - 1, { error: 'plan:errors.lineTooLarge' });

/** Sources whose contributions may be given in kind (work, materials), valued in som. */
export const IN_KIND_SOURCES: readonly (typeof SOURCES)[number][] = ['business', 'residents'];

/**
 * Money spent (or a contribution in kind, with its valuation) against one budget line and source.
 * Cash needs the number of its supporting document; the funder must be one of the line's funders
 * for that source (checked against the line by the repository).
 */
export const expenditureInputSchema = z
  .object({
    date: dateSchema,
    amountTyiyn: amountSchema,
    source: z.enum(SOURCES, { error: 'errors:required' }),
    inKind: z.boolean(),
    payee: optionalText(500),
    funderId: idSchema.optional(),
    quarter: quarterSchema,
    document: documentRefSchema,
  })
  .refine((e) => !e.inKind || IN_KIND_SOURCES.includes(e.source), {
    path: ['inKind'],
    error: 'monitoring:errors.inKindSource',
  })
  .refine((e) => e.inKind || Boolean(e.document.number), {
    path: ['document', 'number'],
    error: 'monitoring:errors.documentNumberRequired',
  });
export type ExpenditureInput = z.infer<typeof expenditureInputSchema>;
export const expenditureSchema = z.object({
  ...expenditureInputSchema.shape,
  ...monitoredScope,
  lineKey: idSchema,
});
export type Expenditure = z.infer<typeof expenditureSchema>;

/** Where a measured value comes from. */
export const MEASUREMENT_SOURCES = ['study', 'police', 'meeting', 'other'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];

/** A dated value of an activity's indicator. */
export const indicatorMeasurementInputSchema = z.object({
  date: dateSchema,
  value: z.number({ error: 'errors:notANumber' }).finite({ error: 'errors:notANumber' }),
  source: z.enum(MEASUREMENT_SOURCES, { error: 'errors:required' }),
  note: optionalText(2000),
});
export type IndicatorMeasurementInput = z.infer<typeof indicatorMeasurementInputSchema>;
export const indicatorMeasurementSchema = indicatorMeasurementInputSchema.extend({
  ...monitoredScope,
  activityKey: idSchema,
});
export type IndicatorMeasurement = z.infer<typeof indicatorMeasurementSchema>;

/** Why a line's (and source's) spending differs from its plan by more than 10 %. */
export const varianceExplanationSchema = z.object({
  ...monitoredScope,
  lineKey: idSchema,
  source: z.enum(SOURCES),
  text: requiredText(4000),
});
export type VarianceExplanation = z.infer<typeof varianceExplanationSchema>;

/**
 * A value of a priority's outcome indicator (shared/domain/monitoring/outcomes), kept in the
 * indicatorMeasurements table beside the activities' values and told apart by `outcomeKey`. A
 * value accepted from a proposal carries its respondent count (or number of quarters), its 95 %
 * margin and what it came from (the study's id, or the quarters `2026-Q1…2026-Q2`).
 */
export const outcomeMeasurementInputSchema = indicatorMeasurementInputSchema.extend({
  n: z.number().int().min(1).optional(),
  margin: z.number().min(0).finite().optional(),
  origin: optionalText(100),
});
export type OutcomeMeasurementInput = z.infer<typeof outcomeMeasurementInputSchema>;
export const outcomeMeasurementSchema = outcomeMeasurementInputSchema.extend({
  ...monitoredScope,
  outcomeKey: z
    .string()
    .max(120)
    .refine((key) => parseOutcomeKey(key) !== null, { error: 'monitoring:errors.outcomeUnknown' }),
});
export type OutcomeMeasurement = z.infer<typeof outcomeMeasurementSchema>;

/** A stored record of the indicatorMeasurements table: an activity's value or an outcome's. */
export const measurementRecordSchema = z.union([
  indicatorMeasurementSchema,
  outcomeMeasurementSchema,
]);
export type MeasurementRecord = z.infer<typeof measurementRecordSchema>;

/**
 * A series' spending summed per line, source, funder, cash or in kind and quarter of the date
 * (shared/domain/monitoring/spending-totals), kept in the same transaction as every expenditure
 * write: one record per series, derived (never audited; a backup carries it as it is).
 */
export const spendingTotalsRowSchema = z
  .object({
    seriesId: idSchema,
    territoryId: idSchema,
    keys: z.array(z.string().regex(/^[^|]+\|[a-zA-Z]+\|[^|]*\|[01]\|\d{4}-Q[1-4]$/)),
    amounts: z.array(z.number().int()),
    counts: z.array(z.number().int().positive()),
    updatedAt: instantSchema,
  })
  .refine(
    (row) => row.keys.length === row.amounts.length && row.keys.length === row.counts.length,
    {
      error: 'errors:invalid',
    },
  );
export type SpendingTotalsRow = z.infer<typeof spendingTotalsRowSchema>;
