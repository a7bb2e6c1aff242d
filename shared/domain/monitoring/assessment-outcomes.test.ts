import { describe, expect, it } from 'vitest';
import { priorityKey, type OutcomeVerdict } from './assessment';
import {
  assessmentOutcomes,
  policeEstimateIn,
  policeQuarterCounts,
  problemResolved,
  surveyEstimates,
} from './assessment-outcomes';
import type { OutcomeMeasure } from './outcomes';

/** An estimate typed by hand (a share in percent, its margin 196·√(p(1−p)/n) points). */
const est = (value: number, margin: number, n: number) => ({ value, margin, n });

describe('outcomes of a priority, before and after', () => {
  it('a fall of the share naming the problem beyond the margin is an improvement', () => {
    // 400 respondents each: 30 % → 20 %; margins 4.4909 and 3.92 points; of the change 5.961089.
    const rows = assessmentOutcomes(
      { problemShare: est(30, 4.4909, 400) },
      { problemShare: est(20, 3.92, 400) },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.change.change).toBeCloseTo(-10, 10);
    expect(rows[0]!.change.margin).toBeCloseTo(5.961089, 5);
    expect(rows[0]!.verdict).toBe('improved');
    expect(rows[0]!.net).toEqual(rows[0]!.change);
  });

  it('against a comparison territory that fell almost as much, it is no measurable change', () => {
    // Comparison: 30 % → 22 % (margins 4.4909, 4.0596): net −2 points within a margin of 8.496065.
    const rows = assessmentOutcomes(
      { problemShare: est(30, 4.4909, 400) },
      { problemShare: est(20, 3.92, 400) },
      {
        before: { problemShare: est(30, 4.4909, 400) },
        after: { problemShare: est(22, 4.0596, 400) },
      },
    );
    expect(rows[0]!.comparison!.change).toBeCloseTo(-8, 10);
    expect(rows[0]!.net.change).toBeCloseTo(-2, 10);
    expect(rows[0]!.net.margin).toBeCloseTo(8.496065, 5);
    expect(rows[0]!.verdict).toBe('noMeasurableChange');
  });

  it('recorded cases per quarter: 25 → 16 is a measurable fall, 25 → 21.25 is not, a rise is worse', () => {
    // Four quarters of 100 cases: 25 a quarter ± 1.96·√100/4 = 4.9; of 64: 16 ± 3.92.
    const fell = assessmentOutcomes(
      { policeCount: est(25, 4.9, 4) },
      { policeCount: est(16, 3.92, 4) },
    )[0]!;
    expect(fell.change.margin).toBeCloseTo(6.275062, 5);
    expect(fell.verdict).toBe('improved');
    // 85 cases: 21.25 ± 4.517577; the change −3.75 within 6.664721.
    const little = assessmentOutcomes(
      { policeCount: est(25, 4.9, 4) },
      { policeCount: est(21.25, 4.517577, 4) },
    )[0]!;
    expect(little.change.margin).toBeCloseTo(6.664721, 5);
    expect(little.verdict).toBe('noMeasurableChange');
    const rose = assessmentOutcomes(
      { policeCount: est(16, 3.92, 4) },
      { policeCount: est(25, 4.9, 4) },
    )[0]!;
    expect(rose.verdict).toBe('worsened');
  });

  it('a rise of feeling safe at night is an improvement; a measure missing at one time is left out', () => {
    const rows = assessmentOutcomes(
      { safeNight: est(2.5, 0.1, 400), trustPolice: est(3, 0.1, 400) },
      { safeNight: est(2.9, 0.1, 400) },
    );
    expect(rows.map((r) => [r.measure, r.verdict])).toEqual([['safeNight', 'improved']]);
  });

  it('estimates a study: the share naming the problem in percent and the means with their margins', () => {
    const estimates = surveyEstimates(
      [
        { problems: [{ code: 'market-theft' }], safeNight: 2, trustPolice: 4 },
        { problems: [{ code: 'burglary' }], safeNight: 4 },
        { problems: [], safeNight: 4 },
        { problems: [] },
      ],
      'market-theft',
    );
    // 1 of 4: 25 %, margin 196·√(0.25·0.75/4) = 42.435245 points.
    expect(estimates.problemShare!.value).toBe(25);
    expect(estimates.problemShare!.margin).toBeCloseTo(42.435245, 5);
    // Night: 2, 4, 4 → mean 10/3, s = √(4/3), margin 1.96·s/√3 = 1.306667.
    expect(estimates.safeNight!.value).toBeCloseTo(10 / 3, 10);
    expect(estimates.safeNight!.margin).toBeCloseTo(1.306667, 5);
    // One trust answer has no margin: left out. Without a problem code there is no share.
    expect(estimates.trustPolice).toBeUndefined();
    expect(
      surveyEstimates([{ problems: [{ code: 'x' }] }], undefined).problemShare,
    ).toBeUndefined();
  });

  it('counts police quarters, months only where their quarter has no quarterly figure', () => {
    const stats = [
      { period: '2024-Q4', problemCode: 'fraud', count: 50 },
      { period: '2025-Q1', problemCode: 'fraud', count: 10 },
      { period: '2025-Q2', problemCode: 'fraud', count: 12 },
      { period: '2025-04', problemCode: 'fraud', count: 5 },
      { period: '2025-07', problemCode: 'fraud', count: 3 },
      { period: '2025-08', problemCode: 'fraud', count: 4 },
      { period: '2025-Q1', problemCode: 'burglary', count: 99 },
    ];
    expect(policeQuarterCounts(stats, 'fraud', '2025-Q1', '2025-Q3')).toEqual([10, 12, 7]);
    // 29 cases in 3 quarters: 9.666667 a quarter ± 1.96·√29/3 = 3.518308.
    const estimate = policeEstimateIn(stats, 'fraud', '2025-Q1', '2025-Q3')!;
    expect(estimate.value).toBeCloseTo(9.666667, 5);
    expect(estimate.margin).toBeCloseTo(3.518308, 5);
    expect(estimate.n).toBe(3);
    expect(policeEstimateIn(stats, 'fraud', '2025-Q4', '2026-Q2')).toBeNull();
    expect(policeQuarterCounts(stats, 'burglary', '2024-Q1', '2025-Q4')).toEqual([99]);
  });

  it('a problem is resolved when a measure of its own improved and none worsened', () => {
    const row = (measure: OutcomeMeasure, verdict: OutcomeVerdict) => ({ measure, verdict });
    expect(
      problemResolved([row('problemShare', 'improved'), row('policeCount', 'noMeasurableChange')]),
    ).toBe(true);
    expect(problemResolved([row('policeCount', 'improved'), row('safeNight', 'worsened')])).toBe(
      false,
    );
    // Feeling safer at night concerns every priority: alone it resolves no problem.
    expect(
      problemResolved([row('safeNight', 'improved'), row('problemShare', 'noMeasurableChange')]),
    ).toBe(false);
    expect(problemResolved([])).toBe(false);
  });

  it('keeps a priority by its problem across versions, else by its title', () => {
    expect(priorityKey({ problemCode: 'fraud', title: { ru: 'Мошенничество' } })).toBe(
      'problem:fraud',
    );
    expect(priorityKey({ title: { ky: ' Жарык көчөлөр ' } })).toBe('title:Жарык көчөлөр');
  });
});
