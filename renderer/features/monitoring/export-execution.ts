/*
 * Builds the execution workbook for finance off the UI thread (a module Web Worker that loads
 * exceljs) for the period chosen on the monitoring screen, and hands the bytes to the platform seam.
 * Falls back to building in the page when workers are unavailable.
 */
import type { Language } from '../../../shared/languages';
import { getDb } from '../../db/database';
import { loadMonitoring } from '../../db/monitoring/records';
import { loadPlanTree } from '../../db/plans';
import type { ExecutionRequest } from '../../export/execution-workbook-name';
import { buildInWorker } from '../../export/run-worker';
import { platform } from '../../platform';
import type { PeriodChoice } from './period';

/** Exports the plan's execution workbook for `choice` in `lang` and saves it. */
export async function exportExecutionWorkbook(
  planId: string,
  choice: PeriodChoice,
  lang: Language,
): Promise<void> {
  const db = getDb();
  const tree = await loadPlanTree(planId);
  const [records, territory, funders] = await Promise.all([
    loadMonitoring(tree.plan.seriesId),
    db.territories.get(tree.plan.territoryId),
    db.funders.toArray(),
  ]);
  const request: ExecutionRequest = {
    tree,
    expenditures: records.expenditures,
    funders,
    territoryName: territory?.name ?? {},
    lang,
    choice,
    date: new Date().toISOString(),
  };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await buildInWorker(
      () =>
        new Worker(new URL('../../export/execution-workbook.worker.ts', import.meta.url), {
          type: 'module',
        }),
      request,
    );
  } catch (error) {
    console.warn('workbook worker unavailable, building in the page', error);
    const { buildExecutionWorkbook } = await import('../../export/execution-workbook');
    bytes = (await buildExecutionWorkbook(request)).bytes;
  }
  const { executionFileName } = await import('../../export/execution-workbook-name');
  await platform().saveBytes(bytes, executionFileName(request), [
    { name: 'Excel', extensions: ['xlsx'] },
  ]);
}
