/* global document, window -- the functions given to page.evaluate run in the browser */
/*
 * Priorities benchmarks (issue 6), 30 problems × 5 territories, each against a baseline measured
 * in the same page and run, alternating the two so that noise hits both:
 *  - weight change → recompute ranking + chart models + redraw of the ranking screen's charts,
 *    vs redrawing the same charts from models precomputed beforehand (goal ≤ 1.2x);
 *  - drawing the ranked chart with the app's ChartFigure vs a bare Recharts chart of the same
 *    size and data (goal ≤ 1.2x).
 * Contract: `run({ baseUrl, context, root })` → rows { name, value, baseline, unit, goalRatio }.
 * Rendering is measured with flushSync + a forced layout (React + Recharts + layout, not paint).
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const RUNS = Number(process.env.BENCH_PRIORITIES_RUNS ?? 25);

export async function run({ baseUrl, context, root }) {
  await build({
    root: resolve(root, 'tests/bench/priorities'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: resolve(root, 'dist/bench-priorities'), emptyOutDir: true },
  });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${baseUrl}bench-priorities/`);
  await page.waitForFunction(() => document.title === 'ready');
  const [change, precomputed] = await page.evaluate(
    (runs) => window.bench.weightChange(runs),
    RUNS,
  );
  const [ours, bare] = await page.evaluate((runs) => window.bench.chartDraw(runs), RUNS);
  await page.close();
  return [
    {
      name: 'Priorities: weight change → recompute + redraw (30×5)',
      value: change,
      baseline: precomputed,
      unit: 'ms',
      goalRatio: 1.2,
    },
    {
      name: 'Priorities: ranked chart draw vs bare Recharts',
      value: ours,
      baseline: bare,
      unit: 'ms',
      goalRatio: 1.2,
    },
  ];
}
