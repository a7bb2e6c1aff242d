/*
 * Assessments per priority of a plan series (issue 16). Written on the version monitoring follows;
 * the outcomes are computed here from the chosen studies and police quarters (of the territory and
 * of a comparison territory) and stored with the record, so a frozen assessment keeps the figures
 * its report printed. A frozen assessment (its report approved) is refused any change.
 */
import { priorityKey } from '../../../shared/domain/monitoring/assessment';
import {
  assessmentOutcomes,
  policeEstimateIn,
  surveyEstimates,
  type AssessmentOutcome,
  type MeasureEstimates,
} from '../../../shared/domain/monitoring/assessment-outcomes';
import {
  cycleAssessmentInputSchema,
  cycleAssessmentSchema,
  policeRanges,
  type CycleAssessment,
  type CycleAssessmentInput,
  type QuarterRange,
} from '../../../shared/schemas/assessment';
import { idSchema } from '../../../shared/schemas/common';
import type { PlanPriority } from '../../../shared/schemas/plan';
import type { Report } from '../../../shared/schemas/reports';
import { getDb, type TableName } from '../database';
import { refuse } from '../plans';
import { nowInstant, recordWriter, validate, writeTransaction } from '../repository';
import { readStudyResponses } from '../study/response-chunks';
import { monitoredWrite, seriesScope } from './context';

export const assessmentWriter = recordWriter('cycleAssessments', cycleAssessmentSchema);

/** What computing the outcomes reads. */
export const OUTCOME_TABLES: readonly TableName[] = [
  'territories',
  'studies',
  'surveyResponses',
  'responseChunks',
  'policeStats',
];

/** The assessments of a series. */
export function seriesAssessments(seriesId: string): Promise<CycleAssessment[]> {
  return getDb().cycleAssessments.where('seriesId').equals(seriesId).toArray();
}

async function assessmentOf(seriesId: string, key: string): Promise<CycleAssessment | undefined> {
  return (await seriesAssessments(seriesId)).find((a) => a.priorityKey === key);
}

/** A study of `territoryId`, or a refusal naming `path`. */
async function checkStudy(territoryId: string, studyId: string | undefined, path: string) {
  if (!studyId) return;
  const study = await getDb().studies.get(studyId);
  if (study?.territoryId !== territoryId) refuse('assessment:errors.studyNotFound', path);
}

/** The estimates of one territory at one time: a study's and a range of police quarters'. */
async function estimatesAt(
  territoryId: string,
  problemCode: string | undefined,
  studyId: string | undefined,
  police: QuarterRange | undefined,
): Promise<MeasureEstimates> {
  const out: MeasureEstimates = studyId
    ? surveyEstimates(await readStudyResponses(territoryId, studyId), problemCode)
    : {};
  if (police && problemCode) {
    const stats = await getDb().policeStats.where('territoryId').equals(territoryId).toArray();
    const estimate = policeEstimateIn(stats, problemCode, police.from, police.to);
    if (estimate) out.policeCount = estimate;
  }
  return out;
}

/**
 * The before/after outcomes of a priority of `territoryId` for the choices in `input` (the studies
 * are checked to belong to their territories); the problem measured is the input's, else the
 * priority's own. Runs inside the caller's transaction or its own.
 */
export async function computeOutcomes(
  territoryId: string,
  priorityCode: string | undefined,
  input: CycleAssessmentInput,
): Promise<AssessmentOutcome[]> {
  const problemCode = input.problemCode ?? priorityCode;
  await checkStudy(territoryId, input.beforeStudyId, 'beforeStudyId');
  await checkStudy(territoryId, input.afterStudyId, 'afterStudyId');
  const police = policeRanges(input);
  const before = await estimatesAt(territoryId, problemCode, input.beforeStudyId, police.before);
  const after = await estimatesAt(territoryId, problemCode, input.afterStudyId, police.after);
  const other = input.comparisonTerritoryId;
  if (!other) return assessmentOutcomes(before, after);
  if (other === territoryId || !(await getDb().territories.get(other)))
    refuse('assessment:errors.comparisonNotFound', 'comparisonTerritoryId');
  await checkStudy(other, input.comparisonBeforeStudyId, 'comparisonBeforeStudyId');
  await checkStudy(other, input.comparisonAfterStudyId, 'comparisonAfterStudyId');
  return assessmentOutcomes(before, after, {
    before: await estimatesAt(other, problemCode, input.comparisonBeforeStudyId, police.before),
    after: await estimatesAt(other, problemCode, input.comparisonAfterStudyId, police.after),
  });
}

/** The outcomes the form previews before saving (read-only). */
export function previewOutcomes(
  territoryId: string,
  problemCode: string | undefined,
  input: CycleAssessmentInput,
): Promise<AssessmentOutcome[]> {
  return getDb().transaction('r', OUTCOME_TABLES, () =>
    computeOutcomes(territoryId, problemCode, input),
  );
}

/** Refuses a change to an assessment its approved report froze. */
export function assertNotFrozen(assessment: CycleAssessment | undefined): void {
  if (assessment?.frozenByReportId) refuse('assessment:errors.frozen', 'frozenByReportId');
}

/**
 * Records the assessment of the plan's priority whose identity is `key` (see priorityKey): creates
 * it the first time, replaces it after, unless it is frozen.
 */
export async function saveAssessment(
  planId: string,
  key: string,
  input: CycleAssessmentInput,
): Promise<CycleAssessment> {
  const parsed = validate(cycleAssessmentInputSchema, input);
  return monitoredWrite(
    ['cycleAssessments', 'planPriorities', ...OUTCOME_TABLES],
    planId,
    async (ctx, plan) => {
      const priorities = await getDb().planPriorities.where('planId').equals(plan.id).toArray();
      const priority: PlanPriority | undefined = priorities.find((p) => priorityKey(p) === key);
      if (!priority) refuse('assessment:errors.priorityNotInPlan', 'priorityKey');
      const existing = await assessmentOf(plan.seriesId, key);
      assertNotFrozen(existing);
      const problemCode = parsed.problemCode ?? priority.problemCode;
      const outcomes = await computeOutcomes(plan.territoryId, priority.problemCode, parsed);
      const record = {
        ...parsed,
        ...seriesScope(plan),
        priorityKey: key,
        ...(problemCode ? { problemCode } : {}),
        outcomes,
      };
      return existing
        ? assessmentWriter.replace(ctx, existing.id, record)
        : assessmentWriter.insert(ctx, record);
    },
  );
}

/**
 * Freezes every assessment of the series not yet frozen, as carried by the approved report
 * `reportId` (called by the report's approval; joins its transaction when called inside one,
 * which must then hold `cycleAssessments`). Returns the assessments it froze.
 */
export async function freezeAssessments(
  seriesId: string,
  reportId: string,
): Promise<CycleAssessment[]> {
  const id = validate(idSchema, reportId);
  return writeTransaction(['cycleAssessments'], async (ctx) => {
    const at = nowInstant();
    const open = (await seriesAssessments(seriesId)).filter((a) => !a.frozenByReportId);
    const frozen: CycleAssessment[] = [];
    for (const assessment of open)
      frozen.push(
        await assessmentWriter.update(ctx, assessment.id, { frozenByReportId: id, frozenAt: at }),
      );
    return frozen;
  });
}

/**
 * The assessments a report carries: a draft, the series' current ones; an approved report, those
 * it froze and those an earlier report had frozen (one assessed later is not in it).
 */
export async function carriedAssessments(
  report: Pick<Report, 'id' | 'seriesId' | 'status' | 'updatedAt'>,
): Promise<CycleAssessment[]> {
  const all = await seriesAssessments(report.seriesId);
  if (report.status !== 'approved') return all;
  return all.filter(
    (a) =>
      a.frozenByReportId === report.id ||
      (a.frozenByReportId !== undefined && a.frozenAt! < report.updatedAt),
  );
}
