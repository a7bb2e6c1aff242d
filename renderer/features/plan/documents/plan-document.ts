import type { DocumentModel } from '../../../../shared/documents/model';
import { planDocument } from '../../../../shared/documents/plan';
import { planOutline } from '../../../../shared/domain/plan-outline';
import type { DocumentLanguage } from '../../../../shared/languages';
import { getDb } from '../../../db/database';
import { loadPlanTree } from '../../../db/plans';

/** The plan document of plan version `id` (document kind `plan`); null when there is none. */
export async function buildDocument(
  id: string,
  lang: DocumentLanguage,
): Promise<DocumentModel | null> {
  const db = getDb();
  if (!(await db.plans.get(id))) return null;
  const tree = await loadPlanTree(id);
  const group = await db.workingGroups.where('territoryId').equals(tree.plan.territoryId).first();
  const nameOf = async (memberId: string | undefined) =>
    memberId ? (await db.members.get(memberId))?.fullName : undefined;
  return planDocument(
    {
      outline: planOutline(tree),
      chair: await nameOf(group?.chairId),
      secretary: await nameOf(group?.secretaryId),
    },
    lang,
  );
}
