/*
 * Monitoring benchmark (issue 15): opening the monitoring screen of an approved plan of 500
 * activities, 2,000 lines and 10,000 expenditures (read from IndexedDB, aggregated, drawn) vs
 * Chromium drawing the same figures from precomputed totals as a static HTML table, in the same
 * run (goal ≤ 1.2x). Also, for reading the figure, the model's aggregation alone in Node (CPU).
 *
 * What each side draws. The app: the summary, the roll-up per priority and objective, and the
 * activities as a virtual grid (issue 18 goal 3) — one screenful of rows in the document, the grid
 * holding all of them (aria-rowcount = every activity and priority heading + the header row), the
 * rest reached by scrolling or the filter. The baseline: the same strings (summary, roll-up, one
 * row per activity) as one plain static table of ALL its rows, no script — the cheapest way to
 * show every row, each reachable by scrolling; it pays for its 500 rows, and none of IndexedDB
 * or aggregation (the figures are precomputed in Node from the 10,000 expenditures themselves).
 * The app reads the series' spending totals (one record, schema v13) instead of the expenditures.
 * Contract: `run({ renderUrl, context, root })` → rows { name, value, baseline, unit, goalRatio }.
 */
/* global indexedDB, requestAnimationFrame -- the page.evaluate callbacks run in the browser */
import { bundledEntry } from './bundle.mjs';

const RUNS = Number(process.env.BENCH_MONITORING_RUNS ?? 7);

/** The median of `RUNS` timings of `fn` after one warm-up, by `clock` (wall time by default). */
async function medianTime(fn, clock = () => performance.now()) {
  await fn();
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = clock();
    await fn();
    times.push(clock() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const entryModule = (root) => bundledEntry(root, 'monitoring-entry', 'bench-monitoring');

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const staticTable = (rows) =>
  `<!doctype html><meta charset="utf-8"><table border="1" style="border-collapse:collapse;font:9pt sans-serif"><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/**
 * Writes the plan, its funders and its monitoring records into the bench profile's database as
 * the app stores them (the expenditures with their series' spending totals).
 */
function seed(page, data) {
  return page.evaluate(
    (data) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('koopsuz');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const lists = {
            plans: [data.tree.plan],
            planPriorities: data.tree.priorities,
            objectives: data.tree.objectives,
            activities: data.tree.activities,
            budgetLines: data.tree.lines,
            funders: data.funders,
            activityProgress: data.records.progress,
            expenditures: data.records.expenditures,
            spendingTotals: [data.totals],
          };
          const tx = db.transaction(Object.keys(lists), 'readwrite');
          for (const [store, list] of Object.entries(lists))
            for (const record of list) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            done(undefined);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    data,
  );
}

function territoryOf(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const open = indexedDB.open('koopsuz');
        open.onsuccess = () => {
          const all = open.result.transaction('territories').objectStore('territories').getAll();
          all.onsuccess = () => done(all.result[0].id);
        };
      }),
  );
}

export async function run({ renderUrl, context, root }) {
  const entry = await entryModule(root);
  const rows = [];
  const sample = entry.bigMonitoring('00000000-0000-4000-8000-00000000bbbb');
  const options = {
    period: { from: '2026-01-01', to: '2027-12-31' },
    weighting: 'equal',
    today: '2026-12-01',
  };
  const model = await medianTime(
    () => entry.monitoringModel(sample.tree, sample.records, options),
    cpuMs,
  );
  rows.push({
    name: 'Monitoring model alone, 10,000 expenditures, CPU (info)',
    value: model,
    baseline: null,
    unit: 'ms',
    goalRatio: null,
  });
  if (!context) return rows;

  const page = await context.newPage();
  await page.goto(renderUrl);
  await page.getByTestId('home-title').waitFor();
  const data = entry.bigMonitoring(await territoryOf(page));
  await seed(page, data);
  const figures = entry.screenFigures(data);
  const planId = data.tree.plan.id;
  const blank = await context.newPage();
  // Both sides: from the navigation (or the content handed over) until every row is reachable and
  // the next frame is drawn — the app: its grid counts every row and the first activity is drawn;
  // the baseline: its last row is in the document. Runs alternate, so load drift hits both.
  const gridRows = data.tree.activities.length + data.tree.priorities.length + 1;
  const frame = (target) =>
    target.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
  const openScreen = async () => {
    await page.goto(`${renderUrl}#/`);
    await page.getByTestId('home-title').waitFor();
    const start = performance.now();
    await page.goto(`${renderUrl}#/monitoring/${planId}`);
    await page
      .locator(`[data-testid="monitoring-activities"][aria-rowcount="${gridRows}"]`)
      .getByTestId('monitoring-activity')
      .first()
      .waitFor({ timeout: 120_000 });
    await page.getByTestId('monitoring-spent').waitFor();
    await frame(page);
    return performance.now() - start;
  };
  const drawTable = async () => {
    const start = performance.now();
    await blank.setContent(staticTable(figures));
    await blank
      .locator('tr')
      .nth(figures.length - 1)
      .waitFor({ state: 'attached' });
    await frame(blank);
    return performance.now() - start;
  };
  await openScreen();
  await drawTable();
  const [app, plain] = [[], []];
  for (let i = 0; i < RUNS; i += 1) {
    app.push(await openScreen());
    plain.push(await drawTable());
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const [screen, bare] = [median(app), median(plain)];
  rows.push({
    name: 'Monitoring screen open, 500 activities, 10,000 expenditures',
    value: screen,
    baseline: bare,
    unit: 'ms',
    goalRatio: 1.2,
  });
  await page.close();
  await blank.close();
  return rows;
}
