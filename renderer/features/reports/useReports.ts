/* The reports panel's reads: the series' reports and the funders of the plan's lines, live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { SOURCES } from '../../../shared/domain/budget';
import type { Funder } from '../../../shared/schemas/plan';
import type { Report } from '../../../shared/schemas/reports';
import { getDb } from '../../db/database';
import { reportsOfSeries } from '../../db/reports/reports';

export interface ReportsState {
  reports: Report[];
  /** The funders named on the plan's lines (a donor report is for one of them). */
  funders: Funder[];
}

/** The reports of the plan's series and the funders of its lines. */
export function useReports(planId: string, seriesId: string): ReportsState | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [reports, lines, funders] = await Promise.all([
      reportsOfSeries(seriesId),
      db.budgetLines.where('planId').equals(planId).toArray(),
      db.funders.toArray(),
    ]);
    const named = new Set(lines.flatMap((line) => SOURCES.flatMap((s) => line.funderIds[s])));
    return { reports, funders: funders.filter((f) => named.has(f.id)) };
  }, [planId, seriesId]);
}
