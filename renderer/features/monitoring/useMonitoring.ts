/* The monitoring screen's reads: the plans being followed, and one plan's model, live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PlanTree } from '../../../shared/domain/plan-outline';
import type { Plan } from '../../../shared/schemas/plan';
import { getDb } from '../../db/database';
import { loadMonitoring, type MonitoringRecords } from '../../db/monitoring/records';
import { loadPlanTree } from '../../db/plans';
import { monitoringModel, type MonitoringModel, type MonitoringOptions } from './model';
import { periodRange, periodsOf, type PeriodChoice, type PeriodKind } from './period';

/** The followed version of each of the territory's series (its newest non-draft version). */
export function useMonitoredPlans(territoryId: string): Plan[] | undefined {
  return useLiveQuery(async () => {
    const plans = await getDb().plans.where('territoryId').equals(territoryId).toArray();
    const followed = new Map<string, Plan>();
    for (const plan of plans) {
      if (plan.status === 'draft') continue;
      const known = followed.get(plan.seriesId);
      if (!known || known.version < plan.version) followed.set(plan.seriesId, plan);
    }
    return [...followed.values()].sort((a, b) => b.startYear - a.startYear);
  }, [territoryId]);
}

interface Loaded {
  tree: PlanTree;
  records: MonitoringRecords;
  /** The version monitoring follows in this plan's series (writes go there). */
  followedId: string | null;
}

/** A plan's tree and its series' monitoring records: undefined while loading, null when not found. */
export function useMonitoringRecords(planId: string): Loaded | null | undefined {
  return useLiveQuery(async () => {
    const plan = await getDb().plans.get(planId);
    if (!plan) return null;
    const [tree, records, versions] = await Promise.all([
      loadPlanTree(planId),
      loadMonitoring(plan.seriesId, { summed: true }),
      getDb().plans.where('seriesId').equals(plan.seriesId).toArray(),
    ]);
    const followed = versions
      .filter((v) => v.status !== 'draft')
      .sort((a, b) => b.version - a.version)[0];
    return { tree, records, followedId: followed?.id ?? null };
  }, [planId]);
}

/** What the screen chooses: the kind of period and which one, the weighting, the filters. */
export interface MonitoringChoice extends Omit<MonitoringOptions, 'period'> {
  kind: PeriodKind;
  periodIndex: number;
}

export interface MonitoringState {
  model: MonitoringModel;
  /** True on the version monitoring follows (records may be written through it). */
  editable: boolean;
  /** The periods of the chosen kind within the plan, and the one shown. */
  periods: PeriodChoice[];
  choice: PeriodChoice;
}

/** The screen model of a plan for the chosen period, weighting and filters. */
export function useMonitoring(
  planId: string,
  options: MonitoringChoice,
): MonitoringState | null | undefined {
  const loaded = useMonitoringRecords(planId);
  const { kind, periodIndex, weighting, today, responsible, priorityId } = options;
  return useMemo(() => {
    if (!loaded) return loaded;
    const { plan } = loaded.tree;
    const periods = periodsOf(kind, plan.startYear, plan.endYear);
    const choice = periods[Math.min(periodIndex, periods.length - 1)]!;
    const model = monitoringModel(loaded.tree, loaded.records, {
      period: periodRange(choice),
      weighting,
      today,
      responsible,
      priorityId,
    });
    return { model, editable: loaded.followedId === planId, periods, choice };
  }, [loaded, planId, kind, periodIndex, weighting, today, responsible, priorityId]);
}
