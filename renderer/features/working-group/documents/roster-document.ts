import { rosterDocument } from '../../../../shared/documents/roster';
import type { DocumentModel } from '../../../../shared/documents/model';
import { today } from '../../../../shared/format';
import type { DocumentLanguage } from '../../../../shared/languages';
import { getDb } from '../../../db/database';

/** The membership list of working group `id` (document kind `roster`); null when there is none. */
export async function buildDocument(
  id: string,
  lang: DocumentLanguage,
): Promise<DocumentModel | null> {
  const db = getDb();
  const group = await db.workingGroups.get(id);
  if (!group) return null;
  const members = await db.members.where('groupId').equals(id).toArray();
  return rosterDocument({ group, members, asOf: today() }, lang);
}
