/*
 * Report periods (issue 16): a year `2026`, a half-year `2026-H1` or a quarter `2026-Q2`, their
 * dates and quarters, and the periods of a plan. Dates are `YYYY-MM-DD`, inclusive; quarters are
 * the stored `YYYY-Qn` of shared/format.ts (formatQuarter) and shared/parse.ts (parseQuarter).
 */
import { quarterDates } from '../monitoring/schedule';

/** The kinds of report period, shortest first. */
export const REPORT_PERIOD_KINDS = ['quarter', 'half', 'year'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

/** A report period taken apart: `part` is the quarter (1–4) or half (1–2); 1 for a year. */
export interface ReportPeriodParts {
  kind: ReportPeriodKind;
  year: number;
  part: number;
}

const PATTERN = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/;

/** The parts of a stored period, or null when it is not one. */
export function periodParts(period: string): ReportPeriodParts | null {
  const match = PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const suffix = match[2];
  if (!suffix) return { kind: 'year', year, part: 1 };
  return { kind: suffix.startsWith('Q') ? 'quarter' : 'half', year, part: Number(suffix.slice(1)) };
}

/** True for a stored period (`2026`, `2026-H2`, `2026-Q3`). */
export function isReportPeriod(value: string): boolean {
  return periodParts(value) !== null;
}

/** The stored form of a period's parts. */
export function periodKey({ kind, year, part }: ReportPeriodParts): string {
  if (kind === 'year') return String(year);
  return `${year}-${kind === 'quarter' ? 'Q' : 'H'}${part}`;
}

/** The quarters a period covers, in order (`2026-H2` → `2026-Q3`, `2026-Q4`). */
export function periodQuarters(period: string): string[] {
  const parts = periodParts(period);
  if (!parts) throw new Error(`Not a report period: ${period}`);
  const { kind, year, part } = parts;
  const first = kind === 'quarter' ? part : kind === 'half' ? part * 2 - 1 : 1;
  const count = kind === 'quarter' ? 1 : kind === 'half' ? 2 : 4;
  return Array.from({ length: count }, (_, i) => `${year}-Q${first + i}`);
}

/** The first and last day of a period. */
export function periodDates(period: string): { from: string; to: string } {
  const quarters = periodQuarters(period);
  return { from: quarterDates(quarters[0]!).start, to: quarterDates(quarters.at(-1)!).end };
}

/** The quarters from the start of the period's year up to its end (what "per period" columns show). */
export function quartersToDate(period: string): string[] {
  const last = periodQuarters(period).at(-1)!;
  const year = last.slice(0, 4);
  return Array.from({ length: Number(last.slice(6)) }, (_, i) => `${year}-Q${i + 1}`);
}

/** Every period of a plan's years, kind by kind (quarters, then halves, then years). */
export function planPeriods(startYear: number, endYear: number): string[] {
  const out: string[] = [];
  for (const kind of REPORT_PERIOD_KINDS) {
    const parts = kind === 'quarter' ? 4 : kind === 'half' ? 2 : 1;
    for (let year = startYear; year <= endYear; year++)
      for (let part = 1; part <= parts; part++) out.push(periodKey({ kind, year, part }));
  }
  return out;
}

/** True when the period lies within the plan's years. */
export function periodInPlan(period: string, startYear: number, endYear: number): boolean {
  const parts = periodParts(period);
  return parts !== null && parts.year >= startYear && parts.year <= endYear;
}
