/*
 * Bundled by execution.bench.mjs (esbuild, Node ESM): the execution workbook builder and its
 * request for the 2,000-line plan of plan-entry.ts, approved, with 10,000 expenditures.
 */
import type { ExecutionRequest } from '../../renderer/export/execution-workbook-name';
import { buildExecutionWorkbook } from '../../renderer/export/execution-workbook';
import { expendituresFor } from '../fixtures/expenditures';
import { approvedBigPlan } from './plan-entry';

export { buildExecutionWorkbook };

export function bigRequest(): ExecutionRequest {
  const { tree, funders } = approvedBigPlan('00000000-0000-4000-8000-00000000aaaa');
  return {
    tree,
    expenditures: expendituresFor(tree, 10_000),
    funders,
    territoryName: { ru: 'Свердловский район' },
    lang: 'ru',
    choice: { kind: 'quarter', year: 2026, part: 2 },
    date: new Date().toISOString(),
  };
}
