/*
 * The sample district's monitoring (issue 15): its plan is approved (20.01.2026) and followed for
 * two quarters — a state and entries for every activity, about 40 expenditures across the four
 * sources (in kind included, one line overspent, donors under 50 %), indicator values at the end
 * of June — then a draft version 2 is started, so the sample still has a plan to edit. Written
 * through the monitoring repositories (validated and audited) inside the sample transaction.
 */
import { SOURCES, type Source } from '../../../shared/domain/budget';
import { plannedEnd } from '../../../shared/domain/monitoring/schedule';
import { planOutline, type LineRow } from '../../../shared/domain/plan-outline';
import {
  DEFAULT_PROGRESS,
  type ActivityProgressInput,
  type ActivityStatus,
  type DocumentType,
} from '../../../shared/schemas/monitoring';
import { identityKey, type Timing } from '../../../shared/schemas/plan';
import { SAMPLE_TERRITORY } from '../../../shared/sample/territory';
import { getDb, type TableName } from '../../db/database';
import { addExpenditure, setVarianceExplanation } from '../../db/monitoring/expenditures';
import { addMeasurement } from '../../db/monitoring/measurements';
import { addProgressEntry, setActivityProgress } from '../../db/monitoring/progress';
import { MONITORING_TABLES } from '../../db/monitoring/records';
import { approvePlan, loadPlanTree, newVersion, PLAN_TABLES } from '../../db/plans';
import type { SampleContributor } from '../sample/sample';
import * as text from './sample-texts';

const AS_OF = '2026-06-30';
/** Share of each source's whole plan spent by the end of June (donors stay under half). */
const TARGET: Record<Source, number> = {
  localBudget: 0.52,
  business: 0.56,
  donors: 0.34,
  residents: 0.6,
};
/** Expenditures per source: about 40 in all. */
const RECORDS: Record<Source, number> = { localBudget: 16, business: 8, donors: 7, residents: 10 };

const startOf = (timing: Timing | undefined) =>
  timing?.kind === 'quarters' ? timing.start : (timing?.start.slice(0, 4) ?? '9999');

/** The state of the i-th activity at the end of June, from its planned timing. */
function stateOf(timing: Timing | undefined, i: number): ActivityProgressInput {
  const end = plannedEnd(timing) ?? '9999-12-31';
  const start = startOf(timing);
  let status: ActivityStatus;
  if (i === 12) status = 'cancelled';
  else if (end <= AS_OF) status = i % 5 === 3 ? 'delayed' : 'done';
  else if (start <= '2026-Q2') status = i % 3 === 0 ? 'started' : 'inProgress';
  else status = 'planned';
  const percent = status === 'inProgress' ? 35 + ((i * 7) % 30) : DEFAULT_PROGRESS[status];
  const dates =
    status === 'planned' || status === 'cancelled'
      ? {}
      : {
          actualStart: start === '2026-Q2' ? '2026-04-06' : '2026-01-26',
          ...(status === 'done'
            ? { actualEnd: end < '2026-04-01' ? '2026-03-27' : '2026-06-19' }
            : {}),
        };
  const reason =
    status === 'delayed' ? text.DELAY : status === 'cancelled' ? text.CANCELLATION : {};
  return { status, percent, ...dates, ...reason };
}

/** The amounts each chosen line gets from a source, reaching the source's target share. */
function spendingPlan(rows: LineRow[], total: Record<Source, number>) {
  const out: { row: LineRow; source: Source; amount: number }[] = [];
  for (const source of SOURCES) {
    const chosen = rows
      .filter((r) => r.line.shares[source] > 0)
      .sort((a, b) => b.line.shares[source] - a.line.shares[source])
      .slice(0, RECORDS[source]);
    const sum = chosen.reduce((s, r) => s + r.line.shares[source], 0);
    const share = Math.min(1, (TARGET[source] * total[source]) / sum);
    chosen.forEach((row, i) => {
      // The first local-budget line is overspent by a quarter (flagged, explained).
      const factor = source === 'localBudget' && i === 0 ? 1.25 : share;
      out.push({ row, source, amount: Math.max(1, Math.round(row.line.shares[source] * factor)) });
    });
  }
  return out;
}

const DOCUMENT: Record<Source, DocumentType> = {
  localBudget: 'paymentOrder',
  business: 'invoice',
  donors: 'paymentOrder',
  residents: 'receipt',
};

async function addSampleMonitoring(_ctx: unknown, territoryId: string): Promise<void> {
  const db = getDb();
  const plans = await db.plans.where('territoryId').equals(territoryId).toArray();
  const draft = plans.find((p) => p.status === 'draft' && p.version === 1);
  if (!draft) return;
  const { office } = SAMPLE_TERRITORY;
  await approvePlan(draft.id, {
    body: 'head',
    position: office.headPosition,
    name: office.headName,
    date: '2026-01-20',
    number: '12-р',
  });
  const outline = planOutline(await loadPlanTree(draft.id));
  const meeting = (await db.meetings.where('territoryId').equals(territoryId).toArray()).find(
    (m) => m.date === '2026-04-15',
  );
  const nodes = outline.priorities.flatMap((p) => p.objectives.flatMap((o) => o.activities));
  const idle = new Set<string>();
  for (const [i, node] of nodes.entries()) {
    const key = identityKey(node.activity);
    const state = stateOf(node.activity.timing, i);
    await setActivityProgress(draft.id, key, state);
    if (state.status === 'planned' || state.status === 'cancelled') idle.add(key);
    const q2 = startOf(node.activity.timing) === '2026-Q2';
    for (const [n, entryText] of text.ENTRY_TEXTS[state.status].entries()) {
      const atMeeting = n === 1 && meeting !== undefined;
      await addProgressEntry(draft.id, key, {
        date: atMeeting
          ? meeting.date
          : q2 || state.status === 'planned'
            ? '2026-04-08'
            : '2026-02-16',
        text: entryText,
        reportedBy: text.REPORTERS[(i + n) % text.REPORTERS.length],
        ...(atMeeting ? { meetingId: meeting.id } : {}),
        documents:
          state.status === 'done' && n === 0
            ? [{ type: 'report', number: `${i + 1}/2026`, date: state.actualEnd ?? AS_OF }]
            : [],
      });
    }
    const { baseline, target } = node.activity.indicator;
    if (baseline !== undefined && target !== undefined && state.percent > 0) {
      const way = (state.percent / 100) * (i % 3 === 0 ? 0.4 : 1);
      await addMeasurement(draft.id, key, {
        date: AS_OF,
        value: Math.round(baseline + (target - baseline) * way),
        source: (['meeting', 'police', 'other'] as const)[i % 3]!,
        note: 'Данные за I полугодие 2026 г.',
      });
    }
  }
  const started = outline.rows.filter(
    (r) => r.line.year === 2026 && !idle.has(identityKey(r.activity)),
  );
  const total = outline.totals.bySource;
  let overspent: { lineKey: string } | null = null;
  for (const [n, { row, source, amount }] of spendingPlan(started, total).entries()) {
    const q2 = startOf(row.activity.timing) === '2026-Q2' || n % 2 === 1;
    const date = q2
      ? `2026-0${4 + (n % 3)}-${String(10 + (n % 15)).padStart(2, '0')}`
      : `2026-0${2 + (n % 2)}-${String(5 + (n % 20)).padStart(2, '0')}`;
    const inKind =
      (source === 'residents' && row.line.residentsInKind) ||
      (source === 'business' && n % 4 === 0);
    const lineKey = identityKey(row.line);
    await addExpenditure(draft.id, lineKey, {
      date,
      amountTyiyn: amount,
      source,
      inKind,
      payee: inKind ? undefined : text.PAYEES[n % text.PAYEES.length],
      funderId: row.line.funderIds[source][0],
      quarter: q2 ? '2026-Q2' : '2026-Q1',
      document: inKind
        ? { type: 'actInKind', number: `НВ-${n + 1}`, date }
        : { type: DOCUMENT[source], number: `${100 + n}`, date },
    });
    if (source === 'localBudget' && !overspent) overspent = { lineKey };
  }
  if (overspent)
    await setVarianceExplanation(
      draft.id,
      overspent.lineKey,
      'localBudget',
      text.OVERSPEND_EXPLANATION,
    );
  await newVersion(draft.id, text.NEW_VERSION_NOTE, '2026-07-10');
}

export const contributeMonitoring: SampleContributor = {
  tables: [
    ...PLAN_TABLES,
    ...MONITORING_TABLES,
    'meetings',
    'decisions',
  ] satisfies readonly TableName[],
  contribute: addSampleMonitoring,
};
