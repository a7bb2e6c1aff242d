/*
 * Records of the Assessment step and of closing a plan cycle (issue 16). An assessment is kept
 * per priority and plan series: was the response carried out as planned (the app proposes, the
 * clerk decides), the before/after outcomes of the linked measures (computed by the repository
 * from the chosen studies and police quarters, and stored, so a frozen assessment keeps its
 * figures), displacement noted by the working group, and a conclusion in plain words. A report
 * that carries it freezes it when approved. A cycle closure is kept per series: per activity
 * continue / modify / stop with a reason, lessons learned, the priorities left unresolved, and
 * the next cycle's draft once started. Error messages are i18n keys.
 */
import { z } from 'zod';
import { IMPLEMENTATION_ANSWERS } from '../domain/monitoring/assessment';
import { CYCLE_DECISIONS, DECISIONS_WITH_REASON } from '../domain/monitoring/cycle';
import { OUTCOME_MEASURES } from '../domain/monitoring/outcomes';
import { idSchema, instantSchema, optionalText, requiredText, stampsSchema } from './common';
import { quarterSchema } from './plan';
import { problemCodeSchema } from './study';

/** An optional quarter (a field left blank is absent). */
const optionalQuarter = z
  .union([z.literal(''), quarterSchema])
  .transform((q) => q || undefined)
  .optional();

/** Quarters `from`..`to` of police statistics. */
export interface QuarterRange {
  from: string;
  to: string;
}

/** Where the problem may have moved instead of declining (noted by the working group). */
export const displacementSchema = z.object({
  places: z.boolean(),
  times: z.boolean(),
  targets: z.boolean(),
  offences: z.boolean(),
  note: optionalText(2000),
});
export type Displacement = z.infer<typeof displacementSchema>;

/** What the clerk records about one priority. */
export const cycleAssessmentInputSchema = z
  .object({
    implementation: z.enum(IMPLEMENTATION_ANSWERS, { error: 'errors:required' }),
    implementationNote: optionalText(2000),
    /** The problem whose share and police category are compared (default: the priority's). */
    problemCode: problemCodeSchema.optional(),
    beforeStudyId: idSchema.optional(),
    afterStudyId: idSchema.optional(),
    /** Police quarters before (from–to) and after (from–to). */
    policeBeforeFrom: optionalQuarter,
    policeBeforeTo: optionalQuarter,
    policeAfterFrom: optionalQuarter,
    policeAfterTo: optionalQuarter,
    comparisonTerritoryId: idSchema.optional(),
    comparisonBeforeStudyId: idSchema.optional(),
    comparisonAfterStudyId: idSchema.optional(),
    displacement: displacementSchema,
    conclusion: requiredText(4000),
  })
  .refine((a) => !a.beforeStudyId || a.beforeStudyId !== a.afterStudyId, {
    path: ['afterStudyId'],
    error: 'assessment:errors.sameStudy',
  })
  .superRefine((a, ctx) => {
    const pairs = [
      ['policeBeforeFrom', 'policeBeforeTo'],
      ['policeAfterFrom', 'policeAfterTo'],
    ] as const;
    for (const [from, to] of pairs) {
      if (!a[from] !== !a[to])
        ctx.addIssue({ code: 'custom', path: [a[from] ? to : from], message: 'errors:required' });
      else if (a[from] && a[to] && a[to] < a[from])
        ctx.addIssue({ code: 'custom', path: [to], message: 'assessment:errors.rangeOrder' });
    }
    if (a.policeBeforeTo && a.policeAfterFrom && a.policeAfterFrom <= a.policeBeforeTo)
      ctx.addIssue({
        code: 'custom',
        path: ['policeAfterFrom'],
        message: 'assessment:errors.policeOverlap',
      });
  });

/** The police quarters before and after of an assessment, where both ends are given. */
export function policeRanges(a: CycleAssessmentInput): {
  before?: QuarterRange;
  after?: QuarterRange;
} {
  const range = (from?: string, to?: string) => (from && to ? { from, to } : undefined);
  return {
    before: range(a.policeBeforeFrom, a.policeBeforeTo),
    after: range(a.policeAfterFrom, a.policeAfterTo),
  };
}
export type CycleAssessmentInput = z.infer<typeof cycleAssessmentInputSchema>;

const finite = z.number().finite();
const estimateSchema = z.object({ value: finite, margin: finite.min(0), n: finite.min(0) });
const changeSchema = z.object({ change: finite, margin: finite.min(0), measurable: z.boolean() });

/** One measure compared before and after (see shared/domain/monitoring/outcomes). */
export const outcomeRowSchema = z.object({
  measure: z.enum(OUTCOME_MEASURES),
  before: estimateSchema,
  after: estimateSchema,
  change: changeSchema,
  comparison: changeSchema.optional(),
  net: changeSchema,
  verdict: z.enum(['improved', 'worsened', 'noMeasurableChange']),
});

const seriesScope = {
  id: idSchema,
  territoryId: idSchema,
  /** The plan series (all versions of one plan). */
  seriesId: idSchema,
  ...stampsSchema.shape,
};

/** A stored assessment of one priority of a series. */
export const cycleAssessmentSchema = z.object({
  ...cycleAssessmentInputSchema.shape,
  ...seriesScope,
  /** The priority's identity across plan versions (see priorityKey). */
  priorityKey: z.string().min(1).max(1100),
  outcomes: z.array(outcomeRowSchema).max(OUTCOME_MEASURES.length),
  /** The approved report that carries it: from then on it is read-only. */
  frozenByReportId: idSchema.optional(),
  frozenAt: instantSchema.optional(),
});
export type CycleAssessment = z.infer<typeof cycleAssessmentSchema>;

/** What becomes of one activity in the next cycle, and why. */
export const activityDecisionSchema = z
  .object({
    activityKey: idSchema,
    decision: z.enum(CYCLE_DECISIONS, { error: 'errors:required' }),
    reason: optionalText(2000),
  })
  .refine((d) => !DECISIONS_WITH_REASON.includes(d.decision) || Boolean(d.reason), {
    path: ['reason'],
    error: 'assessment:errors.reasonRequired',
  });
export type ActivityDecision = z.infer<typeof activityDecisionSchema>;

/** What the clerk records when closing a cycle. */
export const cycleClosureInputSchema = z.object({
  decisions: z.array(activityDecisionSchema).max(2000),
  lessons: optionalText(8000),
  /** The priorities (their keys) proposed to the next priorities assessment as unresolved. */
  unresolvedKeys: z.array(z.string().min(1).max(1100)).max(200),
});
export type CycleClosureInput = z.infer<typeof cycleClosureInputSchema>;

/** A priority left unresolved, as the next priorities decision is shown it. */
export const unresolvedPrioritySchema = z.object({
  key: z.string().min(1).max(1100),
  problemCode: problemCodeSchema.optional(),
  title: z.object({
    ru: z.string().max(1000).optional(),
    ky: z.string().max(1000).optional(),
    en: z.string().max(1000).optional(),
  }),
});
export type UnresolvedPriority = z.infer<typeof unresolvedPrioritySchema>;

/** The closure of one series (at most one per series). */
export const cycleClosureSchema = z.object({
  ...cycleClosureInputSchema.shape,
  ...seriesScope,
  unresolved: z.array(unresolvedPrioritySchema).max(200),
  /** The next cycle's draft plan, once started (then the closure is read-only). */
  nextPlanId: idSchema.optional(),
  nextStartedAt: instantSchema.optional(),
});
export type CycleClosure = z.infer<typeof cycleClosureSchema>;
