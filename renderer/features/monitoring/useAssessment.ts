/* The reads of the assessment and cycle-closing panels: live, per plan series. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CycleAssessment, CycleClosure } from '../../../shared/schemas/assessment';
import type { Plan } from '../../../shared/schemas/plan';
import type { Study } from '../../../shared/schemas/study';
import type { Territory } from '../../../shared/schemas/territory';
import { getDb } from '../../db/database';

export interface AssessmentData {
  /** The series' assessments by priority key. */
  assessments: Map<string, CycleAssessment>;
  closure?: CycleClosure;
  /** The next cycle's draft, once started. */
  nextPlan?: Plan;
  /** Studies of every territory (the own and comparison ones), by territory, earliest first. */
  studies: Map<string, Study[]>;
  /** The other territories, for a comparison. */
  others: Territory[];
}

/** Everything the panels show about one series of `territoryId`; undefined while loading. */
export function useAssessmentData(
  territoryId: string,
  seriesId: string,
): AssessmentData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [assessments, closure, studies, territories] = await Promise.all([
      db.cycleAssessments.where('seriesId').equals(seriesId).toArray(),
      db.cycleClosures.where('seriesId').equals(seriesId).first(),
      db.studies.toArray(),
      db.territories.toArray(),
    ]);
    const byTerritory = new Map<string, Study[]>();
    for (const study of [...studies].sort((a, b) => a.periodFrom.localeCompare(b.periodFrom)))
      byTerritory.set(study.territoryId, [...(byTerritory.get(study.territoryId) ?? []), study]);
    const nextPlan = closure?.nextPlanId ? await db.plans.get(closure.nextPlanId) : undefined;
    return {
      assessments: new Map(assessments.map((a) => [a.priorityKey, a])),
      closure,
      nextPlan,
      studies: byTerritory,
      others: territories.filter((t) => t.id !== territoryId),
    };
  }, [territoryId, seriesId]);
}
