import { useLiveQuery } from 'dexie-react-hooks';
import { planOutline, type PlanOutline } from '../../../shared/domain/plan-outline';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import type { Funder, Plan } from '../../../shared/schemas/plan';
import { getDb } from '../../db/database';
import { loadPlanTree } from '../../db/plans';

/** The territory's plans, newest series first, latest version first; undefined while loading. */
export function usePlans(territoryId: string): Plan[] | undefined {
  return useLiveQuery(async () => {
    const plans = await getDb().plans.where('territoryId').equals(territoryId).toArray();
    return plans.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.version - a.version);
  }, [territoryId]);
}

/** One plan's outline (sorted tree with totals): undefined while loading, null when not found. */
export function usePlanOutline(planId: string): PlanOutline | null | undefined {
  return useLiveQuery(async () => {
    const plan = await getDb().plans.get(planId);
    return plan ? planOutline(await loadPlanTree(planId)) : null;
  }, [planId]);
}

/** The global funder register, sorted by Russian/Kyrgyz name. */
export function useFunders(): Funder[] | undefined {
  return useLiveQuery(async () => {
    const all = await getDb().funders.toArray();
    return all.sort((a, b) =>
      (a.name.ru ?? a.name.ky ?? a.name.en ?? '').localeCompare(
        b.name.ru ?? b.name.ky ?? b.name.en ?? '',
      ),
    );
  });
}

/** Organisations of the territory's working-group members (distinct), to pick the responsible one from. */
export function useGroupOrganisations(territoryId: string): LocalizedText[] {
  return (
    useLiveQuery(async () => {
      const members = await getDb().members.where('territoryId').equals(territoryId).toArray();
      const seen = new Map<string, LocalizedText>();
      for (const member of members) {
        const key =
          member.organisation.ru ?? member.organisation.ky ?? member.organisation.en ?? '';
        if (key.trim() && !seen.has(key)) seen.set(key, member.organisation);
      }
      return [...seen.values()];
    }, [territoryId]) ?? []
  );
}

/** The territory's latest priorities decision that chose problems, or null. */
export function useDecidedAssessment(territoryId: string): { id: string; count: number } | null {
  return (
    useLiveQuery(async () => {
      const all = await getDb()
        .priorityAssessments.where('territoryId')
        .equals(territoryId)
        .toArray();
      const decided = all
        .filter((a) => a.selected.length > 0)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      return decided ? { id: decided.id, count: decided.selected.length } : null;
    }, [territoryId]) ?? null
  );
}
