/*
 * One formatting module for numbers, money and dates (architecture A10). Chromium has no Kyrgyz
 * number or date data, so grouping and month names are done here, identically in Node and Chromium:
 * thousands separated by a no-break space (U+00A0), a decimal comma for ru and ky.
 */
import type { Language } from './languages';

export const NBSP = '\u00a0';

const MONTHS_RU_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** Kyrgyz month names (the official Russian-derived ones) in the possessive form used in dates. */
const MONTHS_KY_POSSESSIVE = [
  'январы',
  'февралы',
  'марты',
  'апрели',
  'майы',
  'июну',
  'июлу',
  'августу',
  'сентябры',
  'октябры',
  'ноябры',
  'декабры',
];
/** Kyrgyz month names in the nominative, as in calendars and tables. */
export const MONTHS_KY = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

function decimalMark(lang: Language): string {
  return lang === 'en' ? '.' : ',';
}

/** Formats an integer count of tyiyn as som with two decimals: `1 234 567,50` (no currency). */
export function formatTyiyn(tyiyn: number, lang: Language): string {
  if (!Number.isSafeInteger(tyiyn))
    throw new RangeError(`Money must be an integer of tyiyn: ${tyiyn}`);
  const negative = tyiyn < 0;
  const abs = Math.abs(tyiyn);
  const som = Math.floor(abs / 100);
  const rest = abs % 100;
  const text = `${groupDigits(String(som))}${decimalMark(lang)}${String(rest).padStart(2, '0')}`;
  return negative ? `−${text}` : text;
}

/** Formats money with its currency word: `1 234 567,50 сом`. */
export function formatMoney(tyiyn: number, lang: Language): string {
  const currency = lang === 'en' ? 'som' : 'сом';
  return `${formatTyiyn(tyiyn, lang)}${NBSP}${currency}`;
}

/** Formats a number with grouping and at most `maxFractionDigits` decimals. */
export function formatNumber(value: number, lang: Language, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const text = groupDigits(whole) + (trimmed ? decimalMark(lang) + trimmed : '');
  return negative && text !== '0' ? `−${text}` : text;
}

/** Formats a share in 0..1 as a percentage: `12,5 %` (ru/ky) or `12.5%` (en). */
export function formatPercent(share: number, lang: Language, maxFractionDigits = 1): string {
  const number = formatNumber(share * 100, lang, maxFractionDigits);
  return lang === 'en' ? `${number}%` : `${number}${NBSP}%`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-31). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2026-11-26` → `26.11.2026`; an invalid value is returned unchanged. */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** A date in words: `26 ноября 2026 г.`, `2026-жылдын 26-ноябры`, `26 November 2026`. */
export function formatDateLong(iso: string, lang: Language): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const year = match[1];
  const monthIndex = Number(match[2]) - 1;
  const day = Number(match[3]);
  if (lang === 'ky') return `${year}-жылдын ${day}-${MONTHS_KY_POSSESSIVE[monthIndex]}`;
  if (lang === 'en') return `${day} ${MONTHS_EN[monthIndex]} ${year}`;
  return `${day} ${MONTHS_RU_GENITIVE[monthIndex]} ${year} г.`;
}

/** Parses `dd.mm.yyyy` (also `d.m.yyyy`) into `YYYY-MM-DD`; null for anything that is not a real date. */
export function parseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The calendar date of an instant in the PC's local time zone (never `toISOString`, which is UTC). */
export function localDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Today in the PC's local time zone, as `YYYY-MM-DD`. */
export function today(): string {
  return localDate(new Date());
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** A stored quarter `2026-Q2` in words: `II кв. 2026`, `2026-ж. II чейрек`, `Q2 2026`; anything else unchanged. */
export function formatQuarter(quarter: string, lang: Language): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  const [year, n] = [match[1]!, Number(match[2])];
  const roman = ROMAN_QUARTERS[n - 1]!;
  if (lang === 'ky') return `${year}-ж.${NBSP}${roman}${NBSP}чейрек`;
  if (lang === 'en') return `Q${n}${NBSP}${year}`;
  return `${roman}${NBSP}кв.${NBSP}${year}`;
}

/** When an activity runs, as on screen and paper: `01.02.2026 – 31.03.2026` or `I кв. 2026 – II кв. 2026`. */
export function formatTiming(
  timing: { kind: 'dates' | 'quarters'; start: string; end: string } | undefined,
  lang: Language,
): string {
  if (!timing) return '';
  const one = (value: string) =>
    timing.kind === 'dates' ? formatDate(value) : formatQuarter(value, lang);
  return timing.start === timing.end
    ? one(timing.start)
    : `${one(timing.start)} – ${one(timing.end)}`;
}

/** A plan's years as written on screen: «2026» for one year, «2026–2028» for several. */
export function yearSpan(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}
