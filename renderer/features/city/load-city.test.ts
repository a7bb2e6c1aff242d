/*
 * The city view's reads over a real import: a district makes its package, the city trusts and
 * imports it, and the figures the city view shows are the district's own — counted here by hand
 * from the fixture's plan (tests/fixtures/monitoring.ts) and the answers typed below.
 */
import { describe, expect, it } from 'vitest';
import { identityKey } from '../../../shared/schemas/plan';
import { at, cityOffice, districtOffice } from '../../../tests/fixtures/exchange';
import { addExpenditure } from '../../db/monitoring/expenditures';
import { setActivityProgress } from '../../db/monitoring/progress';
import { addResponse } from '../../db/study/responses';
import { createStudy } from '../../db/study/studies';
import { importPackage } from '../../exchange/import';
import { readExchangePackage } from '../../exchange/read-package';
import { createExchangePackage } from '../../exchange/write-package';
import { cashInput } from '../../../tests/fixtures/monitoring';
import { currentPlan, loadCity } from './load-city';

async function importedDistrict() {
  const district = await districtOffice();
  const { plan, activities, lines, funders } = district.approved;
  const study = await createStudy(district.territory.id, {
    title: { ru: 'Опрос 2026' },
    periodFrom: '2026-01-10',
    periodTo: '2026-02-10',
    methods: ['survey'],
  });
  // Four respondents: three name market theft, one fraud, one nothing.
  for (const problems of [['market-theft', 'fraud'], ['market-theft'], ['market-theft'], []])
    await addResponse(study.id, { problems: problems.map((code) => ({ code })) });
  await setActivityProgress(plan.id, identityKey(activities[0]!), { status: 'done', percent: 100 });
  await addExpenditure(plan.id, identityKey(lines[0]!), cashInput(funders.district));
  const made = await createExchangePackage(district.territory.id, {
    contacts: false,
    responses: false,
    drafts: false,
  });
  const city = await cityOffice();
  await importPackage(await readExchangePackage(made.bytes), city.workspace.id, { trust: true });
  return { district, city };
}

describe('the city view’s figures of an imported district', () => {
  it('are the district’s own: population, shares with N, police rate, budget, funders, progress', async () => {
    const { district, city } = await importedDistrict();
    at(city.db);
    const data = (await loadCity(city.workspace.id))!;
    const { figures } = data;
    expect(figures.districts.map((d) => d.id)).toEqual([district.territory.id]);
    expect(figures.districts[0]!.population).toBe(250_000);

    // 3 of 4 named market theft, 1 of 4 fraud (the questionnaires themselves stayed home).
    expect(await city.db.surveyResponses.count()).toBe(0);
    expect(figures.shares.map((r) => [r.code, r.districts[0]])).toEqual([
      ['market-theft', { named: 3, respondents: 4, share: 0.75 }],
      ['fraud', { named: 1, respondents: 4, share: 0.25 }],
    ]);

    // 140 frauds in 2025-Q1 × 100 000 / 250 000 residents = 56.
    expect(figures.policePeriod).toBe('2025-Q1');
    expect(figures.rates).toEqual([
      {
        code: 'fraud',
        districts: [{ count: 140, population: 250_000, rate: 56 }],
        city: { count: 140, population: 250_000, rate: 56 },
      },
    ]);

    // Two lines of 4 × 25 000 som and one of 25 000 som (tyiyn): by source as the fixture funds them.
    expect(figures.cityBudget).toEqual({
      total: 22_500_000,
      bySource: {
        localBudget: 9_000_000,
        business: 4_500_000,
        donors: 7_000_000,
        residents: 1_000_000,
      },
      funded: 21_500_000,
      unfunded: 1_000_000,
      cash: 20_500_000,
      inKind: 1_000_000,
    });
    // Donors are UNODC and OSCE on every line: equal parts.
    const { funders } = district.approved;
    expect(new Map(figures.funders.map((f) => [f.funderId, f.city]))).toEqual(
      new Map([
        [funders.district, 9_000_000],
        [funders.market, 4_500_000],
        [funders.unodc, 3_500_000],
        [funders.osce, 3_500_000],
        [funders.residents, 1_000_000],
      ]),
    );
    expect(data.funders.get(funders.unodc)?.name.ru).toBe('УНП ООН');

    // One of two activities done, equal weights: 50 %; 12 500 som spent.
    const plan = figures.districts[0]!.plan!;
    expect(plan).toMatchObject({ id: district.approved.plan.id, progress: 50, activities: 2 });
    expect(plan.done).toBe(1);
    expect(figures.citySpent).toBe(1_250_000);
    // The draft plan did not travel; the approved one is the current plan.
    expect(data.problems.get('fraud')?.ru).toBeTruthy();
  });

  it('has no districts for a workspace that imported nothing', async () => {
    const city = await cityOffice();
    const data = (await loadCity(city.workspace.id))!;
    expect(data.figures.districts).toEqual([]);
    expect(await loadCity(crypto.randomUUID())).toBeNull();
  });
});

describe('the current plan of a district', () => {
  const plan = (over: Record<string, unknown>) =>
    ({
      id: crypto.randomUUID(),
      seriesId: 's1',
      status: 'approved',
      version: 1,
      startYear: 2026,
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...over,
    }) as never;

  it('is the newest approved version of the latest plan; drafts never', () => {
    const v1 = plan({ version: 1 });
    const v2 = plan({ version: 2, status: 'inProgress' });
    const draft = plan({ version: 3, status: 'draft' });
    const older = plan({ seriesId: 's0', startYear: 2024, version: 5 });
    expect(currentPlan([older, v1, draft, v2])).toBe(v2);
    expect(currentPlan([draft])).toBeNull();
  });
});
