/* Every monitoring record of a plan series, read in one transaction. */
import type {
  ActivityProgress,
  Expenditure,
  IndicatorMeasurement,
  MeasurementRecord,
  OutcomeMeasurement,
  ProgressEntry,
  VarianceExplanation,
} from '../../../shared/schemas/monitoring';
import type { SpendingRecord } from '../../../shared/domain/monitoring/spending';
import { cellsAsSpending } from '../../../shared/domain/monitoring/spending-totals';
import { getDb } from '../database';
import { spendingTotalsOf } from './totals';

/** The monitoring tables, each read by plan series (the last: the series' spending totals). */
export const MONITORING_TABLES = [
  'activityProgress',
  'progressEntries',
  'expenditures',
  'indicatorMeasurements',
  'varianceExplanations',
  'spendingTotals',
] as const;

export interface MonitoringRecords {
  progress: ActivityProgress[];
  entries: ProgressEntry[];
  expenditures: Expenditure[];
  measurements: IndicatorMeasurement[];
  /** Values of the priorities' outcome indicators (kept in the same table). */
  outcomes: OutcomeMeasurement[];
  explanations: VarianceExplanation[];
  /**
   * The series' spending summed per quarter (./totals), read instead of `expenditures` (then
   * empty) by the screens; figures from it hold for whole-quarter periods.
   */
  spending?: SpendingRecord[];
}

/**
 * The records of one series (every version of a plan shares them). With `summed`, the series'
 * spending totals instead of its expenditures (what the monitoring screen shows).
 */
export async function loadMonitoring(
  seriesId: string,
  { summed = false } = {},
): Promise<MonitoringRecords> {
  const db = getDb();
  const read = <T>(name: Exclude<(typeof MONITORING_TABLES)[number], 'spendingTotals'>) =>
    db.table<T>(name).where('seriesId').equals(seriesId).toArray();
  const [progress, entries, expenditures, measurements, explanations, spending] =
    await db.transaction('r', MONITORING_TABLES, () =>
      Promise.all([
        read<ActivityProgress>('activityProgress'),
        read<ProgressEntry>('progressEntries'),
        summed ? [] : read<Expenditure>('expenditures'),
        read<MeasurementRecord>('indicatorMeasurements'),
        read<VarianceExplanation>('varianceExplanations'),
        summed ? spendingTotalsOf(seriesId).then(cellsAsSpending) : undefined,
      ]),
    );
  const isOutcome = (m: MeasurementRecord): m is OutcomeMeasurement => 'outcomeKey' in m;
  return {
    progress,
    entries,
    expenditures,
    measurements: measurements.filter((m): m is IndicatorMeasurement => !isOutcome(m)),
    outcomes: measurements.filter(isOutcome),
    explanations,
    ...(spending ? { spending } : {}),
  };
}
