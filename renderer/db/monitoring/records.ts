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
import { getDb } from '../database';

/** The monitoring tables, each read by plan series. */
export const MONITORING_TABLES = [
  'activityProgress',
  'progressEntries',
  'expenditures',
  'indicatorMeasurements',
  'varianceExplanations',
] as const;

export interface MonitoringRecords {
  progress: ActivityProgress[];
  entries: ProgressEntry[];
  expenditures: Expenditure[];
  measurements: IndicatorMeasurement[];
  /** Values of the priorities' outcome indicators (kept in the same table). */
  outcomes: OutcomeMeasurement[];
  explanations: VarianceExplanation[];
}

/** The records of one series (every version of a plan shares them). */
export async function loadMonitoring(seriesId: string): Promise<MonitoringRecords> {
  const db = getDb();
  const read = <T>(name: (typeof MONITORING_TABLES)[number]) =>
    db.table<T>(name).where('seriesId').equals(seriesId).toArray();
  const [progress, entries, expenditures, measurements, explanations] = await db.transaction(
    'r',
    MONITORING_TABLES,
    () =>
      Promise.all([
        read<ActivityProgress>('activityProgress'),
        read<ProgressEntry>('progressEntries'),
        read<Expenditure>('expenditures'),
        read<MeasurementRecord>('indicatorMeasurements'),
        read<VarianceExplanation>('varianceExplanations'),
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
  };
}
