/*
 * An assessment's figures and findings in words, in one language (the screen's or a document's):
 * a measure's value (a share in percent, a mean, recorded cases per quarter), a change with its
 * margin, the verdict line — "no measurable change" when the change is within the margin, never
 * a result — and the displacement the working group noted. Used by the assessment screen and by
 * the council report, so both say the same thing.
 */
import type { AssessmentOutcome } from '../domain/monitoring/assessment-outcomes';
import { MEASURE_DECIMALS } from '../domain/monitoring/assessment-outcomes';
import type { Change } from '../domain/monitoring/indicators';
import type { OutcomeMeasure } from '../domain/monitoring/outcomes';
import { formatNumber } from '../format';
import type { DocumentLanguage, Language } from '../languages';
import type { Displacement } from '../schemas/assessment';
import { labelIn, languagesOf } from './labels';

/** The places the problem may have moved to, in the order they are shown. */
export const DISPLACEMENTS = ['places', 'times', 'targets', 'offences'] as const;

const NBSP = '\u00a0';

/** A measured value: a share in percent (`27,3 %`), a mean with two decimals, cases with one. */
export function measureValueText(measure: OutcomeMeasure, value: number, lang: Language): string {
  const number = formatNumber(value, lang, MEASURE_DECIMALS[measure]);
  if (measure !== 'problemShare') return number;
  return lang === 'en' ? `${number}%` : `${number}${NBSP}%`;
}

/** A change or margin: a share's in percentage points, the others in their own unit. */
export function measureDeltaText(
  measure: OutcomeMeasure,
  delta: number,
  lang: Language,
  signed = true,
): string {
  const sign = !signed ? '' : delta > 0 ? '+' : delta < 0 ? '−' : '';
  const number = `${sign}${formatNumber(Math.abs(delta), lang, MEASURE_DECIMALS[measure])}`;
  return measure === 'problemShare'
    ? labelIn(lang, 'assessment:units.points', { value: number })
    : number;
}

/** `−10 п.п. ± 6 п.п.` */
export function changeText(measure: OutcomeMeasure, change: Change, lang: Language): string {
  return `${measureDeltaText(measure, change.change, lang)} ± ${measureDeltaText(measure, change.margin, lang, false)}`;
}

/**
 * One outcome in a sentence: the measure, before → after, and the verdict of the (net) change —
 * within its margin "no measurable change" with the margin named, else the change and its sense.
 */
export function outcomeSentence(row: AssessmentOutcome, lang: Language): string {
  const vars = {
    measure: labelIn(lang, `assessment:measures.${row.measure}`),
    before: measureValueText(row.measure, row.before.value, lang),
    after: measureValueText(row.measure, row.after.value, lang),
    change: measureDeltaText(row.measure, row.net.change, lang),
    margin: measureDeltaText(row.measure, row.net.margin, lang, false),
    verdict: labelIn(lang, `assessment:verdict.${row.verdict}`),
  };
  const net = row.comparison ? 'Net' : '';
  const key = row.verdict === 'noMeasurableChange' ? `noChange${net}` : `changed${net}`;
  return labelIn(lang, `assessment:document.${key}`, vars);
}

/**
 * The displacement noted, in words (`в другие места, на другое время — note`), or "none noted";
 * in ky+ru the list in both languages, the note (typed once) after them.
 */
export function displacementText(displacement: Displacement, lang: DocumentLanguage): string {
  const listIn = (l: Language) => {
    const noted = DISPLACEMENTS.filter((d) => displacement[d]);
    if (!noted.length) return labelIn(l, 'assessment:displacement.none');
    return noted.map((d) => labelIn(l, `assessment:displacement.${d}`)).join(', ');
  };
  const list = [...new Set(languagesOf(lang).map(listIn))].join(' / ');
  return displacement.note ? `${list} — ${displacement.note}` : list;
}
