/*
 * The Excel workbooks of one territory, for «Документы» beside the printable documents: the
 * budget workbook of every plan version (as the plan screen exports it) and the execution
 * workbook of every plan series that is being monitored (its followed version: the newest
 * non-draft one, as the monitoring screen exports it). Each takes its plan's entry of the
 * documents list (label parameters, date, status). Reads Dexie inside useLiveQuery.
 */
import type { Plan } from '../../shared/schemas/plan';
import type { KoopsuzDatabase } from '../db/database';
import { DOCUMENT_LISTERS, type TerritoryDocument } from './territory-documents';

export const WORKBOOK_KINDS = ['budgetWorkbook', 'executionWorkbook'] as const;
export type WorkbookKind = (typeof WORKBOOK_KINDS)[number];

export interface TerritoryWorkbook extends Omit<TerritoryDocument, 'kind'> {
  kind: WorkbookKind;
  /** The plan version the workbook is made of (`id` is its id too). */
  plan: Plan;
}

/** The newest non-draft version of each series (what monitoring follows). */
function followedVersions(plans: Plan[]): Set<string> {
  const newest = new Map<string, Plan>();
  for (const plan of plans)
    if (plan.status !== 'draft' && plan.version > (newest.get(plan.seriesId)?.version ?? 0))
      newest.set(plan.seriesId, plan);
  return new Set([...newest.values()].map((plan) => plan.id));
}

/** The budget workbooks, then the execution workbooks, plan by plan as the documents list has them. */
export async function listTerritoryWorkbooks(
  db: KoopsuzDatabase,
  territoryId: string,
): Promise<TerritoryWorkbook[]> {
  const [entries, plans] = await Promise.all([
    DOCUMENT_LISTERS.plan(db, territoryId),
    db.plans.where('territoryId').equals(territoryId).toArray(),
  ]);
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const followed = followedVersions(plans);
  const as = (kind: WorkbookKind) => (entry: TerritoryDocument) => ({
    ...entry,
    kind,
    plan: byId.get(entry.id)!,
  });
  return [
    ...entries.map(as('budgetWorkbook')),
    ...entries.filter((entry) => followed.has(entry.id)).map(as('executionWorkbook')),
  ];
}
