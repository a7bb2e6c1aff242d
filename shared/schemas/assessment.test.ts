import { describe, expect, it } from 'vitest';
import { activityDecisionSchema, cycleAssessmentInputSchema, policeRanges } from './assessment';

const base = {
  implementation: 'partly',
  displacement: { places: true, times: false, targets: false, offences: false, note: 'На Ошский' },
  conclusion: 'Краж стало меньше',
};
const issuesOf = (value: unknown) => {
  const result = cycleAssessmentInputSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('assessment records', () => {
  it('takes police quarters as two complete, ordered, non-overlapping ranges; blanks are absent', () => {
    const parsed = cycleAssessmentInputSchema.parse({
      ...base,
      policeBeforeFrom: '2025-Q1',
      policeBeforeTo: '2025-Q4',
      policeAfterFrom: '',
      policeAfterTo: '',
    });
    expect(policeRanges(parsed)).toEqual({
      before: { from: '2025-Q1', to: '2025-Q4' },
      after: undefined,
    });
    expect(issuesOf({ ...base, policeBeforeFrom: '2025-Q1' })).toEqual([
      'policeBeforeTo: errors:required',
    ]);
    expect(issuesOf({ ...base, policeAfterFrom: '2026-Q3', policeAfterTo: '2026-Q1' })).toEqual([
      'policeAfterTo: assessment:errors.rangeOrder',
    ]);
    expect(
      issuesOf({
        ...base,
        ...{ policeBeforeFrom: '2025-Q1', policeBeforeTo: '2026-Q1' },
        ...{ policeAfterFrom: '2026-Q1', policeAfterTo: '2026-Q2' },
      }),
    ).toEqual(['policeAfterFrom: assessment:errors.policeOverlap']);
  });

  it('refuses the same study before and after, and an empty conclusion', () => {
    const id = crypto.randomUUID();
    expect(issuesOf({ ...base, beforeStudyId: id, afterStudyId: id, conclusion: '' })).toEqual([
      'conclusion: errors:required',
      'afterStudyId: assessment:errors.sameStudy',
    ]);
  });

  it('a decision to modify or stop needs its reason', () => {
    const activityKey = crypto.randomUUID();
    expect(activityDecisionSchema.safeParse({ activityKey, decision: 'continue' }).success).toBe(
      true,
    );
    expect(activityDecisionSchema.safeParse({ activityKey, decision: 'modify' }).success).toBe(
      false,
    );
  });
});
