import { describe, expect, it } from 'vitest';
import { budgetTotals, districtInput } from '../../../tests/fixtures/city';
import {
  budgetsChart,
  progressChart,
  ratesChart,
  sharesChart,
  type CityChartLabels,
} from './charts';
import { cityFigures } from './figures';

const labels: CityChartLabels = {
  district: (i) => ['Ленинский', 'Октябрьский'][i]!,
  problem: (code) => code.toUpperCase(),
  source: (s) => s,
  unfunded: 'unfunded',
  city: 'Город',
  progress: 'progress',
  titles: { shares: 'S', rates: 'R', budgets: 'B', progress: 'P' },
};

const figures = cityFigures([
  districtInput({
    population: 300_000,
    survey: { respondents: 3, named: { fraud: 1 } },
    police: [{ period: '2026-Q1', problemCode: 'fraud', count: 7 }],
    plan: {
      id: 'p',
      title: { ru: 'План' },
      version: 1,
      startYear: 2026,
      endYear: 2026,
      totals: budgetTotals({ localBudget: 150, business: 49, donors: 0, residents: 0 }, 1),
      funders: [],
      progress: 33.333,
      activities: 3,
      done: 1,
      spent: 0,
    },
  }),
  districtInput({ population: 100_000 }),
]);

describe('city charts', () => {
  it('draws shares in percent to a tenth, a district without a survey as a gap', () => {
    const chart = sharesChart(figures, labels);
    expect(chart.series.map((s) => s.label)).toEqual(['Ленинский', 'Октябрьский', 'Город']);
    // 1 of 3 = 33.3 %; the city pools 1 of 3 as well.
    expect(chart.rows).toEqual([
      { category: 'FRAUD', code: 'fraud', d0: 33.3, d1: null, city: 33.3 },
    ]);
  });

  it('draws rates per 100,000, a district without figures as a gap', () => {
    // 7 × 100 000 / 300 000 = 2.33…
    expect(ratesChart(figures, labels).rows).toEqual([
      { category: 'FRAUD', code: 'fraud', d0: 2.3, d1: null, city: 2.3 },
    ]);
  });

  it('stacks budgets by source in whole som, and progress per district', () => {
    // 150 tyiyn = 1.50 som → 2 som; 49 tyiyn → 0 som; unfunded 1 tyiyn → 0 som.
    expect(budgetsChart(figures, labels).rows[0]).toEqual({
      category: 'Ленинский',
      localBudget: 2,
      business: 0,
      donors: 0,
      residents: 0,
      unfunded: 0,
    });
    expect(progressChart(figures, labels).rows).toEqual([
      { category: 'Ленинский', progress: 33.3 },
      { category: 'Октябрьский', progress: null },
    ]);
  });
});
