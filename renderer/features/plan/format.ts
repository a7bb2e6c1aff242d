/* Small text helpers of the plan screens: names in the UI language, money, timing. */
import type { TFunction } from 'i18next';
import { formatMoney, formatTiming } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { pickText, type LocalizedText } from '../../../shared/schemas/localized-text';
import type { Timing } from '../../../shared/schemas/plan';
import { isLanguage } from '../../../shared/languages';

/** The UI language as a Language. */
export function uiLanguage(language: string): Language {
  return isLanguage(language) ? language : 'ru';
}

/** LocalizedText in the UI language (falls back to another language). */
export function text(value: LocalizedText | undefined, lang: Language): string {
  return pickText(value, lang).text;
}

/** Money with the currency word. */
export function money(tyiyn: number, lang: Language): string {
  return formatMoney(tyiyn, lang);
}

/** Timing as `01.02.2026 – 31.03.2026` or `I кв. 2026 – II кв. 2026` (as on paper); empty when not set. */
export function timingText(timing: Timing | undefined, lang: Language): string {
  return formatTiming(timing, lang);
}

/** Translates an i18n error key from a ValidationError, or the generic message. */
export function errorMessage(t: TFunction, error: unknown): string {
  const issues = (error as { issues?: { message: string }[] }).issues;
  const key = issues?.[0]?.message;
  if (key && /^[a-zA-Z]+:[\w.]+$/.test(key)) return t(key);
  return t('errors:invalid');
}
