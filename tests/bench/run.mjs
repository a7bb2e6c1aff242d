/*
 * `npm run bench`: performance figures, each beside a baseline measured in the same run (these
 * machines are noisy: ratios hold, absolute times do not). Not a test: it prints and exits 0
 * unless something crashes. Feature benchmarks are tests/bench/*.bench.mjs modules exporting
 * `run({ baseUrl, browser, root })` that return rows { name, value, baseline, unit, goalRatio }.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { extname, join, resolve, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, completeWizard } from './browser.mjs';
import { medianRun } from './runs.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 6);
/** Start-up is held as the median of this many bench runs, each the medians of RUNS loads (issue 18). */
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const MIME = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dist)) return res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Time from navigation to the `koopsuz:home-ready` mark of one fresh page load. */
async function loadTime(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('koopsuz:home-ready').length > 0,
    null,
    { timeout: 30_000 },
  );
  const ms = await page.evaluate(
    () => performance.getEntriesByName('koopsuz:home-ready')[0].startTime,
  );
  await page.close();
  return ms;
}

/**
 * Medians over RUNS fresh loads of each page. The loads alternate (app, baseline, app, …) so that
 * a busy spell of this shared machine slows both sides alike instead of only one of them.
 */
async function timeToReady(context, urls) {
  const times = urls.map(() => []);
  for (let i = 0; i < RUNS; i += 1) {
    for (const [k, url] of urls.entries()) times[k].push(await loadTime(context, url));
  }
  return times.map(median);
}

function entryChunk() {
  const html = readFileSync(resolve(dist, 'renderer/index.html'), 'utf8');
  const src = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  const bytes = readFileSync(resolve(dist, 'renderer', src));
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map(
    (m) => m[1],
  );
  const preloadBytes = preloads.reduce(
    (sum, file) => sum + gzipSync(readFileSync(resolve(dist, 'renderer', file))).length,
    0,
  );
  const text =
    bytes.toString('utf8') +
    preloads.map((f) => readFileSync(resolve(dist, 'renderer', f), 'utf8')).join('');
  return {
    file: src,
    gzip: gzipSync(bytes).length + preloadBytes,
    hasExcel: /exceljs|ExcelJS|xl\/workbook\.xml/.test(text),
    hasRecharts: /recharts/.test(text),
  };
}

/** The machine's 1-minute load average, so that a noisy run can be recognised beside its figures. */
const load = () => loadavg()[0].toFixed(2);
const loadNote = (before) =>
  console.log(
    `${''.padEnd(58)} load average (1 min) before ${before}, after ${load()} on ${cpus().length} cores`,
  );

function row(name, value, baseline, unit, goalRatio) {
  const ratio = baseline ? value / baseline : null;
  const verdict = goalRatio == null || ratio == null ? '' : ratio <= goalRatio ? 'ok' : 'OVER GOAL';
  const fmt = (n) => (typeof n === 'number' ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : String(n));
  console.log(
    `${name.padEnd(58)} ${fmt(value).padStart(10)} ${unit.padEnd(4)} baseline ${fmt(baseline ?? '—').padStart(9)}  ratio ${ratio == null ? '—' : ratio.toFixed(2)}${goalRatio == null ? '' : ` (goal ≤ ${goalRatio})`} ${verdict}`,
  );
}

async function main() {
  if (!CHROMIUM) throw new Error('Chromium not found: apt-get install -y chromium');
  await build({
    root: resolve(root, 'tests/bench/baseline'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: resolve(dist, 'bench-baseline'), emptyOutDir: true },
  });
  const server = await serve();
  const baseUrl = `http://127.0.0.1:${server.address().port}/`;
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'koopsuz-bench-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 800 },
    },
  );
  console.log(
    `Koopsuz benchmarks — ${RUNS} loads per start-up run, medians; Chromium ${context.browser()?.version() ?? ''}\n`,
  );

  const setup = await context.newPage();
  await completeWizard(setup, `${baseUrl}renderer/`);
  await setup.close();
  // Warm the HTTP and compile caches of both pages equally before measuring.
  const pages = [`${baseUrl}renderer/`, `${baseUrl}bench-baseline/`];
  await timeToReady(context, pages);
  const startLoad = load();
  const startup = await medianRun('start-up', STARTUP_RUNS, async () => {
    const [value, baseline] = await timeToReady(context, pages);
    return { value, baseline };
  });
  row(
    `Start-up: navigation → first usable home screen (median of ${STARTUP_RUNS})`,
    startup.value,
    startup.baseline,
    'ms',
    1.6,
  );
  loadNote(startLoad);

  const chunk = entryChunk();
  const baselineChunk = (() => {
    const html = readFileSync(resolve(dist, 'bench-baseline/index.html'), 'utf8');
    const src = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
    return gzipSync(readFileSync(resolve(dist, 'bench-baseline', src))).length;
  })();
  row(
    'Entry chunk + preloads, gzip (goal ≤ 250 kB)',
    chunk.gzip / 1024,
    baselineChunk / 1024,
    'kB',
    null,
  );
  console.log(
    `${''.padEnd(58)} entry contains exceljs: ${chunk.hasExcel ? 'YES (goal: no)' : 'no'}, recharts: ${chunk.hasRecharts ? 'YES (goal: no)' : 'no'}`,
  );

  const browser = context.browser();
  // BENCH_ONLY=plan keeps the start-up figures and only the benches whose file name contains it.
  const only = process.env.BENCH_ONLY;
  for (const file of readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)))
    .sort()) {
    const module = await import(resolve(import.meta.dirname, file));
    console.log(`\n${file}`);
    const before = load();
    try {
      const rows = await module.run({
        baseUrl,
        renderUrl: `${baseUrl}renderer/`,
        context,
        browser,
        root,
      });
      for (const r of rows) row(r.name, r.value, r.baseline, r.unit, r.goalRatio);
      loadNote(before);
    } catch (error) {
      console.log(`  failed: ${error?.stack ?? error}`);
      process.exitCode = 1;
    }
  }
  await context.close();
  server.close();
}

await main();
