/*
 * A fast validator for many survey answers in a row (an import), with the rules of
 * surveyAnswersSchema.
 */
import type { z } from 'zod';
import {
  namedProblemSchema,
  surveyAnswersSchema,
  type NamedProblem,
  type SurveyAnswers,
} from './study';

type ParsedAnswers = z.output<typeof surveyAnswersSchema>;
type Checked = { ok: true; value: unknown } | { ok: false };

/**
 * Validates many answers in a row (an import of thousands of questionnaires) with the rules of
 * surveyAnswersSchema at a fraction of its cost: each distinct value of a field goes through that
 * field's own schema once (answers repeat a handful of values), the problems list is checked as
 * the schema checks it (at most 40, each code once). Returns the parsed answers, or null when
 * something is not accepted: the caller then runs surveyAnswersSchema itself for its errors.
 */
export function surveyAnswersChecker(): (answers: SurveyAnswers) => ParsedAnswers | null {
  const shape = surveyAnswersSchema.shape;
  const seen = new Map<string, Map<unknown, Checked>>();
  const check = (field: string, schema: z.ZodType, key: unknown, input: unknown): Checked => {
    let values = seen.get(field);
    if (!values) seen.set(field, (values = new Map()));
    let checked = values.get(key);
    if (!checked) {
      const result = schema.safeParse(input);
      checked = result.success ? { ok: true, value: result.data } : { ok: false };
      if (values.size < 10_000) values.set(key, checked);
    }
    return checked;
  };
  return (answers) => {
    if (typeof answers !== 'object' || answers === null || !Array.isArray(answers.problems))
      return null;
    const list = answers.problems;
    if (list.length > 40) return null;
    const problems: ParsedAnswers['problems'] = [];
    const codes = new Set<string>();
    for (const item of list) {
      if (typeof item !== 'object' || item === null) return null;
      const checked = check(
        'problems',
        namedProblemSchema,
        `${typeof item.code}:${String(item.code)}\u0000${typeof item.concern}:${String(item.concern)}`,
        item,
      );
      if (!checked.ok) return null;
      const problem = checked.value as NamedProblem;
      if (codes.has(problem.code)) return null;
      codes.add(problem.code);
      problems.push({ ...problem });
    }
    const out: Record<string, unknown> = { problems };
    for (const [field, value] of Object.entries(answers)) {
      if (field === 'problems' || !(field in shape)) continue;
      if (value === undefined) continue;
      if (typeof value === 'object' && value !== null) return null;
      const schema = shape[field as keyof typeof shape] as z.ZodType;
      const checked = check(field, schema, `${typeof value}:${String(value)}`, value);
      if (!checked.ok) return null;
      if (checked.value !== undefined) out[field] = checked.value;
    }
    return out as ParsedAnswers;
  };
}
