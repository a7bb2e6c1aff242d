/* Every monitoring record of a plan series, read in one transaction. */
import type {
  ActivityProgress,
  Expenditure,
  IndicatorMeasurement,
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
        read<IndicatorMeasurement>('indicatorMeasurements'),
        read<VarianceExplanation>('varianceExplanations'),
      ]),
  );
  return { progress, entries, expenditures, measurements, explanations };
}
