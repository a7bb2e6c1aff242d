/*
 * Activity progress on an approved plan (issue 15): one state per activity (status, percent, actual
 * dates, reason and corrective action) written as an upsert by activity identity, and dated
 * progress entries with who reported them, the meeting and decision where, and documents.
 */
import {
  activityProgressInputSchema,
  activityProgressSchema,
  progressEntryInputSchema,
  progressEntrySchema,
  type ActivityProgress,
  type ActivityProgressInput,
  type ProgressEntry,
  type ProgressEntryInput,
} from '../../../shared/schemas/monitoring';
import type { Plan } from '../../../shared/schemas/plan';
import { getDb } from '../database';
import { refuse } from '../plans';
import { recordWriter, validate } from '../repository';
import {
  activityOf,
  addActivityRecord,
  checkInPeriod,
  monitoredWrite,
  recordOfSeries,
  removeFromSeries,
  seriesScope,
} from './context';

export const progressWriter = recordWriter('activityProgress', activityProgressSchema);
export const entryWriter = recordWriter('progressEntries', progressEntrySchema);

/** The stored state of an activity of a series, if any. */
export async function progressOf(
  seriesId: string,
  activityKey: string,
): Promise<ActivityProgress | undefined> {
  return getDb()
    .activityProgress.where('seriesId')
    .equals(seriesId)
    .filter((p) => p.activityKey === activityKey)
    .first();
}

/** Records an activity's state: creates it the first time, replaces it after. */
export async function setActivityProgress(
  planId: string,
  activityKey: string,
  input: ActivityProgressInput,
): Promise<ActivityProgress> {
  const parsed = validate(activityProgressInputSchema, input);
  return monitoredWrite(['activityProgress'], planId, async (ctx, plan) => {
    await activityOf(plan, activityKey);
    const record = { ...parsed, ...seriesScope(plan), activityKey };
    const existing = await progressOf(plan.seriesId, activityKey);
    return existing
      ? progressWriter.replace(ctx, existing.id, record)
      : progressWriter.insert(ctx, record);
  });
}

/** The meeting and decision of an entry must be the territory's, and the decision the meeting's. */
async function checkMeeting(plan: Plan, input: ProgressEntryInput): Promise<void> {
  const db = getDb();
  if (input.meetingId) {
    const meeting = await db.meetings.get(input.meetingId);
    if (meeting?.territoryId !== plan.territoryId)
      refuse('monitoring:errors.meetingNotFound', 'meetingId');
  }
  if (input.decisionId) {
    const decision = await db.decisions.get(input.decisionId);
    if (
      decision?.territoryId !== plan.territoryId ||
      (input.meetingId && decision.meetingId !== input.meetingId)
    )
      refuse('monitoring:errors.decisionNotFound', 'decisionId');
  }
}

const ENTRY_TABLES = ['meetings', 'decisions', 'progressEntries'] as const;

/** Adds a dated progress entry to an activity. */
export function addProgressEntry(
  planId: string,
  activityKey: string,
  input: ProgressEntryInput,
): Promise<ProgressEntry> {
  return addActivityRecord(
    {
      tables: ENTRY_TABLES,
      input: progressEntryInputSchema,
      writer: entryWriter,
      check: checkMeeting,
    },
    planId,
    activityKey,
    input,
  );
}

/** Changes a progress entry (its activity stays). */
export async function updateProgressEntry(
  planId: string,
  id: string,
  input: ProgressEntryInput,
): Promise<ProgressEntry> {
  const parsed = validate(progressEntryInputSchema, input);
  return monitoredWrite(ENTRY_TABLES, planId, async (ctx, plan) => {
    const before = await recordOfSeries<ProgressEntry>('progressEntries', id, plan);
    checkInPeriod(plan, parsed.date, 'date');
    await checkMeeting(plan, parsed);
    return entryWriter.replace(ctx, id, {
      ...parsed,
      ...seriesScope(plan),
      activityKey: before.activityKey,
    });
  });
}

/** Deletes a progress entry. */
export function removeProgressEntry(planId: string, id: string): Promise<void> {
  return removeFromSeries('progressEntries', entryWriter, planId, id);
}
