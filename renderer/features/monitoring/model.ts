/*
 * The monitoring screen's model (issue 15), built from a plan version's tree and its series'
 * monitoring records with the pure rules of shared/domain/monitoring: where each activity stands,
 * progress rolled up (equal or budget weights), spending planned vs actual per line and source and
 * broken down by source, funder, year, classification code and priority, and indicators against
 * their targets. Pure: no database, no React (the benchmark and tests build it directly).
 *
 * A variance over 10 % asks for an explanation when the line is overspent, or when its year is
 * over and it was spent short of its plan (a line of a year still running is not yet a variance).
 */
import type { Source } from '../../../shared/domain/budget';
import { percentOfWay } from '../../../shared/domain/monitoring/indicators';
import { rollUp, rollUpBy, type Weighting } from '../../../shared/domain/monitoring/progress';
import {
  onTrack,
  scheduleState,
  type ScheduleState,
} from '../../../shared/domain/monitoring/schedule';
import {
  executionAtoms,
  executionBy,
  executionTotal,
  needsExplanation,
  overspent,
  type ExecutionAtom,
  type ExecutionFigures,
  type Period,
  type PlannedLine,
  type SpendingRecord,
} from '../../../shared/domain/monitoring/spending';
import { quarterAligned } from '../../../shared/domain/monitoring/spending-totals';
import {
  group,
  planOutline,
  type ActivityNode,
  type LineRow,
  type PlanTree,
  type PriorityNode,
} from '../../../shared/domain/plan-outline';
import type {
  ActivityProgress,
  ActivityStatus,
  IndicatorMeasurement,
  OutcomeMeasurement,
  ProgressEntry,
  VarianceExplanation,
} from '../../../shared/schemas/monitoring';
import { identityKey, type BudgetLine, type Plan } from '../../../shared/schemas/plan';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import type { MonitoringRecords } from '../../db/monitoring/records';

export interface MonitoringOptions {
  period: Period;
  weighting: Weighting;
  today: string;
  /** Only the activities of this responsible organisation (its key, see responsibleKey). */
  responsible?: string;
  /** Only the activities of this priority (its id). */
  priorityId?: string;
}

export interface ActivityRow {
  key: string;
  node: ActivityNode;
  priority: PriorityNode;
  objectiveId: string;
  progress?: ActivityProgress;
  status: ActivityStatus;
  percent: number;
  schedule: ScheduleState;
  entries: ProgressEntry[];
  measurements: IndicatorMeasurement[];
  latest?: IndicatorMeasurement;
  percentOfWay: number | null;
  onTrack: boolean | null;
  budgetTyiyn: number;
  figures: ExecutionFigures;
}

export interface LineSourceRow {
  lineKey: string;
  row: LineRow;
  source: Source;
  funderIds: string[];
  figures: ExecutionFigures;
  /** Expenditures recorded on the line and source (any date). */
  records: number;
  overspent: boolean;
  needsExplanation: boolean;
  explanation?: VarianceExplanation;
}

/** What each panel of the screen takes. */
export interface PanelProps {
  model: MonitoringModel;
  /** True on the version monitoring follows (records may be written). */
  editable: boolean;
}

export interface MonitoringModel {
  plan: Plan;
  activities: ActivityRow[];
  lineSources: LineSourceRow[];
  total: ExecutionFigures;
  bySource: Map<Source, ExecutionFigures>;
  byFunder: Map<string | null, ExecutionFigures>;
  byYear: Map<number, ExecutionFigures>;
  byCode: Map<string, ExecutionFigures>;
  byPriority: Map<string, ExecutionFigures>;
  progress: {
    plan: number | null;
    byObjective: Map<string, number>;
    byPriority: Map<string, number>;
  };
  counts: { overdue: number; dueThisQuarter: number; done: number; all: number };
  /** The responsible organisations and priorities to filter by (of the whole plan). */
  responsibles: { key: string; text: LocalizedText }[];
  priorities: PriorityNode[];
  /** Recorded values of the priorities' outcome indicators. */
  outcomes: OutcomeMeasurement[];
}

/** The filter key of a responsible organisation: its first filled name, trimmed. */
export function responsibleKey(text: LocalizedText): string {
  return (text.ru || text.ky || text.en || '').trim();
}

/** A budget line as the spending rules see it. */
export function plannedLine(line: BudgetLine): PlannedLine {
  return {
    key: identityKey(line),
    year: line.year,
    classificationCode: line.classificationCode,
    shares: line.shares,
    funderIds: line.funderIds,
    residentsInKind: line.residentsInKind,
  };
}

/** A value built the first time it is asked for, then kept. */
function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

const newestFirst = <T extends { date: string; createdAt: string }>(a: T, b: T) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Builds the screen's model. */
export function monitoringModel(
  tree: PlanTree,
  records: MonitoringRecords,
  options: MonitoringOptions,
): MonitoringModel {
  const outline = planOutline(tree);
  const responsibles = new Map<string, LocalizedText>();
  for (const a of tree.activities) {
    const key = responsibleKey(a.responsible);
    if (key && !responsibles.has(key)) responsibles.set(key, a.responsible);
  }
  const progressOf = new Map(records.progress.map((p) => [p.activityKey, p]));
  const entriesOf = group(records.entries, (e) => e.activityKey);
  const measurementsOf = group(records.measurements, (m) => m.activityKey);
  const keep = (node: ActivityNode, priority: PriorityNode) =>
    (!options.priorityId || priority.priority.id === options.priorityId) &&
    (!options.responsible || responsibleKey(node.activity.responsible) === options.responsible);

  const nodes = outline.priorities.flatMap((priority) =>
    priority.objectives.flatMap((objective) =>
      objective.activities
        .filter((node) => keep(node, priority))
        .map((node) => ({
          node,
          priority,
          objectiveId: objective.objective.id,
        })),
    ),
  );
  const lineRows = nodes.flatMap(({ node }) => node.lines);
  const lineKeys = new Set(lineRows.map((r) => identityKey(r.line)));
  // The screen reads the series' summed spending (records.spending) instead of every expenditure;
  // the sums are per quarter, so they hold for the screen's whole-quarter periods only.
  if (records.spending && !quarterAligned(options.period))
    throw new Error('spending totals hold whole quarters: a period must follow quarters');
  const spending: SpendingRecord[] = (records.spending ?? records.expenditures).filter((e) =>
    lineKeys.has(e.lineKey),
  );
  const atoms = executionAtoms(
    lineRows.map((r) => plannedLine(r.line)),
    spending,
    options.period,
  );
  const activityOfLine = new Map(
    lineRows.map((r) => [identityKey(r.line), identityKey(r.activity)]),
  );
  const priorityOfLine = new Map(lineRows.map((r) => [identityKey(r.line), r.priority.id]));
  const byActivity = executionBy(atoms, (a) => activityOfLine.get(a.line.key)!);

  const activities = nodes.map(({ node, priority, objectiveId }): ActivityRow => {
    const key = identityKey(node.activity);
    const progress = progressOf.get(key);
    const status = progress?.status ?? 'planned';
    const measurements = [...(measurementsOf.get(key) ?? [])].sort(newestFirst);
    const latest = measurements[0];
    const { baseline, target } = node.activity.indicator;
    const way =
      latest && baseline !== undefined && target !== undefined
        ? percentOfWay(baseline, target, latest.value)
        : null;
    return {
      key,
      node,
      priority,
      objectiveId,
      progress,
      status,
      percent: progress?.percent ?? 0,
      schedule: scheduleState(node.activity.timing, status, options.today),
      entries: [...(entriesOf.get(key) ?? [])].sort(newestFirst),
      measurements,
      latest,
      percentOfWay: way,
      onTrack: onTrack(node.activity.timing, way, options.today),
      budgetTyiyn: node.totals.total,
      figures: byActivity.get(key) ?? executionTotal([]),
    };
  });

  // The figures per line and source and the breakdowns by funder, year and code are the spending
  // tab's only (the activities tab opens first): each is built when first read, then kept.
  const lineSources = once((): LineSourceRow[] => {
    const atomsOfLine = group(atoms, (a) => a.line.key);
    const recordsOf = new Map<string, number>();
    for (const e of spending) {
      const id = `${e.lineKey}|${e.source}`;
      recordsOf.set(id, (recordsOf.get(id) ?? 0) + (e.count ?? 1));
    }
    const explanationOf = new Map(records.explanations.map((e) => [`${e.lineKey}|${e.source}`, e]));
    return lineRows.flatMap((row) => {
      const key = identityKey(row.line);
      const bySource = executionBy(atomsOfLine.get(key) ?? [], (a: ExecutionAtom) => a.source);
      return [...bySource]
        .filter(([, f]) => f.planned > 0 || f.cumulative > 0)
        .map(([source, figures]): LineSourceRow => ({
          lineKey: key,
          row,
          source,
          funderIds: row.line.funderIds[source],
          figures,
          records: recordsOf.get(`${key}|${source}`) ?? 0,
          overspent: overspent(figures),
          needsExplanation:
            needsExplanation(figures) &&
            (figures.cumulative > figures.planned || `${row.line.year}-12-31` < options.today),
          explanation: explanationOf.get(`${key}|${source}`),
        }));
    });
  });
  const byFunder = once(() => executionBy(atoms, (a) => a.funderId));
  const byYear = once(() => executionBy(atoms, (a) => a.line.year));
  const byCode = once(() =>
    executionBy(
      atoms.filter((a) => a.source === 'localBudget'),
      (a) => a.line.classificationCode ?? '',
    ),
  );

  const shares = activities.map((a) => ({
    percent: a.percent,
    budgetTyiyn: a.budgetTyiyn,
    objectiveId: a.objectiveId,
    priorityId: a.priority.priority.id,
  }));
  const count = (state: ScheduleState) => activities.filter((a) => a.schedule === state).length;

  return {
    plan: tree.plan,
    activities,
    get lineSources() {
      return lineSources();
    },
    total: executionTotal(atoms),
    bySource: executionBy(atoms, (a) => a.source),
    get byFunder() {
      return byFunder();
    },
    get byYear() {
      return byYear();
    },
    get byCode() {
      return byCode();
    },
    byPriority: executionBy(atoms, (a) => priorityOfLine.get(a.line.key)!),
    progress: {
      plan: rollUp(shares, options.weighting),
      byObjective: rollUpBy(shares, (s) => s.objectiveId, options.weighting),
      byPriority: rollUpBy(shares, (s) => s.priorityId, options.weighting),
    },
    counts: {
      overdue: count('overdue'),
      dueThisQuarter: count('dueThisQuarter'),
      done: count('done'),
      all: activities.length,
    },
    responsibles: [...responsibles].map(([key, text]) => ({ key, text })),
    priorities: outline.priorities,
    outcomes: records.outcomes,
  };
}
