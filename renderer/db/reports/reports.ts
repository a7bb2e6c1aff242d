/*
 * Reports on an approved plan (issue 16): written through the repository (validated, audited, one
 * transaction each). A report belongs to a plan series and is written on the version monitoring
 * follows; its period lies within the plan's years; a donor report names a funder of one of the
 * plan's lines. An approved report is frozen: changing or deleting it is refused.
 */
import {
  reportApprovalSchema,
  reportInputSchema,
  reportSchema,
  type Report,
  type ReportApproval,
  type ReportInput,
} from '../../../shared/schemas/reports';
import { periodInPlan } from '../../../shared/domain/reports/period';
import type { Plan } from '../../../shared/schemas/plan';
import { SOURCES } from '../../../shared/domain/budget';
import { getDb, type TableName } from '../database';
import { freezeAssessments } from '../monitoring/assessments';
import {
  monitoredVersion,
  monitoredWrite,
  PLAN_READ_TABLES,
  seriesScope,
} from '../monitoring/context';
import { refuse } from '../plans';
import {
  NotFoundError,
  recordWriter,
  validate,
  writeTransaction,
  type WriteContext,
} from '../repository';

export const reportWriter = recordWriter('reports', reportSchema);

/** The tables a report write holds (approval also freezes the priority assessments it carries). */
const TABLES: readonly TableName[] = ['reports', 'cycleAssessments'];

/** Refuses a period outside the plan or a donor report's funder that finances none of its lines. */
async function checkAgainstPlan(plan: Plan, input: ReportInput): Promise<void> {
  if (!periodInPlan(input.period, plan.startYear, plan.endYear))
    refuse('reports:errors.periodOutsidePlan', 'period');
  if (input.kind !== 'donor') return;
  const lines = await getDb().budgetLines.where('planId').equals(plan.id).toArray();
  const funds = lines.some((line) =>
    SOURCES.some((source) => line.funderIds[source].includes(input.funderId!)),
  );
  if (!funds) refuse('reports:errors.funderNotOnPlan', 'funderId');
}

/** Creates a draft report on the plan version monitoring follows. */
export async function createReport(planId: string, input: ReportInput): Promise<Report> {
  const parsed = validate(reportInputSchema, input);
  return monitoredWrite(TABLES, planId, async (ctx, plan) => {
    await checkAgainstPlan(plan, parsed);
    return reportWriter.insert(ctx, { ...parsed, ...seriesScope(plan), status: 'draft' });
  });
}

/** A stored draft report and the plan version its series follows, or a refusal. */
async function draftReport(id: string): Promise<{ report: Report; plan: Plan }> {
  const report = await getDb().reports.get(id);
  if (!report) throw new NotFoundError('reports', id);
  if (report.status === 'approved') refuse('reports:errors.frozen', 'status');
  const plan = await monitoredVersion(report.seriesId);
  if (!plan) refuse('monitoring:errors.planNotApproved', 'planId');
  return { report, plan };
}

/** Runs `fn` on a draft report inside one write transaction. */
function onDraft<T>(
  id: string,
  fn: (ctx: WriteContext, report: Report, plan: Plan) => Promise<T>,
): Promise<T> {
  return writeTransaction([...PLAN_READ_TABLES, ...TABLES], async (ctx) => {
    const { report, plan } = await draftReport(id);
    return fn(ctx, report, plan);
  });
}

/** Changes a draft report (kind, period, funder, narrative); an approved one is refused. */
export async function updateReport(id: string, input: ReportInput): Promise<Report> {
  const parsed = validate(reportInputSchema, input);
  return onDraft(id, async (ctx, report, plan) => {
    await checkAgainstPlan(plan, parsed);
    const { territoryId, seriesId, status } = report;
    return reportWriter.replace(ctx, id, { ...parsed, territoryId, seriesId, status });
  });
}

/**
 * Approves a draft report with its date and number; from then on it is frozen. A report to the
 * council carries the series' priority assessments: they are frozen in the same transaction.
 */
export async function approveReport(id: string, approval: ReportApproval): Promise<Report> {
  const parsed = validate(reportApprovalSchema, approval);
  return onDraft(id, async (ctx) => {
    const approved = await reportWriter.update(ctx, id, { status: 'approved', approval: parsed });
    if (approved.kind === 'council') await freezeAssessments(approved.seriesId, approved.id);
    return approved;
  });
}

/** Deletes a draft report; an approved one is refused. */
export function removeReport(id: string): Promise<void> {
  return onDraft(id, (ctx) => reportWriter.remove(ctx, id));
}

/** The reports of a plan series, oldest first. */
export async function reportsOfSeries(seriesId: string): Promise<Report[]> {
  const rows = await getDb().reports.where('seriesId').equals(seriesId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
