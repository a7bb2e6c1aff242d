import { describe, expect, it } from 'vitest';
import { budgetTotals, districtInput } from '../../../tests/fixtures/city';
import {
  budgetAmount,
  cityFigures,
  cityRates,
  cityShares,
  priorityCounts,
  shareOf,
  type DistrictInput,
  type DistrictPlan,
} from './figures';

const totals = (
  localBudget: number,
  business: number,
  donors: number,
  residents: number,
  unfunded: number,
  inKind = 0,
) => budgetTotals({ localBudget, business, donors, residents }, unfunded, inKind);

const plan = (over: Partial<DistrictPlan>): DistrictPlan => ({
  id: 'p',
  title: { ru: 'План' },
  version: 1,
  startYear: 2026,
  endYear: 2027,
  totals: totals(0, 0, 0, 0, 0),
  funders: [],
  progress: null,
  activities: 0,
  done: 0,
  spent: 0,
  ...over,
});

const district = (over: Partial<DistrictInput>) => districtInput({ id: 'd', ...over });

// Leninsky: 250 000 residents, 400 respondents; Oktyabrsky: 200 000 residents, 350 respondents.
const leninsky = district({
  id: 'len',
  population: 250_000,
  priorities: ['theft', 'roads', 'drugs'],
  survey: { respondents: 400, named: { theft: 120, roads: 40 } },
  police: [
    { period: '2025-Q4', problemCode: 'fraud', count: 100 },
    { period: '2026-Q1', problemCode: 'fraud', count: 140 },
    { period: '2026-Q1', problemCode: 'theft', count: 25 },
  ],
  plan: plan({
    // 1 500 000,50 som local, 200 000 som business, 300 000 som donors, 10 000 som residents in kind.
    totals: totals(150_000_050, 20_000_000, 30_000_000, 1_000_000, 5_000_000, 1_000_000),
    funders: [
      { funderId: 'unodc', planned: 30_000_000 },
      { funderId: null, planned: 150_000_050 },
    ],
    spent: 12_345_678,
  }),
});
const oktyabrsky = district({
  id: 'okt',
  population: 200_000,
  priorities: ['theft', 'violence'],
  survey: { respondents: 350, named: { theft: 70, violence: 105 } },
  police: [{ period: '2026-Q1', problemCode: 'fraud', count: 90 }],
  plan: plan({
    totals: totals(99, 1, 0, 0, 1),
    funders: [
      { funderId: 'unodc', planned: 0 },
      { funderId: 'market', planned: 1 },
    ],
    spent: 22,
  }),
});

describe('city figures', () => {
  it('keeps N with every share, and has no share without respondents', () => {
    expect(shareOf(3, 12)).toEqual({ named: 3, respondents: 12, share: 0.25 });
    expect(shareOf(0, 0)).toEqual({ named: 0, respondents: 0, share: null });
  });

  it('gives each district its own share and pools the respondents for the city', () => {
    const rows = cityShares([leninsky, oktyabrsky]);
    // theft 120 + 70 = 190 of 750; violence 105; roads 40 — most named first.
    expect(rows.map((r) => r.code)).toEqual(['theft', 'violence', 'roads']);
    const theft = rows[0]!;
    expect(theft.districts).toEqual([
      { named: 120, respondents: 400, share: 0.3 },
      { named: 70, respondents: 350, share: 0.2 },
    ]);
    expect(theft.city).toEqual({ named: 190, respondents: 750, share: 190 / 750 });
    // Violence is not named in Leninsky: 0 of 400, not a gap.
    expect(rows[1]!.districts[0]).toEqual({ named: 0, respondents: 400, share: 0 });
  });

  it('rates police counts per 100,000 of each district’s population in the latest period', () => {
    const { period, rows } = cityRates([leninsky, oktyabrsky]);
    expect(period).toBe('2026-Q1');
    const fraud = rows.find((r) => r.code === 'fraud')!;
    // 140 × 100 000 / 250 000 = 56; 90 × 100 000 / 200 000 = 45; city 230 / 450 000 → 51.11…
    expect(fraud.districts.map((c) => c.rate)).toEqual([56, 45]);
    expect(fraud.city).toEqual({ count: 230, population: 450_000, rate: 230_00_000 / 450_000 });
    // Theft is reported by Leninsky only: the city's rate counts only its population.
    const theft = rows.find((r) => r.code === 'theft')!;
    expect(theft.districts[1]).toEqual({ count: null, population: 200_000, rate: null });
    expect(theft.city).toEqual({ count: 25, population: 250_000, rate: 10 });
  });

  it('has no police period when no district has police figures', () => {
    expect(cityRates([district({})])).toEqual({ period: null, rows: [] });
  });

  it('sums budgets by source to the tyiyn, a district without a plan counting zero', () => {
    const figures = cityFigures([leninsky, oktyabrsky, district({ id: 'none' })]);
    expect(figures.budgets[2]!.total).toBe(0);
    expect(figures.cityBudget.bySource).toEqual({
      localBudget: 150_000_149,
      business: 20_000_001,
      donors: 30_000_000,
      residents: 1_000_000,
    });
    expect(figures.cityBudget.unfunded).toBe(5_000_001);
    expect(figures.cityBudget.total).toBe(206_000_151);
    expect(figures.cityBudget.inKind).toBe(1_000_000);
    expect(budgetAmount(figures.cityBudget, 'localBudget')).toBe(150_000_149);
    expect(budgetAmount(figures.cityBudget, 'total')).toBe(206_000_151);
    expect(figures.spent).toEqual([12_345_678, 22, 0]);
    expect(figures.citySpent).toBe(12_345_700);
  });

  it('lists funders by city amount, the unnamed last, and drops those with nothing planned', () => {
    const { funders } = cityFigures([leninsky, oktyabrsky]);
    expect(funders).toEqual([
      { funderId: 'unodc', districts: [30_000_000, 0], city: 30_000_000 },
      { funderId: 'market', districts: [0, 1], city: 1 },
      { funderId: null, districts: [150_000_050, 0], city: 150_000_050 },
    ]);
  });

  it('counts how many districts chose each priority', () => {
    expect(priorityCounts([leninsky, oktyabrsky])).toEqual([
      { code: 'theft', count: 2 },
      { code: 'drugs', count: 1 },
      { code: 'roads', count: 1 },
      { code: 'violence', count: 1 },
    ]);
  });
});
