/*
 * What every report document reads (issue 16): the report, its territory, the plan version its
 * series follows, that plan's tree and monitoring records, and the monitoring model for the
 * report's period (spending up to the period's last day; schedule judged on that day). Runs inside
 * the print route's live query, so the preview follows the records.
 */
import { periodDates } from '../../../../shared/domain/reports/period';
import { planOutline, type PlanOutline } from '../../../../shared/domain/plan-outline';
import type { Report, ReportKind } from '../../../../shared/schemas/reports';
import type { Territory } from '../../../../shared/schemas/territory';
import { getDb } from '../../../db/database';
import { monitoredVersion } from '../../../db/monitoring/context';
import { loadMonitoring, type MonitoringRecords } from '../../../db/monitoring/records';
import { loadPlanTree } from '../../../db/plans';
import { monitoringModel, type MonitoringModel } from '../../monitoring/model';

export interface ReportContext {
  report: Report;
  territory: Territory;
  outline: PlanOutline;
  records: MonitoringRecords;
  model: MonitoringModel;
  period: { from: string; to: string };
}

/** The context of report `id` if it is of `kind`; null when something it needs is missing. */
export async function loadReportContext(
  id: string,
  kind: ReportKind,
): Promise<ReportContext | null> {
  const db = getDb();
  const report = await db.reports.get(id);
  if (report?.kind !== kind) return null;
  const [territory, plan] = await Promise.all([
    db.territories.get(report.territoryId),
    monitoredVersion(report.seriesId),
  ]);
  if (!territory || !plan) return null;
  const [tree, records] = await Promise.all([
    loadPlanTree(plan.id),
    loadMonitoring(report.seriesId),
  ]);
  const period = periodDates(report.period);
  const model = monitoringModel(tree, records, { period, weighting: 'equal', today: period.to });
  return { report, territory, outline: planOutline(tree), records, model, period };
}

/** The names of the working group's chair and secretary, for the signature lines. */
export async function groupSigners(
  territoryId: string,
): Promise<{ chair?: string; secretary?: string }> {
  const db = getDb();
  const group = await db.workingGroups.where('territoryId').equals(territoryId).first();
  const nameOf = async (memberId: string | undefined) =>
    memberId ? (await db.members.get(memberId))?.fullName : undefined;
  return { chair: await nameOf(group?.chairId), secretary: await nameOf(group?.secretaryId) };
}
