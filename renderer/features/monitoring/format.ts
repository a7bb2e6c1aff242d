/* Small text helpers of the monitoring screens. */
import type { TFunction } from 'i18next';
import { formatMoney, formatPercent, formatQuarter } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import type { PeriodChoice } from './period';

/** A realised share (0..n) as a percentage, or a dash when nothing was planned. */
export function shareText(share: number | null, lang: Language): string {
  return share === null ? '—' : formatPercent(share, lang);
}

/** A percent (0–100) rounded to one decimal. */
export function percentText(percent: number | null, lang: Language): string {
  return percent === null ? '—' : formatPercent(percent / 100, lang);
}

/** Money with the currency word. */
export function moneyText(tyiyn: number, lang: Language): string {
  return formatMoney(tyiyn, lang);
}

/** The name of a chosen period in the language in use. */
export function periodName(choice: PeriodChoice, lang: Language, t: TFunction): string {
  switch (choice.kind) {
    case 'quarter':
      return formatQuarter(`${choice.year}-Q${choice.part}`, lang);
    case 'half':
      return t('monitoring:period.halfOf', { part: choice.part, year: choice.year });
    case 'year':
      return t('monitoring:period.yearOf', { year: choice.year });
    default:
      return t('monitoring:period.all');
  }
}
