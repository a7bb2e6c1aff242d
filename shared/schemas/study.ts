/*
 * Records of the comprehensive study (SARA "Scanning" and "Analysis"): the problem catalogue
 * (global), places, studies, survey responses, police statistics and local-government complaints.
 * Problems are referred to by their stable `code`, so renaming or retiring one never breaks
 * past responses, statistics or priorities.
 */
import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  instantSchema,
  optionalText,
  requiredLocalizedText,
  stampsSchema,
} from './common';
import { localizedTextSchema } from './localized-text';

export const PROBLEM_CATEGORIES = [
  'children',
  'violence',
  'property',
  'public-order',
  'road',
  'substances',
  'environment',
  'economic',
  'other',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

/** A stable problem code: lower-case latin letters, digits and hyphens (`market-theft`). */
export const problemCodeSchema = z
  .string({ error: 'errors:required' })
  .regex(/^[a-z][a-z0-9-]{1,47}$/, { error: 'study:errors.badCode' });

/** A problem of the global catalogue as stored: standard ones only when the clerk changed them. */
export const problemSchema = z.object({
  id: idSchema,
  code: problemCodeSchema,
  category: z.enum(PROBLEM_CATEGORIES, { error: 'errors:required' }),
  title: requiredLocalizedText(200),
  retired: z.boolean(),
  /** True for a problem of the shipped list (the row then only overrides its title/category/retired). */
  standard: z.boolean(),
  ...stampsSchema.shape,
});
export type Problem = z.infer<typeof problemSchema>;
export const problemInputSchema = problemSchema.pick({ category: true, title: true });
export type ProblemInput = z.infer<typeof problemInputSchema>;

export const PLACE_KINDS = ['market', 'housing-estate', 'school', 'street', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A place of the territory: market, housing estate, school, street. */
export const placeSchema = z.object({
  id: idSchema,
  territoryId: idSchema,
  kind: z.enum(PLACE_KINDS, { error: 'errors:required' }),
  name: requiredLocalizedText(200),
  /** The option code used in survey tools (KoBo `name` column), for matching imports. */
  code: optionalText(80),
  retired: z.boolean(),
  ...stampsSchema.shape,
});
export type Place = z.infer<typeof placeSchema>;
export const placeInputSchema = placeSchema.pick({ kind: true, name: true, code: true });
export type PlaceInput = z.input<typeof placeInputSchema>;

export const STUDY_METHODS = [
  'survey',
  'police-data',
  'complaints',
  'observation',
  'focus-groups',
  'interviews',
] as const;
export type StudyMethod = (typeof STUDY_METHODS)[number];

/** A study: title, period and methods. */
export const studyInputSchema = z
  .object({
    title: requiredLocalizedText(300),
    periodFrom: dateSchema,
    periodTo: dateSchema,
    methods: z.array(z.enum(STUDY_METHODS)).min(1, { error: 'study:errors.noMethod' }),
    notes: optionalText(2000),
  })
  .refine((study) => study.periodFrom <= study.periodTo, {
    path: ['periodTo'],
    error: 'study:errors.periodOrder',
  });
export type StudyInput = z.input<typeof studyInputSchema>;
export const studySchema = z.object({
  id: idSchema,
  territoryId: idSchema,
  title: localizedTextSchema,
  periodFrom: dateSchema,
  periodTo: dateSchema,
  methods: z.array(z.enum(STUDY_METHODS)),
  notes: z.string().optional(),
  ...stampsSchema.shape,
});
export type Study = z.infer<typeof studySchema>;

export const RESPONDENT_GROUPS = [
  'resident',
  'business',
  'student',
  'parent',
  'official',
  'other',
] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];
export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];
export const AGE_GROUPS = ['under-18', '18-29', '30-44', '45-59', '60-plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const RESPONSE_SOURCES = ['typed', 'import'] as const;

/** A 1–5 answer (concern, feeling safe, trust). */
export const scaleSchema = z
  .number({ error: 'study:errors.scale' })
  .int({ error: 'study:errors.scale' })
  .min(1, { error: 'study:errors.scale' })
  .max(5, { error: 'study:errors.scale' });

/** One problem the respondent named, with their concern about it (1–5) when given. */
export const namedProblemSchema = z.object({
  code: problemCodeSchema,
  concern: scaleSchema.optional(),
});
export type NamedProblem = z.infer<typeof namedProblemSchema>;

/** The answers of one questionnaire (what the clerk types or an import provides). */
export const surveyAnswersSchema = z.object({
  respondentGroup: z.enum(RESPONDENT_GROUPS).optional(),
  gender: z.enum(GENDERS).optional(),
  ageGroup: z.enum(AGE_GROUPS).optional(),
  placeId: idSchema.optional(),
  problems: z
    .array(namedProblemSchema)
    .max(40)
    .refine((list) => new Set(list.map((p) => p.code)).size === list.length, {
      error: 'study:errors.problemTwice',
    }),
  safeDay: scaleSchema.optional(),
  safeNight: scaleSchema.optional(),
  trustPolice: scaleSchema.optional(),
  victim: z.boolean().optional(),
  /** Whether the respondent reported it to the police; only meaningful when `victim`. */
  reported: z.boolean().optional(),
  comment: optionalText(2000),
});
export type SurveyAnswers = z.input<typeof surveyAnswersSchema>;

/** A stored survey response. */
export const surveyResponseSchema = surveyAnswersSchema.extend({
  id: idSchema,
  territoryId: idSchema,
  studyId: idSchema,
  /** Running number within the study (the number written on the paper form). */
  number: z.number().int().positive(),
  source: z.enum(RESPONSE_SOURCES),
  /** The import batch that created it (undo removes the whole batch). */
  batchId: z.string().optional(),
  /** The survey tool's own id (KoBo `_uuid`), used to skip rows imported before. */
  externalId: z.string().max(100).optional(),
  submittedAt: z.string().max(40).optional(),
  /**
   * The answers as one string, for the likely-duplicate warning (shared/domain/study/fingerprint).
   * Absent on imported responses never edited: their import batch keeps it (`fingerprints`).
   */
  fingerprint: z.string().optional(),
  ...stampsSchema.shape,
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/** `2025-Q3` (a quarter) or `2025-07` (a month). */
export const periodSchema = z
  .string()
  .regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, { error: 'study:errors.badPeriod' });

const countSchema = z
  .number({ error: 'errors:notANumber' })
  .int({ error: 'errors:wholeNumber' })
  .min(0, { error: 'study:errors.negative' })
  .max(10_000_000, { error: 'errors:tooLarge' });

/** Registered offences of one problem/category in one period (police data). */
export const policeStatSchema = z.object({
  id: idSchema,
  territoryId: idSchema,
  period: periodSchema,
  problemCode: problemCodeSchema,
  count: countSchema,
  batchId: z.string().optional(),
  ...stampsSchema.shape,
});
export type PoliceStat = z.infer<typeof policeStatSchema>;

export const COMPLAINT_KINDS = ['complaint', 'observation'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** Complaints or observations the local government counted for one problem (at one place). */
export const complaintSchema = z.object({
  id: idSchema,
  territoryId: idSchema,
  period: periodSchema,
  problemCode: problemCodeSchema,
  placeId: idSchema.optional(),
  kind: z.enum(COMPLAINT_KINDS),
  count: countSchema,
  note: optionalText(500),
  ...stampsSchema.shape,
});
export type Complaint = z.infer<typeof complaintSchema>;

/** The list kept in `ImportBatch.fingerprints`, or null when the text is not a list of strings. */
export function parseFingerprintList(text: string): string[] | null {
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) && list.every((item) => typeof item === 'string') ? list : null;
  } catch {
    return null;
  }
}

/** One import, kept so it can be listed and undone as one batch. */
export const importBatchSchema = z.object({
  id: idSchema,
  territoryId: idSchema,
  studyId: idSchema,
  fileName: z.string().max(300),
  at: instantSchema,
  imported: z.number().int().min(0),
  /** The running numbers the batch's responses got (one range; absent before schema v7). */
  firstNumber: z.number().int().positive().optional(),
  lastNumber: z.number().int().positive().optional(),
  /**
   * The fingerprints of the batch's responses in running-number order (index i = number
   * firstNumber + i): imported responses carry no `fingerprint` of their own, so IndexedDB writes
   * no `[studyId+fingerprint]` entry for them (the likely-duplicate warning reads this list).
   * Absent in batches stored before it was introduced (their responses carry fingerprints).
   * Stored as ONE string, the JSON of the list: the Import tab reads batch records on the page,
   * and copying one string out of IndexedDB is far cheaper than copying 50,000 of them.
   */
  fingerprints: z
    .string()
    .max(200_000_000)
    .refine((text) => parseFingerprintList(text) !== null, { message: 'errors:invalid' })
    .optional(),
  skipped: z.number().int().min(0),
  undone: z.boolean(),
  ...stampsSchema.shape,
});
export type ImportBatch = z.infer<typeof importBatchSchema>;
