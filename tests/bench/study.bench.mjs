/*
 * Study benchmarks (issues 5 and 18): 50,000 KoBo-style survey responses in a generated XLSX.
 * (a) import = read + map + check + store + report through the app's real import UI (Playwright's
 *     setInputFiles on the Import tab; the worker reads, maps and stores one batch), beside
 *     LibreOffice converting the same file to CSV (its start included) and beside the floor: the
 *     app's own XLSX reader plus raw IndexedDB puts of the chunks the import stored
 *     (import-baselines.mjs); the worker's phases from the page's `koopsuz:import-*` measures;
 * (b) the longest main-thread block during that import ('longtask' PerformanceObserver in the page),
 *     and the peak JS heap of page and worker (DevTools protocol) beside the sheet XML's size;
 * (c) the analysis tab's first figures over 50,000 responses (from the kept per-study aggregates),
 *     clicked and measured in the page, against one frame (16 ms), beside reading all responses
 *     from IndexedDB and counting them in plain JS.
 * Contract: `run({ baseUrl, renderUrl, context, root })` → rows { name, value, baseline, unit, goalRatio };
 * `context` is a persistent Chromium context whose app origin already went through the wizard.
 */
// Functions passed to page.evaluate run in the browser.
/* global window, document, PerformanceObserver, requestAnimationFrame, indexedDB */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  floorMs,
  heapSampler,
  libreOfficeMs,
  mainThreadTracer,
  sheetXmlBytes,
} from './import-baselines.mjs';

const N = Number(process.env.BENCH_STUDY_ROWS ?? 50_000);
// BENCH_STUDY_PARTS=analysis: only row (c). The 50,000 responses are still imported through the
// app (the aggregates the tab reads are the import's), but without the heap and CPU tracing and
// without the import's baselines (the floor, LibreOffice).
const ANALYSIS_ONLY = process.env.BENCH_STUDY_PARTS === 'analysis';
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

/**
 * In the page: collects long tasks from now on, and the long animation frames with their scripts
 * (what ran in a long block: the bench prints the longest ones, so a regression can be found).
 */
function observeLongTasks() {
  window.__benchLongTasks = [];
  window.__benchFrames = [];
  window.__benchObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
  });
  window.__benchObserver.observe({ type: 'longtask' });
  if (!PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) return;
  window.__benchFrameObserver = new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      window.__benchFrames.push({
        start: frame.startTime,
        duration: frame.duration,
        blocking: frame.blockingDuration,
        render: frame.renderStart ? frame.startTime + frame.duration - frame.renderStart : 0,
        scripts: frame.scripts.map((s) => ({
          duration: s.duration,
          invoker: s.invoker,
          fn: s.sourceFunctionName,
          at: `${(s.sourceURL ?? '').split('/').pop()}:${s.sourceCharPosition}`,
        })),
      });
  });
  window.__benchFrameObserver.observe({ type: 'long-animation-frame' });
}

/** The longest animation frames seen, with their scripts, as lines to print. */
function longestFrames(frames, count = 4) {
  return [...frames]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, count)
    .map((f) => {
      const scripts = [...f.scripts]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3)
        .map((s) => `${Math.round(s.duration)} ms ${s.invoker} ${s.fn || '?'} ${s.at}`)
        .join('; ');
      return `    frame at ${Math.round(f.start)} ms: ${Math.round(f.duration)} ms (render ${Math.round(f.render)} ms) — ${scripts || 'no script'}`;
    });
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
  const heap = ANALYSIS_ONLY ? null : await heapSampler(context, page);
  const tracer = ANALYSIS_ONLY ? null : await mainThreadTracer(context, page);
  const pickedAt = await page.evaluate(() => performance.now());
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
  const confirmedAt = await page.evaluate(() => performance.now());
  const t1 = Date.now();
  await confirm.click();
  await page.getByTestId('import-done').waitFor({ timeout: 600_000 });
  const storeMs = Date.now() - t1;
  const peaks = ANALYSIS_ONLY ? null : await heap.stop();
  const tasks = ANALYSIS_ONLY ? null : await tracer.stop();
  const phases = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('koopsuz:import-'))
        .map((m) => [m.name.slice('koopsuz:import-'.length), m.duration]),
    ),
  );
  const longest = await page.evaluate(() => Math.max(0, ...window.__benchLongTasks));
  const frames = await page.evaluate(() => window.__benchFrames);
  const doneText = await page.getByTestId('import-done').textContent();
  if (!/50\s?000|50000/.test(doneText ?? '') && N === 50_000)
    throw new Error(`unexpected import report: ${doneText}`);

  // (c) analysis first figures, measured inside the page from the click to the respondents line.
  const analysisMs = [];
  for (let i = 0; i < 5; i += 1) {
    await page.getByTestId('study-tab-entry').click();
    await page.getByTestId('questionnaire').waitFor();
    // The tab left stays mounted, hidden, until the next paint: a click before it goes would
    // find its (hidden) respondents line at once and time nothing (0.4 ms runs).
    await page.getByTestId('analysis').waitFor({ state: 'detached' });
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
  // Baseline (c): every response of the study read from IndexedDB (records and import chunks)
  // and counted in plain JS.
  const countMs = [];
  for (let i = 0; i < 5; i += 1)
    countMs.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const start = performance.now();
            const open = indexedDB.open('koopsuz');
            open.onsuccess = () => {
              const tx = open.result.transaction(['surveyResponses', 'responseChunks']);
              const records = tx.objectStore('surveyResponses').getAll();
              const chunks = tx.objectStore('responseChunks').getAll();
              tx.oncomplete = () => {
                const named = new Map();
                const count = (code) => named.set(code, (named.get(code) ?? 0) + 1);
                for (const r of records.result) for (const p of r.problems) count(p.code);
                for (const chunk of chunks.result)
                  chunk.problems.forEach((list, i) => {
                    if (!chunk.ids[i] || list === '') return;
                    for (const item of list.split(',')) count(item.slice(0, item.indexOf(':')));
                  });
                open.result.close();
                done(performance.now() - start + (named.size < 0 ? 1 : 0));
              };
            };
          }),
      ),
    );
  await page.close();

  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const analysisLine = `  analysis first figures, each of ${analysisMs.length} clicks: ${analysisMs.map((v) => v.toFixed(1)).join(', ')} ms (median ${median(analysisMs).toFixed(1)} ms)`;
  const analysisRow = {
    name: `Study analysis first figures over ${N} (goal ≤ 1 frame)`,
    value: median(analysisMs),
    baseline: 16,
    unit: 'ms',
    goalRatio: 1,
  };
  if (ANALYSIS_ONLY) {
    console.log(analysisLine);
    return [analysisRow];
  }

  // Baselines (a): the floor (the app's reader + raw puts of the stored chunks), and LibreOffice.
  const floor = await floorMs({ context, baseUrl, root, file });
  const office = libreOfficeMs(file);
  const xmlBytes = sheetXmlBytes(file);

  const ms = (v) => `${Math.round(v ?? 0)} ms`;
  const mb = (v) => (v == null ? 'n/a' : `${(v / 1048576).toFixed(0)} MB`);
  console.log(
    `  import of ${N} responses: to preview ${readMs} ms, store+report ${storeMs} ms; worker: reading ${ms(phases.read)}, mapping ${ms(phases.map)}, checking ${ms(phases.check)}, storing ${ms(phases.store)}`,
  );
  console.log(
    `  floor: app reader ${ms(floor.read)} + puts of ${floor.chunks} chunks = ${ms(floor.total)}; LibreOffice to CSV ${ms(office)}`,
  );
  console.log(
    `  peak JS heap: page ${mb(peaks.page)}, worker ${mb(peaks.worker)}; sheet XML inflated ${mb(xmlBytes)}; reading all responses and counting: ${ms(median(countMs))}`,
  );
  console.log(
    `  main thread during the import: ${tasks.tasks} tasks, ${ms(tasks.cpu)} of CPU; longest by wall ${ms(tasks.longestWall.wall)} (its CPU ${ms(tasks.longestWall.cpu)}), longest by CPU ${ms(tasks.longestCpu.cpu)} (wall ${ms(tasks.longestCpu.wall)}); over 50 ms: ${tasks.over50Wall} by wall, ${tasks.over50Cpu} by CPU`,
  );
  console.log(
    `  longest frames during the import (file chosen at ${Math.round(pickedAt)} ms, confirmed at ${Math.round(confirmedAt)} ms):\n${longestFrames(frames).join('\n')}`,
  );
  console.log(analysisLine);
  const total = readMs + storeMs;
  return [
    {
      name: `Study import ${N} KoBo rows vs LibreOffice to CSV`,
      value: total,
      baseline: office,
      unit: 'ms',
      goalRatio: 1.0,
    },
    {
      name: `Study import ${N} KoBo rows vs floor (reader + puts)`,
      value: total,
      baseline: floor.total,
      unit: 'ms',
      goalRatio: 1.5,
    },
    {
      name: 'Study import: longest main-thread block (goal ≤ 50 ms)',
      value: longest,
      baseline: 50,
      unit: 'ms',
      goalRatio: 1,
    },
    {
      name: 'Study import: longest main-thread task in CPU time (wall waits for a core)',
      value: tasks.longestCpu.cpu,
      baseline: 50,
      unit: 'ms',
      goalRatio: 1,
    },
    analysisRow,
  ];
}
