/*
 * Execution workbook benchmark (issue 16): the app's workbook (SUMIFS, sums, variances, % realised
 * with cached results, styles, print setup) for a plan of 2,000 lines and 10,000 expenditures vs
 * exceljs writing the same cell values plainly, measured alternately in the same run by CPU time
 * (goal ≤ 1.2x). Contract as plan.bench.mjs: `run({ root })` → rows.
 */
import { loadEntry, pairedCpu, plainCells, writePlain } from './plan.bench.mjs';

export async function run({ root }) {
  const entry = await loadEntry(root, 'execution-entry');
  const request = entry.bigRequest();
  const { bytes } = await entry.buildExecutionWorkbook(request);
  const sheets = await plainCells(bytes);
  const cells = sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
  const [app, plain] = await pairedCpu(
    () => entry.buildExecutionWorkbook(request),
    () => writePlain(sheets),
  );
  return [
    {
      name: `Execution workbook, 2,000 lines, 10,000 expenditures (${Math.round(cells / 1000)}k cells), CPU`,
      value: app,
      baseline: plain,
      unit: 'ms',
      goalRatio: 1.2,
    },
  ];
}
