import { describe, expect, it } from 'vitest';
import { carriedIntoNextCycle, nextBaseline, nextCyclePeriod, proposedDecision } from './cycle';

describe('closing a cycle', () => {
  it('proposes to stop a cancelled activity and to continue the others', () => {
    expect(proposedDecision('cancelled')).toBe('stop');
    expect(proposedDecision('done')).toBe('continue');
    expect(proposedDecision('delayed')).toBe('continue');
    expect(carriedIntoNextCycle('modify')).toBe(true);
    expect(carriedIntoNextCycle('stop')).toBe(false);
  });

  it('the next baseline is the latest measured value, by date then by entry', () => {
    const at = (date: string, createdAt: string, value: number) => ({ date, createdAt, value });
    expect(
      nextBaseline(40, [
        at('2026-06-30', '2026-07-01T08:00:00.000Z', 31),
        at('2027-06-30', '2027-07-01T08:00:00.000Z', 24),
        at('2027-06-30', '2027-07-02T08:00:00.000Z', 22),
        at('2027-03-31', '2027-08-01T08:00:00.000Z', 27),
      ]),
    ).toBe(22);
    expect(nextBaseline(40, [])).toBe(40);
    expect(nextBaseline(undefined, [])).toBeUndefined();
  });

  it('the next period is as long and starts the year after', () => {
    expect(nextCyclePeriod({ startYear: 2026, endYear: 2027 })).toEqual({
      startYear: 2028,
      endYear: 2029,
    });
  });
});
