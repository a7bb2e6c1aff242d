/*
 * Reading numbers the way office people type them: money (`1 234,50 сом`), quantities (`2,5`) and
 * quarters (`II кв. 2026`, `2026-ж. II чейрек`, `Q2 2026`). Each reader says why it refuses, so a
 * form can tell the clerk what to fix. The counterpart formatters are in format.ts.
 */

/** Why a typed amount was refused. */
export type AmountProblem = 'empty' | 'format' | 'decimals' | 'negative' | 'tooLarge';

export type AmountReading = { ok: true; value: number } | { ok: false; problem: AmountProblem };

interface AmountOptions {
  /** Digits allowed after the decimal mark. */
  decimals: number;
  /** The largest value accepted, in the smallest unit. */
  max?: number;
  allowNegative?: boolean;
  /** Words that may follow the number (a currency), matched case-insensitively. */
  suffixes?: readonly string[];
}

const SPACES = /[\s\u00a0\u202f]/g;
/** Digits grouped by threes with spaces (`1 234 567`), or plain digits. */
const WHOLE = /^(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)$/;

/** Reads a decimal typed with a comma or a dot into an integer of `10^decimals` units. */
export function readAmount(text: string, options: AmountOptions): AmountReading {
  let rest = text.trim();
  for (const suffix of options.suffixes ?? []) {
    const lower = rest.toLowerCase();
    if (lower.endsWith(suffix)) {
      rest = rest.slice(0, rest.length - suffix.length).trim();
      break;
    }
  }
  if (rest === '') return { ok: false, problem: 'empty' };
  let negative = false;
  if (/^[-−]/.test(rest)) {
    negative = true;
    rest = rest.slice(1).trim();
  }
  const marks = rest.match(/[.,]/g) ?? [];
  if (marks.length > 1) return { ok: false, problem: 'format' };
  const [whole = '', fraction] = rest.split(/[.,]/);
  if (!WHOLE.test(whole) || (fraction !== undefined && !/^\d+$/.test(fraction)))
    return { ok: false, problem: 'format' };
  if (negative && !options.allowNegative) return { ok: false, problem: 'negative' };
  if ((fraction?.length ?? 0) > options.decimals) return { ok: false, problem: 'decimals' };
  const units =
    Number(whole.replace(SPACES, '')) * 10 ** options.decimals +
    Number((fraction ?? '').padEnd(options.decimals, '0'));
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(units) || units > max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: negative ? -units : units };
}

/**
 * What a schema sees for a refused entry, so that its own message (in the clerk's language) names
 * the problem: negative → −1, too many decimals → a fraction, too large → beyond any maximum,
 * anything else → NaN; `empty` for nothing typed.
 */
export function amountValue(reading: AmountReading, empty: number): number {
  if (reading.ok) return reading.value;
  switch (reading.problem) {
    case 'empty':
      return empty;
    case 'negative':
      return -1;
    case 'decimals':
      return 0.5;
    case 'tooLarge':
      return Number.MAX_SAFE_INTEGER;
    default:
      return Number.NaN;
  }
}

/** Money typed in som (`1 234,50`, `1 234,50 сом`, `1234.50`, `1 234`) as integer tyiyn. */
export function readMoney(
  text: string,
  options: { max?: number; allowNegative?: boolean } = {},
): AmountReading {
  return readAmount(text, { ...options, decimals: 2, suffixes: ['сом', 'som', 'с.'] });
}

/** A quantity (`2,5`, `1 000`, `0.125`) as integer thousandths. */
export function readQuantity(text: string, options: { max?: number } = {}): AmountReading {
  return readAmount(text, { ...options, decimals: 3 });
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarterNumber(text: string): number | null {
  const lower = text.toLowerCase();
  const n = ROMAN[lower] ?? (/^[1-4]$/.test(lower) ? Number(lower) : null);
  return n ?? null;
}

// Year and quarter in each written form; `q` is the quarter (roman or arabic), `y` the year.
const QUARTER_FORMS: readonly RegExp[] = [
  /^(?<y>\d{4})\s*-?\s*q\s*(?<q>[1-4])$/i, // 2026-Q2, 2026 Q2
  /^q\s*(?<q>[1-4])\s*[-/ ]?\s*(?<y>\d{4})$/i, // Q2 2026
  /^(?<q>[ivx]+|\d)\s*-?\s*(?:кв\.?|квартал)\s*(?<y>\d{4})(?:\s*г\.?)?$/i, // II кв. 2026, 2 кв. 2026
  /^(?<y>\d{4})\s*-?\s*(?:ж\.?|жыл(?:дын)?)\s*(?<q>[ivx]+|\d)\s*-?\s*чейрек(?:и)?$/i, // 2026-ж. II чейрек
];

/** A quarter typed in ru, ky or en (`II кв. 2026`, `2026-ж. II чейрек`, `Q2 2026`, `2026-Q2`) as `2026-Q2`. */
export function parseQuarter(text: string): string | null {
  const compact = text.replace(SPACES, ' ').trim();
  for (const form of QUARTER_FORMS) {
    const groups = form.exec(compact)?.groups;
    if (!groups) continue;
    const quarter = quarterNumber(groups.q!);
    if (quarter === null) return null;
    return `${groups.y}-Q${quarter}`;
  }
  return null;
}
