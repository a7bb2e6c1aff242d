import Dexie, { type Collection, type EntityTable, type IndexSpec, type Table } from 'dexie';
import type { AuditEntry } from '../../shared/schemas/audit';
import type {
  Activity,
  BudgetLine,
  Funder,
  Objective,
  Plan,
  PlanPriority,
} from '../../shared/schemas/plan';
import type { Assessment, PrioritySnapshot, ScoreSheet } from '../../shared/schemas/priorities';
import type {
  ActivityProgress,
  Expenditure,
  MeasurementRecord,
  ProgressEntry,
  SpendingTotalsRow,
  VarianceExplanation,
} from '../../shared/schemas/monitoring';
import type {
  ExchangeKeyRow,
  ExchangeLedgerRow,
  ExchangeOriginRow,
  ExchangePackageRow,
  TrustedKeyRow,
} from '../../shared/exchange/records';
import type { Report } from '../../shared/schemas/reports';
import type { CycleAssessment, CycleClosure } from '../../shared/schemas/assessment';
import type { ResponseChunk } from '../../shared/schemas/response-chunk';
import type { SettingRow } from '../../shared/schemas/settings';
import type { Territory } from '../../shared/schemas/territory';
import type { Decision, Meeting, Member, WorkingGroup } from '../../shared/schemas/working-group';
import type {
  Complaint,
  ImportBatch,
  Place,
  PoliceStat,
  Problem,
  Study,
  SurveyResponse,
} from '../../shared/schemas/study';
import type { ImportMappingRow, StudyCubeRow } from './study/rows';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'koopsuz';

/** The one Dexie database of the app (architecture A4). */
export class KoopsuzDatabase extends Dexie {
  territories!: EntityTable<Territory, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  plans!: EntityTable<Plan, 'id'>;
  planPriorities!: EntityTable<PlanPriority, 'id'>;
  objectives!: EntityTable<Objective, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  budgetLines!: EntityTable<BudgetLine, 'id'>;
  funders!: EntityTable<Funder, 'id'>;
  workingGroups!: EntityTable<WorkingGroup, 'id'>;
  members!: EntityTable<Member, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  problems!: EntityTable<Problem, 'id'>;
  places!: EntityTable<Place, 'id'>;
  studies!: EntityTable<Study, 'id'>;
  surveyResponses!: EntityTable<SurveyResponse, 'id'>;
  studyCubes!: EntityTable<StudyCubeRow, 'studyId'>;
  policeStats!: EntityTable<PoliceStat, 'id'>;
  complaints!: EntityTable<Complaint, 'id'>;
  importBatches!: EntityTable<ImportBatch, 'id'>;
  importMappings!: EntityTable<ImportMappingRow, 'key'>;
  priorityAssessments!: EntityTable<Assessment, 'id'>;
  priorityScoreSheets!: EntityTable<ScoreSheet, 'id'>;
  prioritySnapshots!: EntityTable<PrioritySnapshot, 'id'>;
  activityProgress!: EntityTable<ActivityProgress, 'id'>;
  progressEntries!: EntityTable<ProgressEntry, 'id'>;
  expenditures!: EntityTable<Expenditure, 'id'>;
  indicatorMeasurements!: EntityTable<MeasurementRecord, 'id'>;
  varianceExplanations!: EntityTable<VarianceExplanation, 'id'>;
  exchangeKeys!: EntityTable<ExchangeKeyRow, 'id'>;
  exchangeLedgers!: EntityTable<ExchangeLedgerRow, 'id'>;
  trustedKeys!: EntityTable<TrustedKeyRow, 'id'>;
  exchangePackages!: EntityTable<ExchangePackageRow, 'id'>;
  exchangeOrigins!: EntityTable<ExchangeOriginRow, 'id'>;
  reports!: EntityTable<Report, 'id'>;
  cycleAssessments!: EntityTable<CycleAssessment, 'id'>;
  cycleClosures!: EntityTable<CycleClosure, 'id'>;
  responseChunks!: EntityTable<ResponseChunk, 'id'>;
  spendingTotals!: EntityTable<SpendingTotalsRow, 'seriesId'>;

  /** `upTo` opens an older schema version: used by upgrade tests to seed old data. */
  constructor(name = DATABASE_NAME, upTo = Number.POSITIVE_INFINITY) {
    super(name);
    // Each schema file holds the whole schema of its version. Dexie re-reads every declared version
    // whenever one more is declared, and upgrades an older database from the schema it actually
    // has, so only the versions with an upgrade function and the newest one are declared: the same
    // upgrades run in the same order, and opening costs a fraction of the start-up time.
    const steps = SCHEMA_VERSIONS.filter((step) => step.version <= upTo);
    const newest = steps[steps.length - 1];
    for (const step of steps) {
      if (!step.upgrade && step !== newest) continue;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

/** The name of every table of the database. */
export type TableName = {
  [K in keyof KoopsuzDatabase]: KoopsuzDatabase[K] extends Table ? K : never;
}[keyof KoopsuzDatabase] &
  string;

/**
 * The tables whose records belong to no territory (architecture A12): territories themselves,
 * settings, and the global reference lists. Every other table is territory-scoped: its records
 * carry a `territoryId`, and so must their audit entries (a test checks this list against the
 * tables' territory indexes).
 */
export const UNSCOPED_TABLES = [
  'territories',
  'settings',
  'problems',
  'funders',
  'exchangeKeys',
] as const;
export type UnscopedTable = (typeof UNSCOPED_TABLES)[number];
export type ScopedTable = Exclude<TableName, UnscopedTable>;

let instance: KoopsuzDatabase | null = null;

/** The app's database, opened on first use. */
export function getDb(): KoopsuzDatabase {
  instance ??= new KoopsuzDatabase();
  return instance;
}

/** Replaces the database instance (tests use a fresh name per test). */
export function setDatabase(database: KoopsuzDatabase): void {
  instance = database;
}

/**
 * The index through which a table's records are found by territory: `territoryId` itself, or a
 * compound index that starts with it (survey responses since schema v7).
 */
function territoryIndex(table: Table): IndexSpec | undefined {
  return (
    table.schema.idxByName['territoryId'] ??
    table.schema.indexes.find(
      (index) => Array.isArray(index.keyPath) && index.keyPath[0] === 'territoryId',
    )
  );
}

/**
 * Names of the tables whose records belong to a territory: they have a territory index (see
 * territoryIndex; read them with territoryRecords).
 */
export function territoryScopedTables(database: Dexie): string[] {
  return database.tables
    .filter((table) => table.name !== 'territories' && territoryIndex(table) !== undefined)
    .map((table) => table.name);
}

/**
 * The records of a territory-scoped table that belong to `territoryId`, through its territory
 * index. A compound range pads with fresh arrays: a key may not hold the same array twice.
 */
export function territoryRecords(
  database: Dexie,
  tableName: string,
  territoryId: string,
): Collection {
  const table = database.table(tableName);
  const index = territoryIndex(table);
  if (!index) throw new Error(`${tableName} has no territory index`);
  if (!Array.isArray(index.keyPath)) return table.where(index.name).equals(territoryId);
  const rest = index.keyPath.length - 1;
  return table
    .where(index.name)
    .between(
      [territoryId, ...Array.from({ length: rest }, () => Dexie.minKey)],
      [territoryId, ...Array.from({ length: rest }, () => [[]])],
      true,
      true,
    );
}
