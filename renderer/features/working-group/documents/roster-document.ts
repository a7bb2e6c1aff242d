import { rosterDocument } from '../../../../shared/documents/roster';
import { today } from '../../../../shared/format';
import type { DocumentModule } from '../../../documents';
import { getDb } from '../../../db/database';

/** The membership list of working group `id` (document kind `roster`); null when there is none. */
export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const db = getDb();
  const group = await db.workingGroups.get(id);
  if (!group) return null;
  const [members, territory] = await Promise.all([
    db.members.where('groupId').equals(id).toArray(),
    db.territories.get(group.territoryId),
  ]);
  return rosterDocument({ group, members, asOf: today(), territoryName: territory?.name }, lang);
};
