/*
 * Bundled by monitoring.bench.mjs (esbuild, Node ESM): an approved plan of 500 activities and
 * 2,000 lines with a state for every activity and 10,000 expenditures (with the series' spending
 * totals the app writes beside them, schema v13), the screen's model, and
 * the figures the monitoring screen shows as plain strings (what the static baseline table draws).
 */
import { SOURCES } from '../../shared/domain/budget';
import { quarterOf } from '../../shared/domain/monitoring/schedule';
import { formatDate, formatMoney, formatPercent, formatTiming, today } from '../../shared/format';
import type {
  ActivityProgress,
  ActivityStatus,
  Expenditure,
} from '../../shared/schemas/monitoring';
import { identityKey } from '../../shared/schemas/plan';
import ru from '../../shared/i18n/ru/monitoring.json';
import { monitoringModel } from '../../renderer/features/monitoring/model';
import type { MonitoringRecords } from '../../renderer/db/monitoring/records';
import { approvedBigPlan } from './plan-entry';
import { spendingCells } from '../../shared/domain/monitoring/spending-totals';

const AT = '2026-07-01T08:00:00.000Z';
const STATUSES: ActivityStatus[] = ['planned', 'started', 'inProgress', 'done', 'delayed'];

/** The plan (approved), its funders and its monitoring records. */
export function bigMonitoring(territoryId: string) {
  const { tree, funders } = approvedBigPlan(territoryId);
  const scope = { territoryId, seriesId: tree.plan.seriesId, createdAt: AT, updatedAt: AT };
  const progress: ActivityProgress[] = tree.activities.map((a, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    return {
      ...scope,
      id: crypto.randomUUID(),
      activityKey: identityKey(a),
      status,
      percent: status === 'done' ? 100 : (i * 7) % 90,
      ...(status === 'planned' ? {} : { actualStart: '2026-02-02' }),
      ...(status === 'delayed' ? { reason: 'Поставка', correctiveAction: 'Новый поставщик' } : {}),
    };
  });
  const expenditures: Expenditure[] = [];
  for (let i = 0; i < 10_000; i += 1) {
    const line = tree.lines[i % tree.lines.length]!;
    const source = SOURCES.find((_, k) => line.shares[SOURCES[(i + k) % 4]!] > 0) ?? 'localBudget';
    const date = `${line.year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    expenditures.push({
      ...scope,
      id: crypto.randomUUID(),
      lineKey: identityKey(line),
      date,
      amountTyiyn: Math.max(1, Math.floor(line.shares[source] / 6) + (i % 97)),
      source,
      inKind: false,
      funderId: line.funderIds[source][0],
      quarter: quarterOf(date),
      document: { type: 'paymentOrder', number: `${i + 1}` },
    });
  }
  const records: MonitoringRecords = {
    progress,
    entries: [],
    expenditures,
    measurements: [],
    outcomes: [],
    explanations: [],
  };
  // The series' spending totals, as the app keeps them beside every expenditure it writes.
  const totals = {
    seriesId: tree.plan.seriesId,
    territoryId,
    ...spendingCells(expenditures),
    updatedAt: AT,
  };
  return { tree, funders, records, totals };
}

const percent = (p: number | null) => (p === null ? '—' : formatPercent(p / 100, 'ru'));

/**
 * The figures the screen shows on opening (whole plan, equal weights): the summary, progress per
 * priority and objective with money, and one row per activity — each as plain strings.
 */
export function screenFigures(data: ReturnType<typeof bigMonitoring>): string[][] {
  const model = monitoringModel(data.tree, data.records, {
    period: { from: `${data.tree.plan.startYear}-01-01`, to: `${data.tree.plan.endYear}-12-31` },
    weighting: 'equal',
    today: today(),
  });
  const rows: string[][] = [
    [
      String(model.counts.overdue),
      String(model.counts.dueThisQuarter),
      `${model.counts.done} / ${model.counts.all}`,
      percent(model.progress.plan),
      formatMoney(model.total.cumulative, 'ru'),
      formatMoney(model.total.planned, 'ru'),
    ],
  ];
  for (const p of model.priorities) {
    const figures = model.byPriority.get(p.priority.id)!;
    rows.push([
      `${p.number}. ${p.priority.title.ru}`,
      percent(model.progress.byPriority.get(p.priority.id) ?? null),
      formatMoney(figures.planned, 'ru'),
      formatMoney(figures.cumulative, 'ru'),
    ]);
    for (const o of p.objectives)
      rows.push([
        `${o.number}. ${o.objective.title.ru}`,
        percent(model.progress.byObjective.get(o.objective.id) ?? null),
      ]);
  }
  for (const a of model.activities)
    rows.push([
      `${a.node.number}. ${a.node.activity.title.ru}`,
      `${a.node.activity.responsible.ru} · ${formatTiming(a.node.activity.timing, 'ru')}`,
      ru.schedule[a.schedule],
      ru.status[a.status],
      percent(a.percent),
      a.progress?.actualStart ? `${formatDate(a.progress.actualStart)} – …` : '',
      ru.activities.setStatus,
      ru.activities.entries.replace('{{count}}', String(a.entries.length)),
    ]);
  return rows;
}

export { monitoringModel };
