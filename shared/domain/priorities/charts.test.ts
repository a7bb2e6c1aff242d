import { describe, expect, it } from 'vitest';
import { cubeFromResponses } from '../study/cube';
import type { PoliceStat } from '../../schemas/study';
import { placesChart, policeTrendChart, rankedChart, territoriesChart } from './charts';
import { rankProblems } from './scoring';

const name = (code: string) => code.toUpperCase();
const stat = (period: string, problemCode: string, count: number) =>
  ({ period, problemCode, count }) as PoliceStat;

describe('chart row models', () => {
  it('ranked bars: segments are the contributions and add up to the score', () => {
    const ranking = rankProblems(
      [
        { key: 'a', source: 'study-share', direction: 'higher', weight: 60, active: true },
        { key: 'b', source: 'scored', direction: 'higher', weight: 40, active: true },
      ],
      [
        { code: 'p1', share: 0.5, policeRate: null, policeTrend: null, complaints: null },
        { code: 'p2', share: 0.3, policeRate: null, policeTrend: null, complaints: null },
      ],
      { p1: { b: 1 }, p2: { b: 5 } },
    );
    const chart = rankedChart(ranking, name, (k) => k, 'T');
    expect(chart.rows).toEqual([
      { category: '1. P1', code: 'p1', a: 60, b: 0 },
      { category: '2. P2', code: 'p2', a: 0, b: 40 },
    ]);
  });

  it('police by quarter sums months into quarters; a missing figure is null, not 0', () => {
    const chart = policeTrendChart(
      [
        stat('2025-07', 'x', 2),
        stat('2025-08', 'x', 3),
        stat('2025-Q4', 'x', 4),
        stat('2025-Q4', 'y', 1),
      ],
      ['x', 'y', 'z'],
      name,
      'T',
    );
    expect(chart.series.map((s) => s.key)).toEqual(['x', 'y']);
    expect(chart.rows).toEqual([
      { category: '2025-Q3', x: 5, y: null },
      { category: '2025-Q4', x: 4, y: 1 },
    ]);
  });

  it('places: share naming per place in %', () => {
    const cube = cubeFromResponses([
      { placeId: '00000000-0000-4000-8000-000000000001', problems: [{ code: 'x' }] },
      { placeId: '00000000-0000-4000-8000-000000000001', problems: [] },
      { problems: [{ code: 'x' }] },
    ]);
    const chart = placesChart(cube, ['x'], (id) => id || '-', name, 'T');
    expect(chart.rows).toEqual([
      { category: '00000000-0000-4000-8000-000000000001', x: 50 },
      { category: '-', x: 100 },
    ]);
  });

  it("territories: rate per 100,000 in each one's latest quarter", () => {
    const chart = territoriesChart(
      [
        {
          name: 'A',
          population: 200_000,
          stats: [stat('2025-Q3', 'x', 10), stat('2025-Q4', 'x', 30)],
        },
        { name: 'B', population: 50_000, stats: [] },
      ],
      ['x'],
      name,
      'T',
    );
    expect(chart.rows).toEqual([
      { category: 'A', x: 15 },
      { category: 'B', x: null },
    ]);
  });
});
