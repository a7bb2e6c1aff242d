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
import { medianRun } from './runs.mjs';

const RUNS = Number(process.env.BENCH_PRIORITIES_RUNS ?? 25);
/** Held as the median of this many bench runs (issue 18), each the medians of RUNS pairs. */
const REPEATS = Number(process.env.BENCH_PRIORITIES_REPEATS ?? 3);

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
  const measure = (name) => async () => {
    const [value, baseline] = await page.evaluate(({ name, runs }) => window.bench[name](runs), {
      name,
      runs: RUNS,
    });
    return { value, baseline };
  };
  const change = await medianRun('weight change', REPEATS, measure('weightChange'));
  const { value: ours, baseline: bare } = await medianRun(
    'chart draw',
    REPEATS,
    measure('chartDraw'),
  );
  await page.close();
  return [
    {
      name: `Priorities: weight change → recompute + redraw (30×5, median of ${REPEATS})`,
      value: change.value,
      baseline: change.baseline,
      unit: 'ms',
      goalRatio: 1.2,
    },
    {
      name: `Priorities: ranked chart draw vs bare Recharts (median of ${REPEATS})`,
      value: ours,
      baseline: bare,
      unit: 'ms',
      goalRatio: 1.2,
    },
  ];
}
