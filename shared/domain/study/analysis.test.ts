import { describe, expect, it } from 'vitest';
import { A, ALL, B, CODES, R1, R2, R3, R4, R5 } from '../../../tests/fixtures/study-records';
import { crossTab, problemShares, safetyByPlace, sharesBy } from './analysis';
import { applyResponse, cubeFromResponses } from './cube';

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
