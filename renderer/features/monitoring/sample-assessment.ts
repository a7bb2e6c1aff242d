/*
 * The sample district's assessment (issue 16): the evidence "after" — a follow-up survey of 1,000
 * residents in spring 2026 (fewer name market theft and road safety, more feel safe at night) —
 * and one assessment per priority of the followed plan, compared with the spring 2025 study. The
 * sample's police figures end in 2025-Q1, before the plan: none are added after it, since newer
 * quarters would move the live priorities ranking away from the decision's frozen snapshot.
 * Written through the repositories inside the sample transaction.
 */
import { priorityKey } from '../../../shared/domain/monitoring/assessment';
import { SAMPLE_PRIORITY_CODES } from '../../../shared/sample/plan';
import type { SurveyAnswers } from '../../../shared/schemas/study';
import type { CycleAssessmentInput } from '../../../shared/schemas/assessment';
import { getDb, type TableName } from '../../db/database';
import { OUTCOME_TABLES, saveAssessment } from '../../db/monitoring/assessments';
import { loadMonitoring, MONITORING_TABLES } from '../../db/monitoring/records';
import { loadPlanTree, PLAN_TABLES } from '../../db/plans';
import { importResponses } from '../../db/study/import-responses';
import { RESPONSE_TABLES } from '../../db/study/study-cube';
import { createStudy } from '../../db/study/studies';
import type { SampleContributor } from '../sample/sample';
import { sampleAnswers } from '../study/sample';
import { priorityAssessments } from './assessment-model';
import { monitoringModel } from './model';
import * as text from './sample-texts-assessment';

/** Of every ten mentions of a problem in 2026, how many are gone (the rest as in 2025). */
const FEWER: Record<string, number> = { 'market-theft': 4, 'road-safety': 1 };

/** The spring-2026 answers: the 2025 patterns, then the changes the response brought. */
export function followUpAnswers(placeIds: readonly string[]): SurveyAnswers[] {
  return sampleAnswers(placeIds, 1000, 20260301).map((answers, i) => ({
    ...answers,
    problems: answers.problems.filter((p) => (FEWER[p.code] ?? 0) <= i % 10),
    safeNight:
      answers.safeNight !== undefined && i % 6 === 0
        ? Math.min(5, answers.safeNight + 1)
        : answers.safeNight,
  }));
}

async function addSampleAssessment(_ctx: unknown, territoryId: string): Promise<void> {
  const db = getDb();
  const plans = await db.plans.where('territoryId').equals(territoryId).toArray();
  const followed = plans.find((p) => p.status === 'approved');
  const [before] = await db.studies.where('territoryId').equals(territoryId).sortBy('periodFrom');
  if (!followed || !before) return;
  const places = await db.places.where('territoryId').equals(territoryId).sortBy('code');
  const byCode = new Map(places.map((p) => [p.code, p.id]));
  const placeIds = text.PLACE_CODES.map((code) => byCode.get(code) ?? '');
  const after = await createStudy(territoryId, text.FOLLOW_UP_STUDY);
  await importResponses({
    studyId: after.id,
    fileName: 'sample-2026',
    rows: followUpAnswers(placeIds).map((answers, i) => ({ rowNumber: i + 2, answers })),
    skipped: 0,
  });
  const model = monitoringModel(
    await loadPlanTree(followed.id),
    await loadMonitoring(followed.seriesId),
    {
      period: {},
      weighting: 'equal',
      today: '2026-06-30',
    },
  );
  for (const row of priorityAssessments(model, new Map())) {
    const code = row.node.priority.problemCode ?? SAMPLE_PRIORITY_CODES[row.node.priority.order];
    const words = text.CONCLUSIONS[code ?? ''] ?? text.DEFAULT_CONCLUSION;
    const input: CycleAssessmentInput = {
      implementation: row.proposed,
      ...(code ? { problemCode: code } : {}),
      beforeStudyId: before.id,
      afterStudyId: after.id,
      displacement: {
        places: code === 'market-theft',
        times: false,
        targets: false,
        offences: false,
        ...(code === 'market-theft' ? { note: text.MARKET_DISPLACEMENT } : {}),
      },
      conclusion: words,
    };
    await saveAssessment(followed.id, priorityKey(row.node.priority), input);
  }
}

export const contributeAssessment: SampleContributor = {
  tables: [
    ...PLAN_TABLES,
    ...MONITORING_TABLES,
    ...RESPONSE_TABLES,
    ...OUTCOME_TABLES,
    'importBatches',
    'places',
    'cycleAssessments',
  ] satisfies readonly TableName[],
  contribute: addSampleAssessment,
};
