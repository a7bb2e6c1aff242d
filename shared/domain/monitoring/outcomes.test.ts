import { describe, expect, it } from 'vitest';
import { percentOfWay } from './indicators';
import {
  outcomeIndicators,
  parseOutcomeKey,
  policeEstimate,
  proposeOutcome,
  splitQuarters,
  splitStudies,
  studyEstimate,
  summariseSurvey,
} from './outcomes';

/** `named` of `n` respondents name the problem `code`; the rest name nothing. */
const responses = (n: number, named: number, code = 'burglary') =>
  Array.from({ length: n }, (_, i) => ({ problems: i < named ? [{ code }] : [] }));

const share = {
  key: 'problemShare:burglary',
  measure: 'problemShare',
  problemCode: 'burglary',
} as const;

describe('outcome indicators', () => {
  it('are the problems of the priorities, their police categories, safety at night and trust', () => {
    const keys = outcomeIndicators(['burglary', 'teen-suicide', 'burglary'], new Set(['burglary']));
    expect(keys.map((k) => k.key)).toEqual([
      'problemShare:burglary',
      'policeCount:burglary',
      'problemShare:teen-suicide',
      'safeNight',
      'trustPolice',
    ]);
    expect(parseOutcomeKey('policeCount:burglary')).toEqual({
      key: 'policeCount:burglary',
      measure: 'policeCount',
      problemCode: 'burglary',
    });
    expect(parseOutcomeKey('safeNight:burglary')).toBeNull();
    expect(parseOutcomeKey('problemShare')).toBeNull();
    expect(parseOutcomeKey('rainfall')).toBeNull();
  });

  it('gives a share in percent with its margin in points (N and 95 %)', () => {
    // 300 of 1,000: 1.96 × √(0.3 × 0.7 / 1000) = 1.96 × √0.00021 = 0.028403 → 2.8403 points
    const estimate = studyEstimate(summariseSurvey(responses(1000, 300)), share)!;
    expect(estimate.n).toBe(1000);
    expect(estimate.value).toBeCloseTo(30, 10);
    expect(estimate.margin).toBeCloseTo(2.8403, 4);
  });

  it('gives a mean of the 1–5 answers with its margin', () => {
    // 2, 3, 3, 4: mean 3, s² = (1 + 0 + 0 + 1) / 3 = 2/3, margin 1.96 × √(2/3) / √4 = 0.80017
    const answered = [2, 3, 3, 4].map((v) => ({ problems: [], safeNight: v, trustPolice: 5 - v }));
    // The fifth answered neither: a respondent, but in neither mean.
    const summary = summariseSurvey([...answered, { problems: [] }]);
    expect(summary.respondents).toBe(5);
    const night = studyEstimate(summary, { key: 'safeNight', measure: 'safeNight' })!;
    expect(night).toEqual({ value: 3, margin: expect.closeTo(0.80017, 5), n: 4 });
    expect(studyEstimate(summary, { key: 'trustPolice', measure: 'trustPolice' })!.value).toBe(2);
  });

  it('calls a falling share beyond the margin an improvement, and % of the way falls too', () => {
    // 30 % ± 2.8403 → 24 % ± 1.96 × √(0.24 × 0.76 / 1000) = 2.6471; √(2.8403² + 2.6471²) = 3.8826
    const before = studyEstimate(summariseSurvey(responses(1000, 300)), share);
    const after = studyEstimate(summariseSurvey(responses(1000, 240)), share);
    const proposal = proposeOutcome(share, before, after)!;
    expect(proposal.change.change).toBeCloseTo(-6, 10);
    expect(proposal.change.margin).toBeCloseTo(3.8826, 4);
    expect(proposal.verdict).toBe('improved');
    // Baseline 30 %, target 20 %: 24 % is 60 % of the way.
    expect(percentOfWay(30, 20, proposal.proposed.value)).toBeCloseTo(60, 10);
    // 27.5 %: a fall of 2.5 points, within the margin — no measurable change, not a result.
    const small = studyEstimate(summariseSurvey(responses(1000, 275)), share);
    expect(proposeOutcome(share, before, small)!.verdict).toBe('noMeasurableChange');
    // A rise beyond the margin is worse for a share naming a problem.
    const rise = studyEstimate(summariseSurvey(responses(1000, 360)), share);
    expect(proposeOutcome(share, before, rise)!.verdict).toBe('worsened');
    expect(proposeOutcome(share, null, after)).toBeNull();
  });

  it('gives police counts per quarter with a Poisson margin', () => {
    // 40, 44, 36, 40: 40 per quarter, 1.96 × √160 / 4 = 6.1981; 30, 34: 32, 1.96 × √64 / 2 = 7.84
    const before = policeEstimate([40, 44, 36, 40])!;
    expect(before).toEqual({ value: 40, margin: expect.closeTo(6.1981, 4), n: 4 });
    const after = policeEstimate([30, 34])!;
    expect(after).toEqual({ value: 32, margin: 7.84, n: 2 });
    // −8 within √(7.84² + 6.1981²) = 9.9941: no measurable change.
    const indicator = { key: 'policeCount:burglary', measure: 'policeCount' } as const;
    const proposal = proposeOutcome(indicator, before, after)!;
    expect(proposal.change.margin).toBeCloseTo(9.9941, 4);
    expect(proposal.verdict).toBe('noMeasurableChange');
    expect(policeEstimate([])).toBeNull();
  });

  it('picks the baseline quarters and study before the plan, and the later ones within it', () => {
    const quarters = ['2024-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2025-Q1', '2026-Q2', '2026-Q1'];
    expect(splitQuarters([...quarters, '2026-01'], 2026)).toEqual({
      before: ['2024-Q1', '2024-Q2', '2024-Q3', '2025-Q1'],
      after: ['2026-Q1', '2026-Q2'],
    });
    const spring = { periodFrom: '2025-03-01', periodTo: '2025-04-30' };
    const autumn = { periodFrom: '2024-10-01', periodTo: '2024-10-30' };
    const followUp = { periodFrom: '2026-05-15', periodTo: '2026-06-15' };
    const after = { periodFrom: '2028-03-01', periodTo: '2028-04-30' };
    expect(splitStudies([autumn, followUp, spring, after], 2026, 2027)).toEqual({
      baseline: spring,
      later: followUp,
    });
    expect(splitStudies([spring], 2026, 2027)).toEqual({ baseline: spring, later: undefined });
  });
});
