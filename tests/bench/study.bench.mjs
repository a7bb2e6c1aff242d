/*
 * Study benchmarks (issue 5): 50,000 KoBo-style survey responses in a generated XLSX.
 * (a) import = parse + store + report through the app's real import UI (Playwright's setInputFiles
 *     on the Import tab; the worker parses, the data layer stores one batch) vs exceljs reading the
 *     same file in a plain page plus raw IndexedDB puts of the same records;
 * (b) the longest main-thread block during that import ('longtask' PerformanceObserver in the page);
 * (c) the analysis tab's first figures over 50,000 responses (from the kept per-study aggregates)
 *     vs reading all response records from IndexedDB and counting in plain JS.
 * Contract: `run({ baseUrl, renderUrl, context, root })` → rows { name, value, baseline, unit, goalRatio };
 * `context` is a persistent Chromium context whose app origin already went through the wizard.
 */
// Functions passed to page.evaluate run in the browser.
/* global window, document, PerformanceObserver, requestAnimationFrame, indexedDB, atob, crypto */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const N = Number(process.env.BENCH_STUDY_ROWS ?? 50_000);
const PROBLEMS = [
  'market_theft',
  'fraud',
  'dark_streets',
  'drugs_alcohol',
  'burglary',
  'domestic_violence',
];
const HEADERS = [
  'start',
  'grp/respondent_group',
  'grp/gender',
  'grp/age_group',
  'grp/problems',
  'grp/concern_market_theft',
  'grp/concern_fraud',
  'safe_day',
  'safe_night',
  'trust_police',
  'victim',
  'reported',
  'consent',
  '_uuid',
  '_submission_time',
  '_index',
];

/** A deterministic KoBo-style export of N responses. */
async function generate(path) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('survey');
  ws.addRow(HEADERS);
  let seed = 7;
  const rnd = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let i = 0; i < N; i += 1) {
    const problems = PROBLEMS.filter(() => rnd(3) === 0);
    const victim = rnd(5) === 0;
    ws.addRow([
      '2025-03-01T09:00:00',
      ['resident', 'business', 'student', 'parent'][rnd(4)],
      rnd(2) ? 'male' : 'female',
      [1829, 3044, 4559, '60_plus'][rnd(4)],
      problems.join(' '),
      problems.includes('market_theft') ? rnd(5) + 1 : '',
      problems.includes('fraud') ? rnd(5) + 1 : '',
      rnd(5) + 1,
      rnd(5) + 1,
      rnd(5) + 1,
      victim ? 1 : 0,
      victim ? rnd(2) : '',
      'yes',
      `bench-${i}-${rnd(1_000_000)}`,
      45000 + (i % 300),
      i + 1,
    ]);
  }
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** In the page: collects long tasks from now on. */
function observeLongTasks() {
  window.__benchLongTasks = [];
  window.__benchObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
  });
  window.__benchObserver.observe({ type: 'longtask' });
}

export async function run({ baseUrl, renderUrl, context, root }) {
  const dir = mkdtempSync(join(tmpdir(), 'koopsuz-study-bench-'));
  const file = join(dir, 'kobo-50000.xlsx');
  await generate(file);

  // (a)+(b) the app's real import.
  const page = await context.newPage();
  await page.goto(renderUrl);
  await page.getByTestId('nav-study').click();
  await page.getByTestId('study-new').click();
  await page.getByTestId('study-title-ru').fill(`Бенчмарк ${Date.now()}`);
  await page.getByTestId('study-save').click();
  await page.getByTestId('questionnaire').waitFor();
  await page.getByTestId('study-tab-import').click();
  await page.evaluate(observeLongTasks);
  const t0 = Date.now();
  await page.locator('input[type=file]').setInputFiles(file);
  const confirm = page.getByTestId('import-confirm');
  await page.waitForFunction(
    () => {
      const b = document.querySelector('[data-testid=import-confirm]');
      return b && !b.disabled && !b.hasAttribute('data-disabled');
    },
    null,
    { timeout: 600_000, polling: 50 },
  );
  const readMs = Date.now() - t0;
  const t1 = Date.now();
  await confirm.click();
  await page.getByTestId('import-done').waitFor({ timeout: 600_000 });
  const storeMs = Date.now() - t1;
  const longest = await page.evaluate(() => Math.max(0, ...window.__benchLongTasks));
  const doneText = await page.getByTestId('import-done').textContent();
  if (!/50\s?000|50000/.test(doneText ?? '') && N === 50_000)
    throw new Error(`unexpected import report: ${doneText}`);

  // (c) analysis first figures, measured inside the page from the click to the respondents line.
  const analysisMs = [];
  for (let i = 0; i < 5; i += 1) {
    await page.getByTestId('study-tab-entry').click();
    await page.getByTestId('questionnaire').waitFor();
    analysisMs.push(
      await page.evaluate(
        (n) =>
          new Promise((done) => {
            const start = performance.now();
            document.querySelector('[data-testid=study-tab-analysis]').click();
            const check = () => {
              const el = document.querySelector('[data-testid=analysis-respondents]');
              if (el && el.textContent.replace(/\D/g, '') === String(n))
                done(performance.now() - start);
              else requestAnimationFrame(check);
            };
            check();
          }),
        N,
      ),
    );
  }
  // Baseline (c): every response record of the study read from IndexedDB and counted in plain JS.
  const countMs = [];
  for (let i = 0; i < 5; i += 1)
    countMs.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const start = performance.now();
            const open = indexedDB.open('koopsuz');
            open.onsuccess = () => {
              const request = open.result
                .transaction('surveyResponses')
                .objectStore('surveyResponses')
                .getAll();
              request.onsuccess = () => {
                const named = new Map();
                let n = 0;
                for (const r of request.result) {
                  n += 1;
                  for (const p of r.problems) named.set(p.code, (named.get(p.code) ?? 0) + 1);
                }
                open.result.close();
                done(performance.now() - start + (n < 0 ? 1 : 0));
              };
            };
          }),
      ),
    );
  await page.close();

  // Baseline (a): exceljs reading the same file + raw IndexedDB puts of the same records, in a plain page.
  const base = await context.newPage();
  await base.goto(`${baseUrl}bench-baseline/`);
  await base.addScriptTag({ path: resolve(root, 'node_modules/exceljs/dist/exceljs.min.js') });
  const b64 = readFileSync(file).toString('base64');
  const baselineMs = await base.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const start = performance.now();
    const wb = new window.ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    const ws = wb.worksheets[0];
    const headers = ws.getRow(1).values;
    const records = [];
    for (let r = 2; r <= ws.rowCount; r += 1) {
      const values = ws.getRow(r).values;
      const record = { id: crypto.randomUUID(), number: r - 1 };
      for (let c = 1; c < headers.length; c += 1) record[headers[c]] = values[c] ?? null;
      records.push(record);
    }
    await new Promise((done, fail) => {
      const open = indexedDB.open(`bench-study-${Date.now()}`, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('responses', { keyPath: 'id' });
      open.onsuccess = () => {
        const tx = open.result.transaction('responses', 'readwrite');
        const store = tx.objectStore('responses');
        for (const record of records) store.put(record);
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      };
    });
    return performance.now() - start;
  }, b64);
  await base.close();

  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  console.log(
    `  import of ${N} responses: read+map ${readMs} ms, store+report ${storeMs} ms (baseline ${Math.round(baselineMs)} ms)`,
  );
  return [
    {
      name: `Study import ${N} KoBo rows (parse+store+report)`,
      value: readMs + storeMs,
      baseline: baselineMs,
      unit: 'ms',
      goalRatio: 1.3,
    },
    {
      name: 'Study import: longest main-thread block (goal ≤ 100 ms)',
      value: longest,
      baseline: 100,
      unit: 'ms',
      goalRatio: 1,
    },
    {
      name: `Study analysis first figures over ${N} (aggregates)`,
      value: median(analysisMs),
      baseline: median(countMs),
      unit: 'ms',
      goalRatio: 1.1,
    },
  ];
}
