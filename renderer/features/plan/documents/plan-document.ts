import { planDocument } from '../../../../shared/documents/plan';
import { planOutline } from '../../../../shared/domain/plan-outline';
import { today } from '../../../../shared/format';
import type { DocumentModule } from '../../../documents';
import { getDb } from '../../../db/database';
import { loadPlanTree } from '../../../db/plans';

/** The plan document of plan version `id` (document kind `plan`); null when there is none. */
export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const db = getDb();
  if (!(await db.plans.get(id))) return null;
  const tree = await loadPlanTree(id);
  const [group, territory] = await Promise.all([
    db.workingGroups.where('territoryId').equals(tree.plan.territoryId).first(),
    db.territories.get(tree.plan.territoryId),
  ]);
  const nameOf = async (memberId: string | undefined) =>
    memberId ? (await db.members.get(memberId))?.fullName : undefined;
  return planDocument(
    {
      outline: planOutline(tree),
      chair: await nameOf(group?.chairId),
      secretary: await nameOf(group?.secretaryId),
      territoryName: territory?.name,
      officeName: territory?.office.officeName,
      today: today(),
    },
    lang,
  );
};
