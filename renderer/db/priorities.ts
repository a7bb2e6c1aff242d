/*
 * Priority setting writes: assessments (criteria, ballot, selection, decision link), score sheets
 * and snapshots. A snapshot is the record of a decision: once taken it refuses every edit and
 * removal with a reason the clerk can read (it goes only with its territory).
 */
import { defaultCriteria } from '../../shared/domain/priorities/criteria';
import { isValidScore } from '../../shared/domain/priorities/sheets';
import { selectionProblem, type SnapshotContent } from '../../shared/domain/priorities/snapshot';
import { today } from '../../shared/format';
import type { LocalizedText } from '../../shared/schemas/localized-text';
import {
  assessmentSchema,
  scoreSheetSchema,
  snapshotSchema,
  type Assessment,
  type PrioritySnapshot,
  type ScoreSheet,
} from '../../shared/schemas/priorities';
import { getDb } from './database';
import {
  NotFoundError,
  ValidationError,
  recordWriter,
  writeTransaction,
  type WriteContext,
} from './repository';

const assessments = recordWriter('priorityAssessments', assessmentSchema);
const sheets = recordWriter('priorityScoreSheets', scoreSheetSchema);
const snapshots = recordWriter('prioritySnapshots', snapshotSchema);

/** An edit of something that is frozen; `reason` is an i18n key to show the clerk. */
export class FrozenError extends Error {
  readonly reason = 'priorities:errors.snapshotFrozen';
  constructor(readonly snapshotId: string) {
    super(`Snapshot ${snapshotId} is frozen`);
    this.name = 'FrozenError';
  }
}

export type AssessmentPatch = Partial<
  Pick<
    Assessment,
    | 'title'
    | 'studyId'
    | 'criteria'
    | 'problemCodes'
    | 'selected'
    | 'decisionMeetingId'
    | 'decisionId'
  >
>;

/** Creates an assessment with the default criteria (inside a transaction). */
export function createAssessmentIn(
  ctx: WriteContext,
  territoryId: string,
  input: { title: LocalizedText; studyId?: string; problemCodes: string[] },
): Promise<Assessment> {
  return assessments.insert(ctx, {
    territoryId,
    title: input.title,
    ...(input.studyId ? { studyId: input.studyId } : {}),
    criteria: defaultCriteria(),
    problemCodes: input.problemCodes,
    selected: [],
  });
}

export function createAssessment(
  territoryId: string,
  input: { title: LocalizedText; studyId?: string; problemCodes: string[] },
): Promise<Assessment> {
  return writeTransaction(['priorityAssessments'], (ctx) =>
    createAssessmentIn(ctx, territoryId, input),
  );
}

/** Changes an assessment; inconsistent weights or more than 7 priorities are refused. */
export function updateAssessment(id: string, patch: AssessmentPatch): Promise<Assessment> {
  return writeTransaction(['priorityAssessments'], (ctx) => assessments.update(ctx, id, patch));
}

/** A score sheet as typed: a member's ballot (name or member id) or the consensus. */
export interface SheetInput {
  kind: 'member' | 'consensus';
  memberId?: string;
  memberName?: string;
  scores?: ScoreSheet['scores'];
}

const sheetRecord = (assessmentId: string, territoryId: string, input: SheetInput) => ({
  assessmentId,
  territoryId,
  kind: input.kind,
  ...(input.memberId ? { memberId: input.memberId } : {}),
  ...(input.memberName ? { memberName: input.memberName } : {}),
  scores: input.scores ?? {},
});

/** Adds a score sheet: a member's ballot (name or member id) or the consensus. */
export function addSheetIn(
  ctx: WriteContext,
  assessmentId: string,
  territoryId: string,
  input: SheetInput,
): Promise<ScoreSheet> {
  return sheets.insert(ctx, sheetRecord(assessmentId, territoryId, input));
}

/** Adds several score sheets as one batch, with one audit entry (sample loading). */
export async function addSheetsIn(
  ctx: WriteContext,
  assessmentId: string,
  territoryId: string,
  inputs: readonly SheetInput[],
): Promise<void> {
  const records = inputs.map((input) => sheetRecord(assessmentId, territoryId, input));
  await sheets.insertMany(ctx, records, { summary: { assessmentId } });
}

export async function addSheet(
  assessmentId: string,
  input: { kind: 'member' | 'consensus'; memberId?: string; memberName?: string },
): Promise<ScoreSheet> {
  return writeTransaction(['priorityScoreSheets', 'priorityAssessments'], async (ctx) => {
    const assessment = await getDb().priorityAssessments.get(assessmentId);
    if (!assessment) throw new NotFoundError('priorityAssessments', assessmentId);
    return addSheetIn(ctx, assessmentId, assessment.territoryId, input);
  });
}

/** Sets one 1–5 score (null clears it); 0, 6 or a fraction is refused and nothing changes. */
export async function setScore(
  sheetId: string,
  code: string,
  key: string,
  value: number | null,
): Promise<void> {
  if (value !== null && !isValidScore(value))
    throw new ValidationError([{ path: `${code}.${key}`, message: 'priorities:errors.score' }]);
  await writeTransaction(['priorityScoreSheets'], async (ctx) => {
    const sheet = await getDb().priorityScoreSheets.get(sheetId);
    if (!sheet) throw new NotFoundError('priorityScoreSheets', sheetId);
    const forProblem = { ...(sheet.scores[code] ?? {}) };
    if (value === null) delete forProblem[key];
    else forProblem[key] = value;
    await sheets.update(ctx, sheetId, { scores: { ...sheet.scores, [code]: forProblem } });
  });
}

export function removeSheet(sheetId: string): Promise<void> {
  return writeTransaction(['priorityScoreSheets'], (ctx) => sheets.remove(ctx, sheetId));
}

/** Freezes the assessment as it is now; refused unless 4–7 priorities are selected. */
export function freezeSnapshotIn(
  ctx: WriteContext,
  assessment: Assessment,
  content: SnapshotContent,
  label?: string,
): Promise<PrioritySnapshot> {
  const problem = selectionProblem(content.selected);
  if (problem) throw new ValidationError([{ path: 'selected', message: problem }]);
  return snapshots.insert(ctx, {
    territoryId: assessment.territoryId,
    assessmentId: assessment.id,
    takenOn: content.takenOn || today(),
    ...(label ? { label } : {}),
    content,
  });
}

export async function freezeSnapshot(
  assessmentId: string,
  content: SnapshotContent,
  label?: string,
): Promise<PrioritySnapshot> {
  return writeTransaction(['prioritySnapshots', 'priorityAssessments'], async (ctx) => {
    const assessment = await getDb().priorityAssessments.get(assessmentId);
    if (!assessment) throw new NotFoundError('priorityAssessments', assessmentId);
    return freezeSnapshotIn(ctx, assessment, content, label);
  });
}

/** Always refused: a snapshot is the record of a decision. */
export async function updateSnapshot(
  id: string,
  _patch: Partial<PrioritySnapshot>,
): Promise<never> {
  const exists = await getDb().prioritySnapshots.get(id);
  if (!exists) throw new NotFoundError('prioritySnapshots', id);
  throw new FrozenError(id);
}

/** Always refused, like updateSnapshot (the snapshot goes only with its territory). */
export async function removeSnapshot(id: string): Promise<never> {
  return updateSnapshot(id, {});
}
