/*
 * The priorities bench page (built by priorities.bench.mjs with vite): 30 problems × 5
 * territories, drawn with the app's own chart component. window.bench runs one measurement and
 * returns the median in ms; layout is forced after each synchronous render so drawing is counted.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import {
  defaultCriteria,
  setWeight,
  type Criterion,
} from '../../../shared/domain/priorities/criteria';
import {
  policeTrendChart,
  rankedChart,
  stakeholderChart,
  territoriesChart,
  type ChartModel,
} from '../../../shared/domain/priorities/charts';
import { rankProblems, type ProblemEvidence } from '../../../shared/domain/priorities/scoring';
import type { PoliceStat } from '../../../shared/schemas/study';
import { ChartFigure } from '../../../renderer/features/priorities/charts/ChartFigure';
import { CHART_WIDTH, chartHeight } from '../../../renderer/features/priorities/charts/chart-size';

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const CODES = Array.from({ length: 30 }, (_, i) => `problem-${i + 1}`);
const name = (code: string) => `Проблема ${code.slice(8)} — узун аталыш`;
const evidence: ProblemEvidence[] = CODES.map((code) => ({
  code,
  share: rand() * 0.5,
  policeRate: rand() < 0.1 ? null : rand() * 80,
  policeTrend: rand() < 0.2 ? null : rand() - 0.4,
  complaints: Math.round(rand() * 20),
}));
const scored = Object.fromEntries(
  CODES.map((code) => [
    code,
    {
      severity: 1 + rand() * 4,
      vulnerable: 1 + rand() * 4,
      feasibility: 1 + rand() * 4,
      cost: 1 + rand() * 4,
    },
  ]),
);
const QUARTERS = [
  '2024-Q1',
  '2024-Q2',
  '2024-Q3',
  '2024-Q4',
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
];
const territories = Array.from({ length: 5 }, (_, t) => ({
  name: `Район ${t + 1}`,
  population: 100_000 + t * 50_000,
  stats: QUARTERS.flatMap((period) =>
    CODES.map(
      (problemCode) => ({ period, problemCode, count: Math.round(rand() * 60) }) as PoliceStat,
    ),
  ),
}));

/** Everything the ranking screen's charts show for one set of weights. */
function models(criteria: Criterion[]): ChartModel[] {
  const ranking = rankProblems(criteria, evidence, scored);
  const top = ranking.rows.slice(0, 5).map((r) => r.code);
  return [
    rankedChart(ranking, name, (k) => k, 'ranked'),
    stakeholderChart(
      'residents',
      'r',
      evidence,
      (e) => (e.share === null ? null : e.share * 100),
      name,
      '%',
    ),
    stakeholderChart('police', 'p', evidence, (e) => e.policeRate, name, 'p'),
    stakeholderChart('lg', 'l', evidence, (e) => e.complaints, name, 'l'),
    policeTrendChart(territories[0]!.stats, top, name, 'trend'),
    territoriesChart(territories, top, name, 'territories'),
  ];
}

function Charts({ list }: { list: ChartModel[] }) {
  return (
    <div>
      {list.map((m) => (
        <ChartFigure
          key={m.id}
          model={m}
          width={m.id === 'ranked' ? CHART_WIDTH : 300}
          height={chartHeight(m)}
          animate={false}
        />
      ))}
    </div>
  );
}

const root = createRoot(document.getElementById('root')!);
const draw = (node: React.ReactNode) => {
  flushSync(() => root.render(node));
  return document.body.offsetHeight;
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const WEIGHTS = [10, 30, 50, 20, 40, 15, 35, 25, 45, 5];

/** Alternates the two variants (a, b) `runs` times each; medians of each. */
function pair(runs: number, a: (i: number) => void, b: (i: number) => void): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs + 2; i += 1) {
    for (const [fn, out] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const start = performance.now();
      fn(i);
      const took = performance.now() - start;
      if (i >= 2) out.push(took); // two warm-up rounds
    }
  }
  return [median(ta), median(tb)];
}

const bench = {
  /** Weight change → recompute + redraw, vs redraw of the same charts from precomputed models. */
  weightChange(runs: number): [number, number] {
    const base = defaultCriteria();
    const weights = (i: number) => setWeight(base, 'public-concern', WEIGHTS[i % WEIGHTS.length]!);
    const precomputed = WEIGHTS.map((_, i) => models(weights(i)));
    draw(<Charts list={models(base)} />);
    return pair(
      runs,
      (i) => draw(<Charts list={models(weights(i))} />),
      (i) => draw(<Charts list={precomputed[i % WEIGHTS.length]!} />),
    );
  },
  /** A fresh draw of the ranked chart with ChartFigure vs a bare Recharts chart of the same size and data. */
  chartDraw(runs: number): [number, number] {
    const model = models(defaultCriteria())[0]!;
    const height = chartHeight(model);
    return pair(
      runs,
      () => {
        draw(null);
        draw(<ChartFigure model={model} width={CHART_WIDTH} height={height} animate={false} />);
      },
      () => {
        draw(null);
        draw(
          <BarChart width={CHART_WIDTH} height={height} data={model.rows} layout="vertical">
            <XAxis type="number" />
            <YAxis type="category" dataKey="category" width={280} />
            {model.series.map((s) => (
              <Bar key={s.key} dataKey={s.key} stackId="s" isAnimationActive={false} />
            ))}
          </BarChart>,
        );
      },
    );
  },
};
(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
