import { describe, expect, it } from 'vitest';
import {
  addCriterion,
  apportion,
  defaultCriteria,
  normaliseWeights,
  setActive,
  setWeight,
  weightTotal,
  weightsConsistent,
  type Criterion,
} from './criteria';
import { rankByValue, rankProblems, type ProblemEvidence } from './scoring';
import {
  disagreements,
  isValidScore,
  scoreStats,
  scoredValues,
  type ScoreSheetLike,
} from './sheets';
import { sensitivity } from './sensitivity';
import { compareSnapshots, selectionProblem, takeSnapshot } from './snapshot';
import { evidenceFromIndicators } from './evidence';

const A: Criterion = {
  key: 'a',
  source: 'study-share',
  direction: 'higher',
  weight: 60,
  active: true,
};
const B: Criterion = { key: 'b', source: 'scored', direction: 'higher', weight: 40, active: true };
const ev = (code: string, share: number | null): ProblemEvidence => ({
  code,
  share,
  policeRate: null,
  policeTrend: null,
  complaints: null,
});
const byCode = (rows: { code: string; rank: number | null; score: number | null }[]) =>
  Object.fromEntries(rows.map((r) => [r.code, [r.rank, r.score]]));

describe('weights', () => {
  it('apportions whole points by largest remainder, ties to the earlier entry', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [0, 0])).toEqual([50, 50]);
    expect(apportion(7, [])).toEqual([]);
  });

  it('defaults sum to 100', () => {
    expect(weightTotal(defaultCriteria())).toBe(100);
    expect(weightsConsistent(defaultCriteria())).toBe(true);
  });

  it('moving one weight rebalances the others in proportion (hand-computed)', () => {
    const next = setWeight(defaultCriteria(), 'public-concern', 30);
    expect(next.map((c) => c.weight)).toEqual([30, 9, 4, 9, 17, 13, 9, 9]);
    expect(weightTotal(next)).toBe(100);
    // Out-of-range and fractional input is clamped and rounded; the sum holds.
    expect(weightTotal(setWeight(defaultCriteria(), 'cost', 140))).toBe(100);
    expect(setWeight(defaultCriteria(), 'cost', 140).find((c) => c.key === 'cost')!.weight).toBe(
      100,
    );
    expect(weightTotal(setWeight(defaultCriteria(), 'cost', -5.4))).toBe(100);
    expect(weightTotal(setWeight(defaultCriteria(), 'severity', 33.4))).toBe(100);
  });

  it('switching a criterion off gives its weight to the others; on takes an equal share', () => {
    const off = setActive(defaultCriteria(), 'cost', false);
    expect(off.map((c) => c.weight)).toEqual([22, 11, 6, 11, 22, 17, 11, 0]);
    const on = setActive(off, 'cost', true);
    expect(on.find((c) => c.key === 'cost')!.weight).toBe(13);
    expect(weightTotal(on)).toBe(100);
    // The last active criterion stays on and weighs 100.
    let one = [A, { ...B, active: false, weight: 0 }];
    one = setActive(one, 'a', false);
    expect(one[0]!.active).toBe(true);
    expect(setWeight(one, 'a', 30)[0]!.weight).toBe(100);
  });

  it('an added criterion starts at 0 and keeps the sum; any weights can be made consistent', () => {
    const added = addCriterion(defaultCriteria(), { ru: 'Поддержка жителей' });
    expect(added.at(-1)).toMatchObject({
      key: 'custom-1',
      weight: 0,
      active: true,
      source: 'scored',
    });
    expect(weightsConsistent(added)).toBe(true);
    const fixed = normaliseWeights([
      { ...A, weight: 30 },
      { ...B, weight: 30 },
    ]);
    expect(fixed.map((c) => c.weight)).toEqual([50, 50]);
    expect(weightsConsistent([{ ...A, weight: 30 }, B])).toBe(false);
  });
});

describe('ranking', () => {
  const scored = { p1: { b: 5 }, p2: { b: 1 }, p3: { b: 3 } };
  const problems = [ev('p1', 0.5), ev('p2', 0.3), ev('p3', 0.1)];

  it('min–max to 0–100, weighted sum (hand-computed)', () => {
    const ranking = rankProblems([A, B], problems, scored);
    expect(byCode(ranking.rows)).toEqual({ p1: [1, 100], p2: [2, 30], p3: [3, 20] });
    const p2 = ranking.rows[1]!;
    expect(p2.cells).toEqual([
      { key: 'a', raw: 0.3, normalised: 50, contribution: 30 },
      { key: 'b', raw: 1, normalised: 0, contribution: 0 },
    ]);
    expect(p2.coverage).toBe(100);
  });

  it('ties share a rank and keep input order; the next rank is skipped', () => {
    const ranking = rankProblems([A, B], [...problems, ev('p4', 0.1)], {
      ...scored,
      p3: { b: 4 },
      p4: { b: 1 },
    });
    // p3: 60·0 + 40·75 = 30 = p2: 60·50 + 40·0.
    expect(ranking.rows.map((r) => [r.code, r.rank, r.tied])).toEqual([
      ['p1', 1, false],
      ['p2', 2, true],
      ['p3', 2, true],
      ['p4', 4, false],
    ]);
  });

  it('a criterion with all equal values gives each problem 50', () => {
    const ranking = rankProblems([A, B], problems, { p1: { b: 3 }, p2: { b: 3 }, p3: { b: 3 } });
    expect(ranking.allEqual).toEqual(['b']);
    expect(byCode(ranking.rows)).toEqual({ p1: [1, 80], p2: [2, 50], p3: [3, 20] });
  });

  it('a switched-off criterion does not count', () => {
    const criteria = setActive([A, B], 'b', false);
    const ranking = rankProblems(criteria, problems, scored);
    expect(ranking.criteria.map((c) => c.key)).toEqual(['a']);
    expect(byCode(ranking.rows)).toEqual({ p1: [1, 100], p2: [2, 50], p3: [3, 0] });
  });

  it('cost: lower is better', () => {
    const cost: Criterion = { ...B, direction: 'lower' };
    const ranking = rankProblems([A, cost], problems, scored);
    // b inverted: p1 0, p2 100, p3 50 → p1 60, p2 70, p3 20.
    expect(byCode(ranking.rows)).toEqual({ p1: [2, 60], p2: [1, 70], p3: [3, 20] });
  });

  it('missing study data is "no data": the weight goes to the problem\'s other criteria, never zero', () => {
    const ranking = rankProblems([A, B], [ev('p1', 0.5), ev('p2', null), ev('p3', 0.1)], {
      p1: { b: 1 },
      p2: { b: 5 },
      p3: { b: 3 },
    });
    const p2 = ranking.rows.find((r) => r.code === 'p2')!;
    expect(p2).toMatchObject({ score: 100, rank: 1, coverage: 40, flagged: true, noData: ['a'] });
    expect(p2.cells[0]).toEqual({ key: 'a', raw: null, normalised: null, contribution: 0 });
    // Counted as zero it would have scored 40 and ranked 2nd.
    expect(byCode(ranking.rows)).toEqual({ p1: [2, 60], p2: [1, 100], p3: [3, 20] });
  });

  it('a problem with no data at all has no score and no rank, and comes last', () => {
    const ranking = rankProblems([A, B], [ev('p0', null), ...problems], scored);
    expect(ranking.rows.at(-1)).toMatchObject({ code: 'p0', score: null, rank: null, coverage: 0 });
  });

  it('ranks one stakeholder measure alone', () => {
    expect(
      rankByValue([
        { code: 'x', value: 3 },
        { code: 'y', value: null },
        { code: 'z', value: 7 },
      ]).map((r) => [r.code, r.rank]),
    ).toEqual([
      ['z', 1],
      ['x', 2],
      ['y', null],
    ]);
  });

  it('complaints are no data while the territory has none; real zeros once it has some', () => {
    const indicator = {
      code: 'x',
      respondents: 0,
      named: 0,
      share: null,
      meanConcern: null,
      policePeriod: null,
      policeCount: null,
      policePreviousCount: null,
      policeRate: null,
      policeTrend: null,
      complaints: 0,
    };
    expect(evidenceFromIndicators([indicator], false)[0]!.complaints).toBeNull();
    expect(evidenceFromIndicators([indicator], true)[0]!.complaints).toBe(0);
  });
});

describe('score sheets', () => {
  const sheets: ScoreSheetLike[] = [
    { kind: 'member' as const, scores: { p1: { severity: 5, vulnerable: 2 } } },
    {
      kind: 'member' as const,
      scores: { p1: { severity: 1, vulnerable: 3 }, p2: { severity: 0 } },
    },
    { kind: 'consensus' as const, scores: { p1: { vulnerable: 4 }, p2: { severity: 6 } } },
  ];

  it('refuses 0 and 6', () => {
    expect([0, 1, 5, 6, 2.5, Number.NaN].map(isValidScore)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('mean, spread, consensus first; invalid scores are ignored, missing stays missing', () => {
    const stats = scoreStats(sheets, ['p1', 'p2'], ['severity', 'vulnerable']);
    expect(stats[0]).toMatchObject({ n: 2, mean: 3, spread: 4, used: 3, usedFrom: 'mean' });
    expect(stats[1]).toMatchObject({ mean: 2.5, consensus: 4, used: 4, usedFrom: 'consensus' });
    expect(stats[2]).toMatchObject({ n: 0, mean: null, used: null, usedFrom: null });
    expect(scoredValues(stats)).toEqual({ p1: { severity: 3, vulnerable: 4 } });
    expect(disagreements(stats).map((s) => [s.code, s.key, s.spread])).toEqual([
      ['p1', 'severity', 4],
    ]);
  });
});

describe('sensitivity', () => {
  it('reports which ranks change when one weight moves by ±10 (hand-computed)', () => {
    const problems = [ev('p1', 0.5), ev('p2', 0.3), ev('p3', 0.1)];
    const rows = sensitivity([A, B], problems, { p1: { b: 5 }, p2: { b: 1 }, p3: { b: 3 } }, 2);
    const summary = rows.map((r) => [r.key, r.delta, r.weight, r.changes, r.entering]);
    expect(summary).toEqual([
      ['a', -10, 50, [{ code: 'p3', from: 3, to: 2 }], ['p3']],
      ['a', 10, 70, [], []],
      ['b', -10, 30, [], []],
      ['b', 10, 50, [{ code: 'p3', from: 3, to: 2 }], ['p3']],
    ]);
  });
});

describe('snapshots', () => {
  const input = {
    takenOn: '2026-11-26',
    criteria: [A, B],
    problems: [
      { code: 'p1', title: { ru: 'Один' }, evidence: ev('p1', 0.5) },
      { code: 'p2', title: { ru: 'Два' }, evidence: ev('p2', 0.3) },
    ],
    scored: { p1: { b: 5 }, p2: { b: 1 } },
    selected: ['p1'],
    decision: null,
  };

  it('is frozen deep down and does not follow the live objects', () => {
    const live = structuredClone(input);
    const snapshot = takeSnapshot(live);
    live.criteria[0]!.weight = 10;
    live.selected.push('p2');
    expect(snapshot.criteria[0]!.weight).toBe(60);
    expect(snapshot.selected).toEqual(['p1']);
    expect(() => {
      (snapshot.rows[0] as { rank: number }).rank = 9;
    }).toThrow(TypeError);
    expect(() => (snapshot.selected as string[]).push('p2')).toThrow(TypeError);
    expect(snapshot.rows.map((r) => r.code)).toEqual(['p1', 'p2']);
  });

  it('compares weights, ranks and selection', () => {
    const before = takeSnapshot(input);
    const after = takeSnapshot({
      ...input,
      criteria: setWeight([A, B], 'b', 100),
      scored: { p1: { b: 1 }, p2: { b: 5 } },
      selected: ['p2'],
    });
    const diff = compareSnapshots(before, after);
    expect(diff.weights).toEqual([
      { key: 'a', before: 60, after: 0 },
      { key: 'b', before: 40, after: 100 },
    ]);
    expect(diff.ranks).toEqual([
      { code: 'p2', before: 2, after: 1, moved: 1 },
      { code: 'p1', before: 1, after: 2, moved: -1 },
    ]);
    expect([diff.added, diff.removed, diff.kept]).toEqual([['p2'], ['p1'], []]);
  });

  it('a decision needs 4–7 priorities', () => {
    expect(selectionProblem(['a', 'b', 'c'])).toBe('priorities:errors.tooFewSelected');
    expect(selectionProblem(['a', 'b', 'c', 'd'])).toBeNull();
    expect(selectionProblem('abcdefgh'.split(''))).toBe('priorities:errors.tooManySelected');
  });
});
