import { useLiveQuery } from 'dexie-react-hooks';
import type { DecidedPriorities } from '../../../shared/domain/plan-priorities-check';
import { mergeCatalogue } from '../../../shared/domain/study/catalogue';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import { getDb } from '../../db/database';

export interface LatestDecision extends DecidedPriorities {
  id: string;
  title: LocalizedText;
}

/** The territory's latest priorities decision that chose problems, with the problems' titles; null when none. */
export function useLatestDecision(territoryId: string): LatestDecision | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const latest = (await db.priorityAssessments.where('territoryId').equals(territoryId).toArray())
      .filter((a) => a.selected.length > 0)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    if (!latest) return null;
    const catalogue = mergeCatalogue(await db.problems.toArray());
    const titles = new Map(
      catalogue.filter((p) => latest.selected.includes(p.code)).map((p) => [p.code, p.title]),
    );
    return { id: latest.id, title: latest.title, selected: latest.selected, titles };
  }, [territoryId]);
}
