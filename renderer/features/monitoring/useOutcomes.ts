/* The outcome indicators of a plan, live: the studies around it, their responses, police data. */
import { useLiveQuery } from 'dexie-react-hooks';
import { splitStudies, summariseSurvey } from '../../../shared/domain/monitoring/outcomes';
import type { OutcomeMeasurement } from '../../../shared/schemas/monitoring';
import type { Plan, PlanPriority } from '../../../shared/schemas/plan';
import type { Study } from '../../../shared/schemas/study';
import { getDb } from '../../db/database';
import { readStudyResponses } from '../../db/study/response-chunks';
import { outcomeRows, type OutcomeRow } from './outcomes-model';

export interface OutcomesState {
  rows: OutcomeRow[];
  baselineStudy?: Study;
  laterStudy?: Study;
}

/** The plan's outcome rows: undefined while loading. */
export function useOutcomes(
  plan: Plan,
  priorities: readonly PlanPriority[],
  recorded: readonly OutcomeMeasurement[],
): OutcomesState | undefined {
  const { territoryId, startYear, endYear } = plan;
  const sources = useLiveQuery(async () => {
    const db = getDb();
    const studies = await db.studies.where('territoryId').equals(territoryId).toArray();
    const { baseline, later } = splitStudies(studies, startYear, endYear);
    const summary = async (study?: Study) =>
      study && summariseSurvey(await readStudyResponses(territoryId, study.id));
    const [baselineSummary, laterSummary, police] = await Promise.all([
      summary(baseline),
      summary(later),
      db.policeStats.where('territoryId').equals(territoryId).toArray(),
    ]);
    return { baselineStudy: baseline, laterStudy: later, baselineSummary, laterSummary, police };
  }, [territoryId, startYear, endYear]);
  if (!sources) return undefined;
  return {
    rows: outcomeRows(plan, priorities, sources, recorded),
    baselineStudy: sources.baselineStudy,
    laterStudy: sources.laterStudy,
  };
}
