import type { SurveyAnswers } from '../../schemas/study';

/**
 * A response's answers as one string: two questionnaires with the same fingerprint are a likely
 * duplicate (the same paper typed twice). Order of the named problems does not matter.
 */
// The same order as `a.localeCompare(b)` (no locale, no options), built once: an import computes
// 50,000 fingerprints.
const collator = new Intl.Collator();

export function responseFingerprint(answers: SurveyAnswers): string {
  const problems = [...answers.problems]
    .sort((a, b) => collator.compare(a.code, b.code))
    .map((p) => `${p.code}:${p.concern ?? ''}`)
    .join(',');
  return [
    answers.respondentGroup,
    answers.gender,
    answers.ageGroup,
    answers.placeId,
    problems,
    answers.safeDay,
    answers.safeNight,
    answers.trustPolice,
    answers.victim,
    answers.reported,
    (answers.comment ?? '').trim().toLowerCase(),
  ]
    .map((v) => (v === undefined ? '' : String(v)))
    .join('|');
}
