/*
 * Records of the joint plan (issue 7): Plan → PlanPriority → Objective → Activity → BudgetLine, and
 * the global Funder register. Error messages are i18n keys. Quantities are integer thousandths and
 * money integer tyiyn (see shared/domain/budget.ts).
 */
import { z } from 'zod';
import { cleanString } from './text';
import {
  lineProblems,
  MAX_QUANTITY_MILLI,
  MAX_PLAN_TOTAL_TYIYN,
  SOURCES,
  type LineProblem,
} from '../domain/budget';
import {
  dateSchema,
  idSchema,
  instantSchema,
  optionalText,
  requiredLocalizedText,
  stampsSchema,
} from './common';
import { localizedTextSchema } from './localized-text';
import { problemCodeSchema } from './study';

export const PLAN_STATUSES = ['draft', 'approved', 'inProgress', 'completed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Who approves a plan. */
export const APPROVAL_BODIES = ['head', 'council'] as const;
export type ApprovalBody = (typeof APPROVAL_BODIES)[number];

export const FUNDER_TYPES = [
  'government',
  'business',
  'international',
  'community',
  'other',
] as const;
export type FunderType = (typeof FUNDER_TYPES)[number];

/** The plan period: at most ten years, from 2000 to 2100. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
const yearSchema = z
  .number({ error: 'errors:notANumber' })
  .int({ error: 'errors:wholeNumber' })
  .min(MIN_YEAR, { error: 'plan:errors.yearRange' })
  .max(MAX_YEAR, { error: 'plan:errors.yearRange' });

const optionalLocalized = (max: number) =>
  z
    .object({
      ru: cleanString().max(max, { error: 'errors:tooLong' }).optional(),
      ky: cleanString().max(max, { error: 'errors:tooLong' }).optional(),
      en: cleanString().max(max, { error: 'errors:tooLong' }).optional(),
    })
    .optional();

/** The approval block printed top right («УТВЕРЖДАЮ» / «БЕКИТЕМИН»). */
export const approvalSchema = z.object({
  body: z.enum(APPROVAL_BODIES, { error: 'errors:required' }),
  position: requiredLocalizedText(300),
  name: requiredLocalizedText(200),
  date: dateSchema,
  number: cleanString({ error: 'errors:required' })
    .min(1, { error: 'errors:required' })
    .max(50, { error: 'errors:tooLong' }),
});
export type Approval = z.infer<typeof approvalSchema>;

/** What the clerk types when creating or editing a plan. */
export const planInputSchema = z
  .object({
    title: requiredLocalizedText(1000),
    startYear: yearSchema,
    endYear: yearSchema,
  })
  .refine((p) => p.endYear >= p.startYear, { path: ['endYear'], error: 'plan:errors.periodOrder' })
  .refine((p) => p.endYear - p.startYear < 10, {
    path: ['endYear'],
    error: 'plan:errors.periodTooLong',
  });
export type PlanInput = z.infer<typeof planInputSchema>;

/** A stored plan. Versions of one plan share `seriesId`; an older version has `supersededAt`. */
export const planSchema = z.object({
  id: idSchema,
  territoryId: idSchema,
  title: requiredLocalizedText(1000),
  startYear: yearSchema,
  endYear: yearSchema,
  status: z.enum(PLAN_STATUSES),
  approval: approvalSchema.optional(),
  seriesId: idSchema,
  version: z.number().int().min(1),
  /** Why this version was made, and when (the first version has none). */
  changeNote: optionalText(2000),
  changeDate: dateSchema.optional(),
  previousVersionId: idSchema.optional(),
  /** The plan of a previous cycle this one started from. */
  copiedFromId: idSchema.optional(),
  supersededAt: instantSchema.optional(),
  ...stampsSchema.shape,
});
export type Plan = z.infer<typeof planSchema>;

/**
 * A priority inside a plan: typed in, or linked to the priorities decision — the assessment
 * (`priorityId`) and the chosen problem in it (`problemCode`).
 */
export const planPriorityInputSchema = z.object({
  title: requiredLocalizedText(1000),
  priorityId: idSchema.optional(),
  problemCode: problemCodeSchema.optional(),
});
export type PlanPriorityInput = z.infer<typeof planPriorityInputSchema>;
export const planPrioritySchema = planPriorityInputSchema.extend({
  id: idSchema,
  territoryId: idSchema,
  planId: idSchema,
  order: z.number().int(),
  ...stampsSchema.shape,
});
export type PlanPriority = z.infer<typeof planPrioritySchema>;

export const objectiveInputSchema = z.object({
  title: requiredLocalizedText(1000),
});
export type ObjectiveInput = z.infer<typeof objectiveInputSchema>;
export const objectiveSchema = objectiveInputSchema.extend({
  id: idSchema,
  territoryId: idSchema,
  planId: idSchema,
  planPriorityId: idSchema,
  order: z.number().int(),
  ...stampsSchema.shape,
});
export type Objective = z.infer<typeof objectiveSchema>;

/** A quarter written `2026-Q3`. */
export const quarterSchema = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, { error: 'plan:errors.invalidQuarter' });

/** When an activity runs: from–to dates, or from–to quarters. */
export const timingSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('dates'), start: dateSchema, end: dateSchema }),
    z.object({ kind: z.literal('quarters'), start: quarterSchema, end: quarterSchema }),
  ])
  .refine((t) => t.end >= t.start, { path: ['end'], error: 'plan:errors.endBeforeStart' });
export type Timing = z.infer<typeof timingSchema>;

const indicatorValue = z
  .number({ error: 'errors:notANumber' })
  .finite({ error: 'errors:notANumber' })
  .optional();

export const indicatorSchema = z.object({
  name: optionalLocalized(1000),
  unit: optionalLocalized(100),
  baseline: indicatorValue,
  target: indicatorValue,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const activityInputSchema = z.object({
  title: requiredLocalizedText(1000),
  description: optionalLocalized(4000),
  /** The responsible organisation, typed (or later picked from the working group's organisations). */
  responsible: requiredLocalizedText(1000),
  partners: optionalLocalized(2000),
  timing: timingSchema.optional(),
  indicator: indicatorSchema,
  notes: optionalText(4000),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;
/** Funders named per source (ids in the register). */
export const funderIdsSchema = z.object(
  Object.fromEntries(SOURCES.map((s) => [s, z.array(idSchema).max(50)])) as Record<
    (typeof SOURCES)[number],
    z.ZodArray<typeof idSchema>
  >,
);

export const activitySchema = activityInputSchema.extend({
  id: idSchema,
  territoryId: idSchema,
  planId: idSchema,
  objectiveId: idSchema,
  order: z.number().int(),
  /** The activity's id in the plan version where it first appeared (monitoring follows it). */
  originId: idSchema.optional(),
  /** Funders per source that each new line of the activity starts with. */
  defaultFunderIds: funderIdsSchema.optional(),
  ...stampsSchema.shape,
});
export type Activity = z.infer<typeof activitySchema>;

const tyiynSchema = z
  .number({ error: 'errors:notANumber' })
  .int({ error: 'plan:errors.moneyPrecision' })
  .min(0, { error: 'plan:errors.shareNegative' })
  .max(MAX_PLAN_TOTAL_TYIYN - 1, { error: 'plan:errors.lineTooLarge' });

const sharesSchema = z.object(
  Object.fromEntries(SOURCES.map((s) => [s, tyiynSchema])) as Record<
    (typeof SOURCES)[number],
    typeof tyiynSchema
  >,
);
const budgetLineFields = z.object({
  item: requiredLocalizedText(1000),
  unit: requiredLocalizedText(100),
  quantityMilli: z
    .number({ error: 'plan:errors.quantityNotNumber' })
    .int({ error: 'plan:errors.quantityPrecision' })
    .min(0, { error: 'plan:errors.quantityNegative' })
    .max(MAX_QUANTITY_MILLI, { error: 'plan:errors.quantityTooLarge' }),
  unitCostTyiyn: z
    .number({ error: 'plan:errors.unitCostNotNumber' })
    .int({ error: 'plan:errors.moneyPrecision' })
    .min(0, { error: 'plan:errors.unitCostNegative' })
    .max(MAX_PLAN_TOTAL_TYIYN - 1, { error: 'plan:errors.lineTooLarge' }),
  year: yearSchema,
  /** Budget classification code of the local-budget share (as finance writes it). */
  classificationCode: optionalText(40),
  shares: sharesSchema,
  funderIds: funderIdsSchema,
  residentsInKind: z.boolean(),
  notes: optionalText(2000),
});

const PROBLEM_PATHS: Record<LineProblem, string> = {
  'plan:errors.quantityNegative': 'quantityMilli',
  'plan:errors.quantityTooLarge': 'quantityMilli',
  'plan:errors.unitCostNegative': 'unitCostTyiyn',
  'plan:errors.lineTooLarge': 'unitCostTyiyn',
  'plan:errors.shareNegative': 'shares',
  'plan:errors.sharesExceedTotal': 'shares',
};

function checkLine(line: z.infer<typeof budgetLineFields>, ctx: z.RefinementCtx): void {
  for (const problem of lineProblems(line))
    ctx.addIssue({ code: 'custom', path: [PROBLEM_PATHS[problem]], message: problem });
}

/** What the clerk types for a budget line (the year within the period is checked against the plan). */
export const budgetLineInputSchema = budgetLineFields.superRefine(checkLine);
export type BudgetLineInput = z.infer<typeof budgetLineInputSchema>;

export const budgetLineSchema = budgetLineFields
  .extend({
    id: idSchema,
    territoryId: idSchema,
    planId: idSchema,
    activityId: idSchema,
    order: z.number().int(),
    /** The line's id in the plan version where it first appeared (expenditures follow it). */
    originId: idSchema.optional(),
    ...stampsSchema.shape,
  })
  .superRefine(checkLine);
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** A funder in the global register (architecture A12: not scoped to a territory). */
export const funderInputSchema = z.object({
  name: requiredLocalizedText(500),
  type: z.enum(FUNDER_TYPES, { error: 'errors:required' }),
  contact: optionalText(500),
});
export type FunderInput = z.infer<typeof funderInputSchema>;
export const funderSchema = funderInputSchema.extend({
  id: idSchema,
  ...stampsSchema.shape,
});
export type Funder = z.infer<typeof funderSchema>;

/** An empty indicator, for new activities. */
export const EMPTY_INDICATOR: Indicator = {};

export { localizedTextSchema };

/** The year of a budget line must lie within its plan's period (the local budget is annual). */
export function yearProblem(
  year: number,
  plan: Pick<Plan, 'startYear' | 'endYear'>,
): 'plan:errors.yearOutsidePeriod' | null {
  return year < plan.startYear || year > plan.endYear ? 'plan:errors.yearOutsidePeriod' : null;
}

// Kept in a module without zod so that the home screen's figures need no schema at start-up.
export { identityKey } from './identity';
