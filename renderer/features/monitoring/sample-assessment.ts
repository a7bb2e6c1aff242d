/*
 * The sample district's assessment (issue 16): one assessment per priority of the followed plan,
 * comparing the spring 2025 study with its spring 2026 follow-up (sample-followup.ts) and the
 * police quarters before the plan's start with those since — the same two times the outcome
 * indicators compare. Written after the sample's reports: the council report approved in July
 * carries none of them, so they stay editable. Written through the repositories inside the
 * sample transaction.
 */
import { priorityKey } from '../../../shared/domain/monitoring/assessment';
import { splitQuarters, splitStudies } from '../../../shared/domain/monitoring/outcomes';
import { SAMPLE_PRIORITY_CODES } from '../../../shared/sample/plan';
import type { CycleAssessmentInput } from '../../../shared/schemas/assessment';
import { getDb, type TableName } from '../../db/database';
import { OUTCOME_TABLES, saveAssessment } from '../../db/monitoring/assessments';
import { loadMonitoring, MONITORING_TABLES } from '../../db/monitoring/records';
import { loadPlanTree, PLAN_TABLES } from '../../db/plans';
import type { SampleContributor } from '../sample/sample';
import { priorityAssessments } from './assessment-model';
import { monitoringModel } from './model';
import * as text from './sample-texts-assessment';

async function addSampleAssessment(_ctx: unknown, territoryId: string): Promise<void> {
  const db = getDb();
  const plans = await db.plans.where('territoryId').equals(territoryId).toArray();
  const followed = plans.find((p) => p.status === 'approved');
  if (!followed) return;
  const studies = await db.studies.where('territoryId').equals(territoryId).toArray();
  const { baseline, later } = splitStudies(studies, followed.startYear, followed.endYear);
  if (!baseline || !later) return;
  const stats = await db.policeStats.where('territoryId').equals(territoryId).toArray();
  const police = splitQuarters(
    stats.map((s) => s.period),
    followed.startYear,
  );
  const model = monitoringModel(
    await loadPlanTree(followed.id),
    await loadMonitoring(followed.seriesId),
    { period: {}, weighting: 'equal', today: '2026-06-30' },
  );
  for (const row of priorityAssessments(model, new Map())) {
    const code = row.node.priority.problemCode ?? SAMPLE_PRIORITY_CODES[row.node.priority.order];
    const input: CycleAssessmentInput = {
      implementation: row.proposed,
      ...(code ? { problemCode: code } : {}),
      beforeStudyId: baseline.id,
      afterStudyId: later.id,
      policeBeforeFrom: police.before[0],
      policeBeforeTo: police.before.at(-1),
      policeAfterFrom: police.after[0],
      policeAfterTo: police.after.at(-1),
      displacement: {
        places: code === 'market-theft',
        times: false,
        targets: false,
        offences: false,
        ...(code === 'market-theft' ? { note: text.MARKET_DISPLACEMENT } : {}),
      },
      conclusion: text.CONCLUSIONS[code ?? ''] ?? text.DEFAULT_CONCLUSION,
    };
    await saveAssessment(followed.id, priorityKey(row.node.priority), input);
  }
}

export const contributeAssessment: SampleContributor = {
  tables: [
    ...PLAN_TABLES,
    ...MONITORING_TABLES,
    ...OUTCOME_TABLES,
    'cycleAssessments',
  ] satisfies readonly TableName[],
  contribute: addSampleAssessment,
};
