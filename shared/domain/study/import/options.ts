/*
 * What an answer value means, whatever the form's author wrote: a gender, an age band, a
 * respondent group, yes/no, a 1–5 score. Used on a form's choices (names and labels) and on the
 * distinct values of a column, so that values identify a column whatever its header.
 */
import {
  AGE_GROUPS,
  type AgeGroup,
  type Gender,
  type RespondentGroup,
} from '../../../schemas/study';
import { CHOICE_VALUES, normalize, OPTION_SYNONYMS, parseYesNo } from './fields';
import { fold } from './text-match';

type ChoiceField = keyof typeof OPTION_SYNONYMS;

function bySynonym(field: ChoiceField, text: string): string | undefined {
  const words = fold(text)
    .split(' ')
    .filter((w) => w.length >= 3);
  const candidates = [normalize(text), ...words.map(normalize)];
  for (const key of candidates)
    for (const option of CHOICE_VALUES[field] as readonly string[])
      if (key && (key === normalize(option) || OPTION_SYNONYMS[field][option]?.includes(key)))
        return option;
  return undefined;
}

export const genderOf = (text: string) => bySynonym('gender', text) as Gender | undefined;
export const groupOf = (text: string) =>
  bySynonym('respondentGroup', text) as RespondentGroup | undefined;

const BAND_STARTS: [number, AgeGroup][] = [
  [18, '18-29'],
  [30, '30-44'],
  [45, '45-59'],
  [60, '60-plus'],
];

/** An age band from `18_29`, 1829, «18–29 лет», «до 18», «60 и старше», `60_plus`. */
export function ageOf(text: string): AgeGroup | undefined {
  const key = normalize(text);
  for (const option of AGE_GROUPS)
    if (key === normalize(option) || OPTION_SYNONYMS.ageGroup[option]?.includes(key)) return option;
  const numbers = (fold(text).match(/\d+/g) ?? []).map(Number);
  if (numbers.length === 2 && numbers[0]! < numbers[1]!) {
    if (numbers[1]! <= 18) return 'under-18';
    return BAND_STARTS.find(([from]) => from === numbers[0])?.[1];
  }
  if (numbers.length === 1) {
    const n = numbers[0]!;
    if (n <= 18 && /до|млад|under|less|чейин|кичи|лт/.test(fold(text))) return 'under-18';
    if (n >= 60 && /стар|стар|боле|plus|over|жогор|андан|ашык|\+/.test(`${fold(text)}${text}`))
      return '60-plus';
  }
  return undefined;
}

/** Yes/no from «Да», «Да, согласен(на)», «Ооба», `yes`, 1/0. */
export function yesNoOf(text: string): boolean | undefined {
  return parseYesNo(text) ?? parseYesNo(fold(text).split(' ')[0] ?? '');
}

/** A 1–5 score from a choice name `3` or a label «3 – скорее безопасно». */
export function scaleOf(text: string): number | undefined {
  const m = /^\s*([1-5])(?:\D|$)/.exec(text);
  return m ? Number(m[1]) : undefined;
}
