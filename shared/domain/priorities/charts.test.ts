import { describe, expect, it } from 'vitest';
import { cubeFromResponses } from '../study/cube';
import type { PoliceStat } from '../../schemas/study';
import { placesChart, policeTrendChart, rankedChart, sameChart, territoriesChart } from './charts';
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

describe('sameChart', () => {
  const ranked = (share: number) =>
    rankedChart(
      rankProblems(
        [{ key: 'a', source: 'study-share', direction: 'higher', weight: 100, active: true }],
        [
          { code: 'p1', share, policeRate: null, policeTrend: null, complaints: null },
          { code: 'p2', share: 0.3, policeRate: null, policeTrend: null, complaints: null },
        ],
      ),
      name,
      (k) => k,
      'T',
    );

  it('a model rebuilt from the same figures is the same chart', () => {
    expect(sameChart(ranked(0.5), ranked(0.5))).toBe(true);
  });

  it('a changed value, title or series is another chart', () => {
    // 0.1 instead of 0.5: p2 now leads, so order, categories and values differ.
    expect(sameChart(ranked(0.5), ranked(0.1))).toBe(false);
    expect(sameChart(ranked(0.5), { ...ranked(0.5), title: 'U' })).toBe(false);
    const other = ranked(0.5);
    expect(sameChart(other, { ...other, series: [{ key: 'a', label: 'A' }] })).toBe(false);
    expect(sameChart(other, { ...other, rows: other.rows.map((r) => ({ ...r, a: 1 })) })).toBe(
      false,
    );
  });
});

describe('police figures indexed per list', () => {
  it('months count in their quarter; the latest quarter covers months and quarters', () => {
    const stats = [stat('2025-07', 'a', 2), stat('2025-08', 'a', 3), stat('2025-Q2', 'b', 4)];
    // Asked twice of the same list (the second answer from the index) and of a copy.
    for (const list of [stats, stats, [...stats]]) {
      const trend = policeTrendChart(list, ['a', 'b', 'c'], name, 'T');
      expect(trend.series.map((s) => s.key)).toEqual(['a', 'b']);
      expect(trend.rows).toEqual([
        { category: '2025-Q2', a: null, b: 4 },
        { category: '2025-Q3', a: 5, b: null },
      ]);
      const rates = territoriesChart(
        [{ name: 'X', population: 50_000, stats: list }],
        ['a', 'b'],
        name,
        'T',
      );
      // Latest quarter 2025-Q3: a = 5 per 50,000 → 10 per 100,000; b has no figure then.
      expect(rates.rows).toEqual([{ category: 'X', a: 10, b: null }]);
    }
  });
});
