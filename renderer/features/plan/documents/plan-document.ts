import { planDocument } from '../../../../shared/documents/plan';
import { planOutline } from '../../../../shared/domain/plan-outline';
import type { DocumentModule } from '../../../documents';
import { getDb } from '../../../db/database';
import { loadPlanTree } from '../../../db/plans';

/** The plan document of plan version `id` (document kind `plan`); null when there is none. */
export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
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
};
