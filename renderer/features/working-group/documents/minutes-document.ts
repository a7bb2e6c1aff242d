import { minutesDocument } from '../../../../shared/documents/minutes';
import type { DocumentModule } from '../../../documents';
import { getDb } from '../../../db/database';

/** The minutes of meeting `id` (document kind `minutes`); null when it does not exist. */
export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const db = getDb();
  const meeting = await db.meetings.get(id);
  if (!meeting) return null;
  const group = await db.workingGroups.get(meeting.groupId);
  if (!group) return null;
  const [members, decisions, territory] = await Promise.all([
    db.members.where('groupId').equals(group.id).toArray(),
    db.decisions.where('meetingId').equals(id).toArray(),
    db.territories.get(group.territoryId),
  ]);
  decisions.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return minutesDocument(
    { group, meeting, members, decisions, territoryName: territory?.name },
    lang,
  );
};
