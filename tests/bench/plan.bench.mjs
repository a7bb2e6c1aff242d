/*
 * Plan benchmarks (issue 7), each against a baseline measured in the same run, for a plan of 500
 * activities and 2,000 budget lines:
 *  - the finance workbook vs exceljs writing the same cell values plainly (goal ≤ 1.2x);
 *  - opening the plan editor vs rendering the same line rows in a bare HTML table (goal ≤ 1.0x,
 *    issue 18: the editor's virtual table draws a screenful, the bare table every row);
 *  - the plan document printed to PDF vs Chromium printing a static HTML table of the same rows
 *    (goal ≤ 1.5x, held as the median of 3 bench runs).
 * Contract: `run({ baseUrl, renderUrl, context, root })` → rows { name, value, baseline, unit, goalRatio }.
 */
/* global indexedDB, document -- the page.evaluate callbacks run in the browser */
import ExcelJS from 'exceljs';
import { bundledEntry } from './bundle.mjs';
import { medianRun } from './runs.mjs';

const RUNS = Number(process.env.BENCH_PLAN_RUNS ?? 5);
/** The plan PDF goal is held as the median of this many bench runs (issue 18). */
const PDF_RUNS = Number(process.env.BENCH_PLAN_PDF_RUNS ?? 3);
const PDF_SAMPLES = Number(process.env.BENCH_PLAN_PDF_SAMPLES ?? 3);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
async function time(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
/** CPU time (user + system) of this process: steadier than wall time on a shared, loaded machine. */
async function cpuTime(fn) {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
/** Medians of two functions measured alternately (so drifting load hits both alike), by CPU time. */
export async function pairedCpu(a, b) {
  await a();
  await b();
  const ta = [];
  const tb = [];
  for (let i = 0; i < RUNS; i += 1) {
    ta.push(await cpuTime(a));
    tb.push(await cpuTime(b));
  }
  return [median(ta), median(tb)];
}
async function medianOf(fn, runs = RUNS) {
  await fn(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(await time(fn));
  return median(times);
}

/** Bundles tests/bench/<name>.ts for Node and imports it. */
export const loadEntry = (root, name = 'plan-entry') => bundledEntry(root, name, 'bench-plan');

/** The same cell values as the workbook (formulas replaced by their results), written with no styles, formulas or print setup. */
export async function plainCells(bytes) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  return book.worksheets.map((ws) => {
    const rows = [];
    ws.eachRow((row) => {
      const values = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value;
        values.push(
          v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)
            ? (cell.result ?? 0)
            : v,
        );
      });
      rows.push(values);
    });
    return { name: ws.name, rows };
  });
}
export async function writePlain(sheets) {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const values of sheet.rows) ws.addRow(values);
  }
  await book.xlsx.writeBuffer();
}

const table = (rows) =>
  `<table border="1" style="border-collapse:collapse;font:9pt 'PT Sans',sans-serif"><thead><tr>${rows[0].map((_, i) => `<th>c${i}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;

/** Puts the plan straight into the app's IndexedDB of the bench profile (the stores exist after the wizard). */
async function seed(page, tree, funders) {
  return page.evaluate(
    ({ tree, funders }) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('koopsuz');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [
            'plans',
            'planPriorities',
            'objectives',
            'activities',
            'budgetLines',
            'funders',
          ];
          const tx = db.transaction(stores, 'readwrite');
          tx.objectStore('plans').put(tree.plan);
          for (const [store, list] of [
            ['planPriorities', tree.priorities],
            ['objectives', tree.objectives],
            ['activities', tree.activities],
            ['budgetLines', tree.lines],
            ['funders', funders],
          ])
            for (const record of list) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            done(undefined);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { tree, funders },
  );
}

async function territoryId(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const open = indexedDB.open('koopsuz');
        open.onsuccess = () => {
          const request = open.result
            .transaction('territories')
            .objectStore('territories')
            .getAll();
          request.onsuccess = () => done(request.result[0].id);
        };
      }),
  );
}

export async function run({ renderUrl, context, root }) {
  const entry = await loadEntry(root);
  const rows = [];

  // 1. Workbook in Node: the app's builder vs plain exceljs with the same values.
  const { tree, funders } = entry.bigPlan('00000000-0000-4000-8000-00000000aaaa');
  const request = {
    tree,
    funders,
    territoryName: { ru: 'Свердловский район' },
    lang: 'ru',
    date: new Date().toISOString(),
  };
  const { bytes } = await entry.buildBudgetWorkbook(request);
  const sheets = await plainCells(bytes);
  const [app, plain] = await pairedCpu(
    () => entry.buildBudgetWorkbook(request),
    () => writePlain(sheets),
  );
  rows.push({
    name: 'Workbook, 2,000 lines (formulas, formats, print setup), CPU',
    value: app,
    baseline: plain,
    unit: 'ms',
    goalRatio: 1.2,
  });
  if (!context) return rows;

  // 2 and 3 in Chromium, on the bench profile where the wizard has run.
  const page = await context.newPage();
  await page.goto(renderUrl);
  await page.getByTestId('home-title').waitFor();
  const big = entry.bigPlan(await territoryId(page));
  await seed(page, big.tree, big.funders);
  const planId = big.tree.plan.id;
  const lineTable = table(entry.lineRows(big.tree));
  const docTable = table(entry.documentRows(big.tree));
  const blank = await context.newPage();

  // Open = the editor's table holds every row (priorities, objectives, activities, 2,000 lines)
  // and the first screenful of them is drawn; the rest are drawn as they are scrolled to.
  const t = big.tree;
  const rowCount =
    1 + t.priorities.length + t.objectives.length + t.activities.length + t.lines.length;
  const grid = page.locator(`[data-testid="plan-lines"][aria-rowcount="${rowCount}"]`);
  const editor = await medianOf(async () => {
    await page.goto(`${renderUrl}#/`);
    await page.getByTestId('home-title').waitFor();
    await page.goto(`${renderUrl}#/plan/${planId}`);
    await grid.waitFor({ timeout: 120_000 });
    await page.getByTestId('budget-line').first().waitFor();
  });
  // Not timed: the last line is there when scrolled to.
  await page.evaluate(() => {
    const scroller = document.querySelector('[data-testid="plan-lines"]').parentElement;
    scroller.scrollTop = scroller.scrollHeight;
  });
  await page.getByTestId('budget-line').filter({ hasText: /^2000/ }).waitFor();
  const bare = await medianOf(async () => {
    await blank.setContent(`<!doctype html><meta charset="utf-8">${lineTable}`);
    await blank.locator('tr').nth(2000).waitFor();
  });
  rows.push({
    name: 'Plan editor open, 2,000 lines (vs a bare table of all rows)',
    value: editor,
    baseline: bare,
    unit: 'ms',
    goalRatio: 1.0,
  });

  const pdf = await medianRun('plan PDF', PDF_RUNS, async () => ({
    value: await medianOf(async () => {
      await page.goto(`${renderUrl}#/print/plan/${planId}?lang=ru`);
      await page.getByTestId('plan-totals').waitFor({ timeout: 120_000 });
      await page.pdf({ preferCSSPageSize: true });
    }, PDF_SAMPLES),
    baseline: await medianOf(async () => {
      await blank.setContent(
        `<!doctype html><meta charset="utf-8"><style>@page{size:A4 landscape}</style>${docTable}`,
      );
      await blank.pdf({ preferCSSPageSize: true });
    }, PDF_SAMPLES),
  }));
  rows.push({
    name: `Plan document to PDF, 500 activities (median of ${PDF_RUNS})`,
    value: pdf.value,
    baseline: pdf.baseline,
    unit: 'ms',
    goalRatio: 1.5,
  });
  await page.close();
  await blank.close();
  return rows;
}
