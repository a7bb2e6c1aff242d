/*
 * Meetings and decisions of the working group (issue 4). A meeting keeps its agenda, attendance
 * and minutes in one record; decisions are records of their own, so a register across meetings
 * can list and filter them.
 */
import {
  decisionInputSchema,
  decisionSchema,
  meetingInputSchema,
  meetingSchema,
  type Decision,
  type DecisionInput,
  type DecisionStatus,
  type Meeting,
  type MeetingInput,
} from '../../shared/schemas/working-group';
import { getDb } from './database';
import {
  NotFoundError,
  recordWriter,
  validate,
  ValidationError,
  writeTransaction,
} from './repository';

const meetingWriter = recordWriter('meetings', meetingSchema);
const decisionWriter = recordWriter('decisions', decisionSchema);
const TABLES = ['meetings', 'decisions'] as const;

async function checkAttendance(groupId: string, input: MeetingInput): Promise<void> {
  const ids = input.attendance.map((a) => a.memberId);
  if (new Set(ids).size !== ids.length)
    throw new ValidationError([{ path: 'attendance', message: 'errors:invalid' }]);
  const members = await getDb().members.bulkGet(ids);
  if (members.some((m) => !m || m.groupId !== groupId)) {
    throw new ValidationError([{ path: 'attendance', message: 'errors:notFound' }]);
  }
}

async function checkNumber(groupId: string, number: string, exceptId?: string): Promise<void> {
  const same = await getDb()
    .meetings.where('groupId')
    .equals(groupId)
    .filter((m) => m.number.trim() === number.trim() && m.id !== exceptId)
    .count();
  if (same)
    throw new ValidationError([{ path: 'number', message: 'workingGroup:errors.numberTaken' }]);
}

/** Records a new meeting of the group. */
export async function createMeeting(groupId: string, input: MeetingInput): Promise<Meeting> {
  const parsed = validate(meetingInputSchema, input);
  return writeTransaction([...TABLES, 'workingGroups', 'members'], async (ctx) => {
    const group = await getDb().workingGroups.get(groupId);
    if (!group) throw new NotFoundError('workingGroups', groupId);
    await checkNumber(groupId, parsed.number);
    await checkAttendance(groupId, parsed);
    return meetingWriter.insert(ctx, { ...parsed, groupId, territoryId: group.territoryId });
  });
}

/** Saves a meeting's details, agenda, attendance and minutes. */
export async function updateMeeting(id: string, input: MeetingInput): Promise<Meeting> {
  const parsed = validate(meetingInputSchema, input);
  return writeTransaction([...TABLES, 'members'], async (ctx) => {
    const meeting = await getDb().meetings.get(id);
    if (!meeting) throw new NotFoundError('meetings', id);
    await checkNumber(meeting.groupId, parsed.number, id);
    await checkAttendance(meeting.groupId, parsed);
    const itemIds = new Set(parsed.agenda.map((item) => item.id));
    // A removed agenda item leaves its decisions with the meeting (printed under the last item).
    for (const decision of await getDb().decisions.where('meetingId').equals(id).toArray()) {
      if (decision.agendaItemId && !itemIds.has(decision.agendaItemId)) {
        await decisionWriter.replace(ctx, decision.id, ({ agendaItemId: _, ...kept }) => kept);
      }
    }
    return meetingWriter.replace(ctx, id, {
      ...parsed,
      territoryId: meeting.territoryId,
      groupId: meeting.groupId,
    });
  });
}

/** Deletes a meeting together with its decisions. */
export async function deleteMeeting(id: string): Promise<void> {
  await writeTransaction(TABLES, async (ctx) => {
    for (const decision of await getDb().decisions.where('meetingId').equals(id).toArray()) {
      await decisionWriter.remove(ctx, decision.id);
    }
    await meetingWriter.remove(ctx, id);
  });
}

/** Adds a decision to a meeting. */
export async function addDecision(input: DecisionInput): Promise<Decision> {
  const parsed = validate(decisionInputSchema, input);
  return writeTransaction(TABLES, async (ctx) => {
    const meeting = await getDb().meetings.get(parsed.meetingId);
    if (!meeting) throw new NotFoundError('meetings', parsed.meetingId);
    return decisionWriter.insert(ctx, { ...parsed, territoryId: meeting.territoryId });
  });
}

/** Changes a decision's text, responsible, due date or status. */
export async function updateDecision(id: string, input: DecisionInput): Promise<Decision> {
  const parsed = validate(decisionInputSchema, input);
  return writeTransaction(['decisions'], (ctx) =>
    decisionWriter.replace(ctx, id, (before) => ({ ...parsed, territoryId: before.territoryId })),
  );
}

/** Marks a decision open, done or cancelled. */
export async function setDecisionStatus(id: string, status: DecisionStatus): Promise<Decision> {
  return writeTransaction(['decisions'], (ctx) => decisionWriter.update(ctx, id, { status }));
}

/** Deletes a decision. */
export async function deleteDecision(id: string): Promise<void> {
  await writeTransaction(['decisions'], (ctx) => decisionWriter.remove(ctx, id));
}
