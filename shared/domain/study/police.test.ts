import { describe, expect, it } from 'vitest';
import { ALL, COMPLAINTS, STATS } from '../../../tests/fixtures/study-records';
import { cubeFromResponses } from './cube';
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
