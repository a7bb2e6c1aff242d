import { describe, expect, it } from 'vitest';
import type { Complaint, PoliceStat, SurveyAnswers } from '../../schemas/study';
import { crossTab, problemShares, safetyByPlace, sharesBy } from './analysis';
import { applyResponse, cubeFromResponses } from './cube';
import { problemIndicators } from './indicators';
import {
  complaintTotals,
  latestPeriod,
  nextPeriod,
  periodRange,
  policeIndicator,
  previousPeriod,
  quarterOfDate,
} from './police';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

/* Five questionnaires; every figure below is computed by hand from them. */
const R1: SurveyAnswers = {
  respondentGroup: 'resident',
  gender: 'female',
  ageGroup: '18-29',
  placeId: A,
  problems: [
    { code: 'market-theft', concern: 4 },
    { code: 'dark-streets', concern: 5 },
  ],
  safeDay: 4,
  safeNight: 2,
  trustPolice: 3,
  victim: true,
  reported: true,
};
const R2: SurveyAnswers = {
  respondentGroup: 'resident',
  gender: 'male',
  ageGroup: '30-44',
  placeId: A,
  problems: [{ code: 'market-theft', concern: 2 }],
  safeDay: 5,
  safeNight: 3,
  trustPolice: 4,
  victim: false,
};
const R3: SurveyAnswers = {
  respondentGroup: 'business',
  gender: 'male',
  ageGroup: '30-44',
  placeId: B,
  problems: [
    { code: 'market-theft' },
    { code: 'fraud', concern: 3 },
    { code: 'racketeering', concern: 5 },
  ],
  safeDay: 3,
  safeNight: 1,
  trustPolice: 2,
  victim: true,
  reported: false,
};
const R4: SurveyAnswers = {
  respondentGroup: 'student',
  gender: 'female',
  ageGroup: 'under-18',
  placeId: B,
  problems: [{ code: 'school-bullying', concern: 5 }],
  safeDay: 4,
  safeNight: 3,
};
const R5: SurveyAnswers = {
  respondentGroup: 'resident',
  gender: 'female',
  ageGroup: '45-59',
  problems: [],
  safeDay: 5,
  safeNight: 4,
  trustPolice: 5,
  victim: false,
};
const ALL = [R1, R2, R3, R4, R5];
const CODES = [
  'market-theft',
  'dark-streets',
  'fraud',
  'racketeering',
  'school-bullying',
  'burglary',
];

describe('survey analysis', () => {
  const cube = cubeFromResponses(ALL);

  it('divides by respondents, not by answers: shares add up to more than 100 %', () => {
    const { respondents, rows } = problemShares(cube, CODES);
    expect(respondents).toBe(5);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode['market-theft']!.share).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(byCode['market-theft']!.meanConcern).toBe(3); // (4 + 2) / 2: R3 gave no concern
    expect(byCode['dark-streets']!.share.value).toBe(0.2);
    expect(byCode['burglary']!.share.value).toBe(0);
    expect(byCode['burglary']!.meanConcern).toBeNull();
    expect(rows.reduce((sum, r) => sum + (r.share.value ?? 0), 0)).toBeCloseTo(1.4);
  });

  it('breaks shares down by gender and by place, with "not stated" last', () => {
    const byGender = sharesBy(cube, 'gender', ['market-theft', 'fraud'], {}, ['female', 'male']);
    expect(
      byGender.map((g) => [g.value, g.respondents, g.rows[0]!.share.value, g.rows[1]!.share.value]),
    ).toEqual([
      ['female', 3, 1 / 3, 0],
      ['male', 2, 1, 0.5],
    ]);
    const byPlace = sharesBy(cube, 'placeId', ['market-theft'], {}, [A, B]);
    expect(byPlace.map((g) => [g.value, g.respondents, g.rows[0]!.share.value])).toEqual([
      [A, 2, 1],
      [B, 2, 0.5],
      ['', 1, 0],
    ]);
  });

  it('filters before counting', () => {
    const women = problemShares(cube, ['market-theft'], { gender: ['female'] });
    expect(women.respondents).toBe(3);
    expect(women.rows[0]!.share.value).toBeCloseTo(1 / 3);
    const residentsAtA = problemShares(cube, ['market-theft'], {
      respondentGroup: ['resident'],
      placeId: [A],
    });
    expect(residentsAtA.respondents).toBe(2);
  });

  it('gives safety, trust and victimisation by place and in total', () => {
    const rows = safetyByPlace(cube, {}, [A, B]);
    expect(rows.map((r) => r.placeId)).toEqual([A, B, '', 'all']);
    const [a, b, none, all] = rows;
    expect([a!.safeDay, a!.safeNight, a!.trustPolice, a!.victims.value, a!.reported.value]).toEqual(
      [4.5, 2.5, 3.5, 0.5, 1],
    );
    expect([b!.safeDay, b!.safeNight, b!.trustPolice, b!.victims.value, b!.reported.value]).toEqual(
      [3.5, 2, 2, 1, 0],
    );
    expect([none!.victims.value, none!.reported.value]).toEqual([0, null]);
    expect(all!.safeDay).toBeCloseTo(4.2);
    expect(all!.safeNight).toBeCloseTo(2.6);
    expect(all!.trustPolice).toBe(3.5); // 14 / 4: R4 did not answer
    expect(all!.victims).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(all!.reported.value).toBe(0.5);
  });

  it('cross-tabulates respondents and problem shares', () => {
    const counts = crossTab(
      cube,
      'gender',
      'respondentGroup',
      { kind: 'respondents' },
      {},
      { respondentGroup: ['resident', 'business', 'student'] },
    );
    expect(counts.rowValues).toEqual(['female', 'male']);
    expect(counts.columnValues).toEqual(['resident', 'business', 'student']);
    expect(counts.cells.map((row) => row.map((c) => c.respondents))).toEqual([
      [2, 0, 1],
      [1, 1, 0],
    ]);
    expect(counts.cells[0]![0]!.share!.value).toBeCloseTo(2 / 3);
    expect(counts.total.respondents).toBe(5);
    const theft = crossTab(
      cube,
      'placeId',
      'gender',
      { kind: 'problem', code: 'market-theft' },
      { placeId: [A, B] },
      { placeId: [A, B] },
    );
    expect(theft.cells.map((row) => row.map((c) => c.share?.value))).toEqual([
      [1, 1],
      [0, 1],
    ]);
    expect(theft.total.share).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    const night = crossTab(
      cube,
      'placeId',
      'gender',
      { kind: 'mean', field: 'safeNight' },
      {},
      { placeId: [A, B] },
    );
    expect(night.rowTotals.map((c) => c.mean)).toEqual([2.5, 2, 4]);
  });

  it('keeps the cube exact when responses are added and removed one by one', () => {
    const kept = cubeFromResponses([R1, R2, R3, R4, R5]);
    applyResponse(kept, R3, -1);
    expect(kept).toEqual(cubeFromResponses([R1, R2, R4, R5]));
    applyResponse(kept, R3, 1);
    expect(kept).toEqual(cube);
    for (const r of ALL) applyResponse(kept, r, -1);
    expect(kept.cells).toEqual({});
  });
});

const T = '33333333-3333-4333-8333-333333333333';
const at = '2026-01-01T00:00:00.000Z';
const stat = (period: string, problemCode: string, count: number): PoliceStat => ({
  id: crypto.randomUUID(),
  territoryId: T,
  period,
  problemCode,
  count,
  createdAt: at,
  updatedAt: at,
});
const STATS = [
  stat('2024-Q4', 'market-theft', 35),
  stat('2025-Q1', 'market-theft', 40),
  stat('2025-Q2', 'market-theft', 30),
  stat('2025-Q2', 'market-theft', 20),
  stat('2025-Q2', 'burglary', 10),
  stat('2025-Q1', 'burglary', 0),
  stat('2025-Q1', 'fraud', 8),
];
const complaint = (
  period: string,
  problemCode: string,
  kind: Complaint['kind'],
  count: number,
  placeId?: string,
): Complaint => ({
  id: crypto.randomUUID(),
  territoryId: T,
  period,
  problemCode,
  kind,
  count,
  placeId,
  createdAt: at,
  updatedAt: at,
});
const COMPLAINTS = [
  complaint('2025-Q1', 'market-theft', 'complaint', 3, A),
  complaint('2025-Q2', 'market-theft', 'observation', 2, A),
  complaint('2025-Q2', 'dark-streets', 'complaint', 4),
];

describe('police statistics and complaints', () => {
  it('steps through quarters and months across years', () => {
    expect(previousPeriod('2025-Q1')).toBe('2024-Q4');
    expect(previousPeriod('2025-Q3')).toBe('2025-Q2');
    expect(previousPeriod('2025-01')).toBe('2024-12');
    expect(nextPeriod('2024-Q4')).toBe('2025-Q1');
    expect(nextPeriod('2025-12')).toBe('2026-01');
    expect(periodRange('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(quarterOfDate('2025-08-15')).toBe('2025-Q3');
    expect(latestPeriod(STATS)).toBe('2025-Q2');
  });

  it('sums a period, gives the rate per 100,000 and the trend', () => {
    expect(policeIndicator(STATS, 'market-theft', 250_000)).toEqual({
      code: 'market-theft',
      period: '2025-Q2',
      count: 50,
      previousCount: 40,
      ratePer100k: 20,
      change: 10,
      trend: 0.25,
    });
    expect(policeIndicator(STATS, 'market-theft', 250_000, '2025-Q1').trend).toBeCloseTo(5 / 35);
    const burglary = policeIndicator(STATS, 'burglary', 250_000);
    expect([burglary.count, burglary.change, burglary.trend]).toEqual([10, 10, null]); // from 0: no percentage
    expect(policeIndicator(STATS, 'fraud', 250_000).count).toBeNull();
  });

  it('counts complaints and observations per problem, within periods', () => {
    expect(complaintTotals(COMPLAINTS).get('market-theft')).toEqual({
      complaints: 3,
      observations: 2,
    });
    expect(complaintTotals(COMPLAINTS, { from: '2025-Q2' }).get('market-theft')).toEqual({
      complaints: 0,
      observations: 2,
    });
    expect(complaintTotals(COMPLAINTS, { placeIds: [''] }).get('dark-streets')?.complaints).toBe(4);
  });

  it('problemIndicators brings the three stakeholder groups together', () => {
    const rows = problemIndicators({
      codes: ['market-theft', 'dark-streets', 'burglary'],
      cube: cubeFromResponses(ALL),
      policeStats: STATS,
      complaints: COMPLAINTS,
      population: 250_000,
    });
    expect(rows[0]).toEqual({
      code: 'market-theft',
      respondents: 5,
      named: 3,
      share: 0.6,
      meanConcern: 3,
      policePeriod: '2025-Q2',
      policeCount: 50,
      policePreviousCount: 40,
      policeRate: 20,
      policeTrend: 0.25,
      complaints: 5,
    });
    expect(rows[1]).toMatchObject({ share: 0.2, meanConcern: 5, policeCount: null, complaints: 4 });
    expect(rows[2]).toMatchObject({
      share: 0,
      meanConcern: null,
      policeCount: 10,
      policeRate: 4,
      complaints: 0,
    });
    expect(problemIndicators({ codes: ['fraud'], population: 0 })[0]).toMatchObject({
      respondents: 0,
      share: null,
      policeRate: null,
    });
  });
});
