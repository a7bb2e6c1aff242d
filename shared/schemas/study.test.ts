/* The import's answers checker agrees with surveyAnswersSchema on every answer, valid or not. */
import { describe, expect, it } from 'vitest';
import { surveyAnswersSchema, type SurveyAnswers } from './study';
import { surveyAnswersChecker } from './survey-answers-checker';

const PLACE = '11111111-1111-4111-8111-111111111111';

/** Valid answers and answers with one thing wrong, the way a mapper bug or a bad row could give them. */
function cases(): unknown[] {
  const valid: SurveyAnswers[] = [
    { problems: [] },
    {
      respondentGroup: 'resident',
      gender: 'female',
      ageGroup: '18-29',
      placeId: PLACE,
      problems: [{ code: 'fraud', concern: 5 }, { code: 'market-theft' }],
      safeDay: 1,
      safeNight: 5,
      trustPolice: 3,
      victim: true,
      reported: false,
      comment: '  темно на улице  ',
    },
    { problems: [{ code: 'dark-streets', concern: 2 }], comment: 'x'.repeat(2000) },
  ];
  const broken: unknown[] = [
    { problems: [{ code: 'fraud', concern: 7 }] },
    { problems: [{ code: 'fraud', concern: 2.5 }] },
    { problems: [{ code: 'fraud', concern: '3' }] },
    { problems: [{ code: 'Fraud' }] },
    { problems: [{ code: 5 }] },
    { problems: [{ code: 'fraud' }, { code: 'fraud', concern: 2 }] },
    { problems: Array.from({ length: 41 }, (_, i) => ({ code: `p${i}x` })) },
    { problems: 'fraud' },
    { problems: [null] },
    {},
    { problems: [], gender: 'other' },
    { problems: [], ageGroup: '1829' },
    { problems: [], placeId: 'market' },
    { problems: [], safeDay: 0 },
    { problems: [], safeNight: '4' },
    { problems: [], trustPolice: 6 },
    { problems: [], victim: 'yes' },
    { problems: [], reported: 1 },
    { problems: [], comment: 'x'.repeat(2001) },
    { problems: [], comment: { text: 'a' } },
    { problems: [], respondentGroup: ['resident'] },
  ];
  return [...valid, ...broken, { ...valid[1], unknownField: 'dropped' }];
}

describe('surveyAnswersChecker', () => {
  it('accepts exactly what surveyAnswersSchema accepts and returns the same parsed answers', () => {
    const check = surveyAnswersChecker();
    // Twice over: the second pass answers from the checker's memory of values.
    for (const pass of [1, 2])
      for (const input of cases()) {
        const expected = surveyAnswersSchema.safeParse(input);
        const got = check(input as SurveyAnswers);
        if (expected.success)
          expect(got, `pass ${pass}: ${JSON.stringify(input)}`).toEqual(expected.data);
        else expect(got, `pass ${pass}: ${JSON.stringify(input)}`).toBeNull();
      }
  });

  it('gives every row its own problems list', () => {
    const check = surveyAnswersChecker();
    const a = check({ problems: [{ code: 'fraud' }] })!;
    const b = check({ problems: [{ code: 'fraud' }] })!;
    a.problems[0]!.concern = 3;
    expect(b.problems[0]).toEqual({ code: 'fraud' });
  });
});
