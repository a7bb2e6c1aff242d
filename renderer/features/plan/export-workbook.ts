/*
 * Builds the finance workbook off the UI thread (a module Web Worker that loads exceljs) and hands
 * the bytes to the platform seam. Falls back to building in the page when workers are unavailable.
 */
import type { Language } from '../../../shared/languages';
import { loadPlanTree } from '../../db/plans';
import { getDb } from '../../db/database';
import { platform } from '../../platform';
import type { WorkbookRequest } from '../../export/budget-workbook-name';
import { buildInWorker } from '../../export/run-worker';

/** Exports the plan's budget workbook in `lang` and saves it through the platform seam. */
export async function exportBudgetWorkbook(planId: string, lang: Language): Promise<void> {
  const db = getDb();
  const tree = await loadPlanTree(planId);
  const territory = await db.territories.get(tree.plan.territoryId);
  const funders = await db.funders.toArray();
  const request: WorkbookRequest = {
    tree,
    funders,
    territoryName: territory?.name ?? {},
    lang,
    date: new Date().toISOString(),
  };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await buildInWorker(
      () =>
        new Worker(new URL('../../export/budget-workbook.worker.ts', import.meta.url), {
          type: 'module',
        }),
      request,
    );
  } catch (error) {
    console.warn('workbook worker unavailable, building in the page', error);
    const { buildBudgetWorkbook } = await import('../../export/budget-workbook');
    bytes = (await buildBudgetWorkbook(request)).bytes;
  }
  const { workbookFileName } = await import('../../export/budget-workbook-name');
  await platform().saveBytes(bytes, workbookFileName(request), [
    { name: 'Excel', extensions: ['xlsx'] },
  ]);
}
