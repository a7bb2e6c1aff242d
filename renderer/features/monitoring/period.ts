/* The period a monitoring screen shows: a quarter, a half-year, a year of the plan, or all of it. */
import type { Period } from '../../../shared/domain/monitoring/spending';

export const PERIOD_KINDS = ['quarter', 'half', 'year', 'all'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A chosen period: `part` is the quarter (1–4) or the half (1–2); ignored for a year or all. */
export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  part: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first and last day of a span of months (1-based, inclusive) of a year. */
function months(year: number, first: number, last: number): Required<Period> {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = last === 2 && leap ? 29 : LAST_DAY[last - 1]!;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** The dates of a chosen period (all: unbounded). */
export function periodRange(choice: PeriodChoice): Period {
  switch (choice.kind) {
    case 'quarter':
      return months(choice.year, choice.part * 3 - 2, choice.part * 3);
    case 'half':
      return months(choice.year, choice.part * 6 - 5, choice.part * 6);
    case 'year':
      return months(choice.year, 1, 12);
    default:
      return {};
  }
}

/** The periods of a kind within the plan's years, in order. */
export function periodsOf(kind: PeriodKind, startYear: number, endYear: number): PeriodChoice[] {
  if (kind === 'all') return [{ kind, year: startYear, part: 1 }];
  const parts = kind === 'quarter' ? 4 : kind === 'half' ? 2 : 1;
  const out: PeriodChoice[] = [];
  for (let year = startYear; year <= endYear; year++)
    for (let part = 1; part <= parts; part++) out.push({ kind, year, part });
  return out;
}
