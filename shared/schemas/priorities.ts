/*
 * Records of priority setting (domain step 3): an assessment per territory (and study) with its
 * criteria and weights, the problems on the ballot and the selection; the members' score sheets;
 * and frozen snapshots of the decision. Error messages are i18n keys.
 */
import { z } from 'zod';
import { weightsConsistent, type Criterion } from '../domain/priorities/criteria';
import { isValidScore } from '../domain/priorities/sheets';
import type { SnapshotContent } from '../domain/priorities/snapshot';
import {
  dateSchema,
  idSchema,
  localizedTextSchema,
  optionalText,
  requiredLocalizedText,
  stampsSchema,
} from './common';
import { problemCodeSchema } from './study';

export const criterionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  source: z.enum([
    'study-share',
    'study-police-rate',
    'study-police-trend',
    'study-complaints',
    'scored',
  ]),
  title: localizedTextSchema.optional(),
  direction: z.enum(['higher', 'lower']),
  weight: z
    .number({ error: 'errors:notANumber' })
    .int({ error: 'errors:wholeNumber' })
    .min(0)
    .max(100),
  active: z.boolean(),
}) satisfies z.ZodType<Criterion>;

/** Criteria whose active weights sum to exactly 100 (the editor keeps them so). */
export const criteriaSchema = z
  .array(criterionSchema)
  .min(1)
  .max(30)
  .refine((list) => weightsConsistent(list as Criterion[]), {
    error: 'priorities:errors.weightsNot100',
  })
  .refine((list) => new Set(list.map((c) => c.key)).size === list.length, {
    error: 'priorities:errors.duplicateCriterion',
  });

/** A priority assessment: the working group's ranking of one territory's problems. */
export const assessmentSchema = z.object({
  id: idSchema,
  territoryId: idSchema,
  title: requiredLocalizedText(300),
  /** The study whose survey, police figures and complaints feed the first criteria. */
  studyId: idSchema.optional(),
  criteria: criteriaSchema,
  /** The problems on the ballot, in the order they are listed. */
  problemCodes: z.array(problemCodeSchema).max(200),
  /** The problems chosen as priorities (4–7 for a decision). */
  selected: z.array(problemCodeSchema).max(7, { error: 'priorities:errors.tooManySelected' }),
  /** The meeting (working group) where the decision was taken, and its decision record. */
  decisionMeetingId: idSchema.optional(),
  decisionId: idSchema.optional(),
  ...stampsSchema.shape,
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** A whole score 1–5; 0 and 6 are refused. */
export const scoreSchema = z
  .number({ error: 'priorities:errors.score' })
  .refine(isValidScore, { error: 'priorities:errors.score' });

/** One paper ballot typed in: a member's 1–5 scores, or the group's consensus. */
export const scoreSheetSchema = z
  .object({
    id: idSchema,
    territoryId: idSchema,
    assessmentId: idSchema,
    kind: z.enum(['member', 'consensus']),
    memberId: idSchema.optional(),
    memberName: optionalText(200),
    /** Scores by problem code, then criterion key. */
    scores: z.record(z.string(), z.record(z.string(), scoreSchema)),
    ...stampsSchema.shape,
  })
  .refine((sheet) => sheet.kind === 'consensus' || Boolean(sheet.memberName || sheet.memberId), {
    path: ['memberName'],
    error: 'errors:required',
  });
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

/** A frozen, dated copy of the whole assessment (never edited: see renderer/db/priorities.ts). */
export const snapshotSchema = z.object({
  id: idSchema,
  territoryId: idSchema,
  assessmentId: idSchema,
  takenOn: dateSchema,
  label: optionalText(200),
  content: z.custom<SnapshotContent>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      Array.isArray((value as SnapshotContent).rows) &&
      Array.isArray((value as SnapshotContent).criteria),
  ),
  ...stampsSchema.shape,
});
export type PrioritySnapshot = z.infer<typeof snapshotSchema>;
