/* The questionnaire form's values, its schema, and the order the cursor walks through its fields. */
import { z } from 'zod';
import { surveyAnswersSchema, type SurveyAnswers } from '../../../shared/schemas/study';
import { parseProblemNumbers } from './problem-numbers';

/** The answers plus the problem numbers as typed (`9 14`), which the form turns into `problems`. */
export type QuestionnaireValues = SurveyAnswers & { problemsText: string };

/** The answers' schema, refusing problem numbers that are not on the list of `count` problems. */
export function questionnaireSchema(count: number) {
  return surveyAnswersSchema
    .extend({ problemsText: z.string() })
    .superRefine(({ problemsText }, ctx) => {
      const { error } = parseProblemNumbers(problemsText, count);
      if (error)
        ctx.addIssue({ code: 'custom', path: ['problemsText'], message: `study:${error}` });
    });
}

/** A field the cursor moves through, by its path in the form. */
export type QuestionKey =
  | 'respondentGroup'
  | 'gender'
  | 'ageGroup'
  | 'placeId'
  | 'problemsText'
  | `problems.${number}.concern`
  | 'safeDay'
  | 'safeNight'
  | 'trustPolice'
  | 'victim'
  | 'reported'
  | 'comment';

/** The fields in the order of the paper form; concerns follow the problems named, `reported` a victim. */
export function fieldOrder(answers: SurveyAnswers): QuestionKey[] {
  return [
    'respondentGroup',
    'gender',
    'ageGroup',
    'placeId',
    'problemsText',
    ...answers.problems.map((_, i) => `problems.${i}.concern` as const),
    'safeDay',
    'safeNight',
    'trustPolice',
    'victim',
    ...(answers.victim ? (['reported'] as const) : []),
    'comment',
  ];
}

/** The field after `from` (the comment at the end). */
export function nextField(from: QuestionKey, answers: SurveyAnswers): QuestionKey {
  const order = fieldOrder(answers);
  return order[order.indexOf(from) + 1] ?? 'comment';
}

/** The values of a questionnaire as the form holds them. */
export function questionnaireValues(
  answers: SurveyAnswers,
  codes: readonly string[],
): QuestionnaireValues {
  const problemsText = answers.problems.map((p) => codes.indexOf(p.code) + 1).join(' ');
  return { ...answers, comment: answers.comment ?? '', problemsText };
}
