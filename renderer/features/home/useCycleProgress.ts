import { useLiveQuery } from 'dexie-react-hooks';
import { SOURCES } from '../../../shared/domain/budget';
import { identityKey } from '../../../shared/schemas/identity';
import type { Plan } from '../../../shared/schemas/plan';
import { getDb, territoryRecords } from '../../db/database';
import { spendingTotalsOf } from '../../db/monitoring/totals';
import { countTerritoryResponses } from '../../db/study/response-count';
import { cellsAsSpending } from '../../../shared/domain/monitoring/spending-totals';

/** Step 5: activities done of all, money spent of planned, over the approved plans followed. */
export interface MonitoringProgress {
  activities: number;
  done: number;
  spent: number;
  planned: number;
}

/** How far the territory is in each step of the cycle: counts the home screen shows. */
export interface CycleProgress {
  /** Active members: the ones the roster lists and the members' tab counts. */
  members: number;
  /** Members who left the group (still kept in its records). */
  formerMembers: number;
  meetings: number;
  responses: number;
  snapshots: number;
  /** Plans, not versions: a plan's versions share a series. */
  plans: number;
  /** Null while no plan is approved. */
  monitoring: MonitoringProgress | null;
}

const COUNTED = ['meetings', 'prioritySnapshots'];
const MONITORED = ['activities', 'budgetLines', 'activityProgress', 'spendingTotals'];

/** The newest non-draft version of each series (the version monitoring follows). */
function followedVersions(plans: readonly Plan[]): Plan[] {
  const followed = new Map<string, Plan>();
  for (const plan of plans) {
    if (plan.status === 'draft') continue;
    const known = followed.get(plan.seriesId);
    if (!known || known.version < plan.version) followed.set(plan.seriesId, plan);
  }
  return [...followed.values()];
}

/** Step 5's figures over the followed plans (their activities, lines, progress and spending). */
async function readMonitoringProgress(plans: readonly Plan[]): Promise<MonitoringProgress | null> {
  const followed = followedVersions(plans);
  if (!followed.length) return null;
  const db = getDb();
  const out: MonitoringProgress = { activities: 0, done: 0, spent: 0, planned: 0 };
  for (const plan of followed) {
    // Spending from the series' totals (db/monitoring/totals), not every expenditure.
    const [activities, lines, progress, spending] = await Promise.all([
      db.activities.where('planId').equals(plan.id).toArray(),
      db.budgetLines.where('planId').equals(plan.id).toArray(),
      db.activityProgress.where('seriesId').equals(plan.seriesId).toArray(),
      spendingTotalsOf(plan.seriesId).then(cellsAsSpending),
    ]);
    const activityKeys = new Set(activities.map(identityKey));
    const lineKeys = new Set(lines.map(identityKey));
    out.activities += activities.length;
    out.done += progress.filter(
      (p) => p.status === 'done' && activityKeys.has(p.activityKey),
    ).length;
    out.planned += lines.reduce((sum, l) => sum + SOURCES.reduce((s, k) => s + l.shares[k], 0), 0);
    out.spent += spending
      .filter((e) => lineKeys.has(e.lineKey))
      .reduce((sum, e) => sum + e.amountTyiyn, 0);
  }
  return out;
}

/** Counts of the territory's records per step (index counts: cheap even for 50,000 rows). */
export async function readCycleProgress(territoryId: string): Promise<CycleProgress> {
  const db = getDb();
  // One read transaction for every figure (the home screen re-runs them on every change).
  const tables = [
    ...COUNTED,
    'members',
    'surveyResponses',
    'responseChunks',
    'plans',
    ...MONITORED,
  ];
  return db.transaction('r', tables, async () => {
    const [counts, members, allMembers, plans, responses] = await Promise.all([
      Promise.all(COUNTED.map((table) => territoryRecords(db, table, territoryId).count())),
      // A group has tens of members: reading them to tell the active ones is cheap.
      territoryRecords(db, 'members', territoryId)
        .filter((m: { active: boolean }) => m.active)
        .count(),
      territoryRecords(db, 'members', territoryId).count(),
      db.plans.where('territoryId').equals(territoryId).toArray(),
      countTerritoryResponses(territoryId),
    ]);
    const [meetings, snapshots] = counts as [number, number];
    return {
      members,
      formerMembers: allMembers - members,
      meetings,
      responses,
      snapshots,
      plans: new Set(plans.map((p) => p.seriesId)).size,
      monitoring: await readMonitoringProgress(plans),
    };
  });
}

/** The same counts, live. */
export function useCycleProgress(territoryId: string): CycleProgress | undefined {
  return useLiveQuery(() => readCycleProgress(territoryId), [territoryId]);
}
