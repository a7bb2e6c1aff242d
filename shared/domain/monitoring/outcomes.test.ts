import { describe, expect, it } from 'vitest';
import { priorityKey } from './assessment';
import {
  countEstimate,
  outcomeRows,
  policeCountIn,
  problemResolved,
  surveyEstimates,
  type OutcomeMeasure,
} from './outcomes';
import type { OutcomeVerdict } from './assessment';

/** A proportion estimate typed by hand: 1.96·√(p(1−p)/n). */
const share = (p: number, n: number, margin: number) => ({ value: p, margin, n });

describe('outcomes of a priority, before and after', () => {
  it('a fall of the share naming the problem beyond the margin is an improvement', () => {
    // 400 respondents each: 30 % → 20 %; margins 0.044909 and 0.0392; of the change 0.059611.
    const rows = outcomeRows(
      { problemShare: share(0.3, 400, 0.044909) },
      { problemShare: share(0.2, 400, 0.0392) },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.change.change).toBeCloseTo(-0.1, 10);
    expect(rows[0]!.change.margin).toBeCloseTo(0.059611, 5);
    expect(rows[0]!.verdict).toBe('improved');
    expect(rows[0]!.net).toEqual(rows[0]!.change);
  });

  it('against a comparison territory that fell almost as much, it is no measurable change', () => {
    // Comparison: 30 % → 22 % (margins 0.044909, 0.040596): net −0.02 within a margin of 0.084961.
    const rows = outcomeRows(
      { problemShare: share(0.3, 400, 0.044909) },
      { problemShare: share(0.2, 400, 0.0392) },
      {
        before: { problemShare: share(0.3, 400, 0.044909) },
        after: { problemShare: share(0.22, 400, 0.040596) },
      },
    );
    expect(rows[0]!.comparison!.change).toBeCloseTo(-0.08, 10);
    expect(rows[0]!.net.change).toBeCloseTo(-0.02, 10);
    expect(rows[0]!.net.margin).toBeCloseTo(0.084961, 5);
    expect(rows[0]!.verdict).toBe('noMeasurableChange');
  });

  it('police counts: 100 → 64 offences is a measurable fall, 100 → 85 is not', () => {
    expect(countEstimate(100).margin).toBeCloseTo(19.6, 10);
    const fell = outcomeRows(
      { policeCount: countEstimate(100) },
      { policeCount: countEstimate(64) },
    )[0]!;
    // Margin of the change 1.96·√(100 + 64) = 25.100247.
    expect(fell.change.margin).toBeCloseTo(25.100247, 5);
    expect(fell.verdict).toBe('improved');
    const little = outcomeRows(
      { policeCount: countEstimate(100) },
      { policeCount: countEstimate(85) },
    )[0]!;
    expect(little.change.margin).toBeCloseTo(26.658882, 5);
    expect(little.verdict).toBe('noMeasurableChange');
    const rose = outcomeRows(
      { policeCount: countEstimate(64) },
      { policeCount: countEstimate(100) },
    )[0]!;
    expect(rose.verdict).toBe('worsened');
  });

  it('a rise of feeling safe at night is an improvement; a measure missing at one time is left out', () => {
    const rows = outcomeRows(
      {
        safeNight: { value: 2.5, margin: 0.1, n: 400 },
        trustPolice: { value: 3, margin: 0.1, n: 400 },
      },
      { safeNight: { value: 2.9, margin: 0.1, n: 400 } },
    );
    expect(rows.map((r) => [r.measure, r.verdict])).toEqual([['safeNight', 'improved']]);
  });

  it('estimates a study: the share naming the problem and the means with their margins', () => {
    const estimates = surveyEstimates(
      [
        { problems: [{ code: 'market-theft' }], safeNight: 2, trustPolice: 4 },
        { problems: [{ code: 'burglary' }], safeNight: 4 },
        { problems: [], safeNight: 4 },
        { problems: [] },
      ],
      'market-theft',
    );
    // 1 of 4: p = 0.25, margin 1.96·√(0.25·0.75/4) = 0.424352.
    expect(estimates.problemShare!.value).toBe(0.25);
    expect(estimates.problemShare!.margin).toBeCloseTo(0.424352, 5);
    // Night: 2, 4, 4 → mean 10/3, s = √(4/3), margin 1.96·s/√3 = 1.306667.
    expect(estimates.safeNight!.value).toBeCloseTo(10 / 3, 10);
    expect(estimates.safeNight!.margin).toBeCloseTo(1.306667, 5);
    // One trust answer has no margin: left out. Without a problem code there is no share.
    expect(estimates.trustPolice).toBeUndefined();
    expect(
      surveyEstimates([{ problems: [{ code: 'x' }] }], undefined).problemShare,
    ).toBeUndefined();
  });

  it('sums police quarters, months only where their quarter has no quarterly figure', () => {
    const stats = [
      { period: '2024-Q4', problemCode: 'fraud', count: 50 },
      { period: '2025-Q1', problemCode: 'fraud', count: 10 },
      { period: '2025-Q2', problemCode: 'fraud', count: 12 },
      { period: '2025-04', problemCode: 'fraud', count: 5 },
      { period: '2025-07', problemCode: 'fraud', count: 3 },
      { period: '2025-08', problemCode: 'fraud', count: 4 },
      { period: '2025-Q1', problemCode: 'burglary', count: 99 },
    ];
    expect(policeCountIn(stats, 'fraud', '2025-Q1', '2025-Q3')).toBe(29);
    expect(policeCountIn(stats, 'fraud', '2025-Q4', '2026-Q2')).toBeNull();
    expect(policeCountIn(stats, 'burglary', '2024-Q1', '2025-Q4')).toBe(99);
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
