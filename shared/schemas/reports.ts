/*
 * Reports on an approved plan (issue 16): a progress report to the council, a report to one
 * donor, and a one-page summary for residents, each for one period of the plan (a quarter, a
 * half-year or a year). The figures come from the plan and its monitoring records when the
 * document is drawn; the report keeps what only people can say (achievements, difficulties, the
 * next period) and its approval. An approved report is frozen: it can no longer be changed.
 * Error messages are i18n keys.
 */
import { z } from 'zod';
import { isReportPeriod } from '../domain/reports/period';
import { dateSchema, idSchema, optionalText, requiredText, stampsSchema } from './common';

/** The kinds of report, in the order they are offered. */
export const REPORT_KINDS = ['council', 'donor', 'residents'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A report is a draft until approved; an approved report is read-only. */
export const REPORT_STATUSES = ['draft', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A report period: `2026` (year), `2026-H1` (half-year) or `2026-Q2` (quarter). */
export const reportPeriodSchema = z
  .string({ error: 'errors:required' })
  .refine(isReportPeriod, { error: 'reports:errors.period' });

/** When and under which number a report was approved. */
export const reportApprovalSchema = z.object({
  date: dateSchema,
  number: requiredText(50),
});
export type ReportApproval = z.infer<typeof reportApprovalSchema>;

/** What the clerk types for a report. */
export const reportInputSchema = z
  .object({
    kind: z.enum(REPORT_KINDS, { error: 'errors:required' }),
    period: reportPeriodSchema,
    /** The funder a donor report is for (one of the plan's funders). */
    funderId: idSchema.optional(),
    achievements: optionalText(8000),
    difficulties: optionalText(8000),
    nextPeriod: optionalText(8000),
  })
  .refine((r) => r.kind !== 'donor' || Boolean(r.funderId), {
    path: ['funderId'],
    error: 'reports:errors.funderRequired',
  })
  .refine((r) => r.kind === 'donor' || !r.funderId, {
    path: ['funderId'],
    error: 'reports:errors.funderOnlyForDonor',
  });
export type ReportInput = z.infer<typeof reportInputSchema>;

/** A stored report of a plan series. */
export const reportSchema = z
  .object({
    ...reportInputSchema.shape,
    id: idSchema,
    territoryId: idSchema,
    /** The plan series (every version of one plan); the document follows its monitored version. */
    seriesId: idSchema,
    status: z.enum(REPORT_STATUSES),
    approval: reportApprovalSchema.optional(),
    ...stampsSchema.shape,
  })
  .refine((r) => (r.status === 'approved') === Boolean(r.approval), {
    path: ['approval'],
    error: 'reports:errors.approvalRequired',
  })
  .refine((r) => r.kind !== 'donor' || Boolean(r.funderId), {
    path: ['funderId'],
    error: 'reports:errors.funderRequired',
  });
export type Report = z.infer<typeof reportSchema>;

/** The narrative fields of a report, in printing order. */
export const NARRATIVE_FIELDS = ['achievements', 'difficulties', 'nextPeriod'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];
