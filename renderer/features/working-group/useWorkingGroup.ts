import { useLiveQuery } from 'dexie-react-hooks';
import type { Decision, Meeting, Member } from '../../../shared/schemas/working-group';
import { getDb } from '../../db/database';

/** Every member of the group, former ones included. */
export function useMembers(groupId: string | undefined): Member[] | undefined {
  return useLiveQuery(
    async () => (groupId ? getDb().members.where('groupId').equals(groupId).toArray() : []),
    [groupId],
  );
}

/** The group's meetings, newest first. */
export function useMeetings(groupId: string | undefined): Meeting[] | undefined {
  return useLiveQuery(async () => {
    if (!groupId) return [];
    const meetings = await getDb().meetings.where('groupId').equals(groupId).toArray();
    return meetings.sort(
      (a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number),
    );
  }, [groupId]);
}

/** One meeting: undefined while loading, null when missing. */
export function useMeeting(id: string): Meeting | null | undefined {
  return useLiveQuery(async () => (await getDb().meetings.get(id)) ?? null, [id]);
}

/** Decisions of the territory (all meetings), or of one meeting. */
export function useDecisions(territoryId: string, meetingId?: string): Decision[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const rows = meetingId
      ? await db.decisions.where('meetingId').equals(meetingId).toArray()
      : await db.decisions.where('territoryId').equals(territoryId).toArray();
    return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }, [territoryId, meetingId]);
}
