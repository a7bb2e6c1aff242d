/*
 * The figures of a report (issue 16), by the conventions of shared/domain/monitoring/spending.ts:
 * "budget" is a line's full plan (for a funder: its part of the line's source), "in the period" is
 * what was spent between the period's first and last day, "cumulative" what was spent from the
 * start up to the period's last day, and the variance compares the cumulative figure with the
 * budget.
 *
 * The variance rule of reports: a variance over 10 % of the budget (or spending where nothing was
 * budgeted) must be explained when the line is overspent, or when the line's budget year is over
 * by the period's last day (a line whose year is still running is not yet short of its plan).
 */
import type { Source } from '../budget';
import {
  executionAtoms,
  needsExplanation,
  type ExecutionFigures,
  type PlannedLine,
  type SpendingRecord,
} from '../monitoring/spending';
import { periodDates } from './period';

/** True when a line's variance at the period's end needs a written explanation. */
export function explanationDue(
  figures: Pick<ExecutionFigures, 'planned' | 'cumulative'>,
  lineYear: number,
  periodEnd: string,
): boolean {
  // needsExplanation reads the budget and the cumulative figure only.
  if (!needsExplanation(figures as ExecutionFigures)) return false;
  return figures.cumulative > figures.planned || `${lineYear}-12-31` <= periodEnd;
}

/** Cumulative minus budget, and that as a share of the budget (null without a budget). */
export function variance(figures: Pick<ExecutionFigures, 'planned' | 'cumulative'>): {
  amount: number;
  share: number | null;
} {
  const amount = figures.cumulative - figures.planned;
  return { amount, share: figures.planned > 0 ? amount / figures.planned : null };
}

/** An explanation of a line's (and source's) variance, as recorded in monitoring. */
export interface ExplanationRef {
  lineKey: string;
  source: Source;
  text: string;
}

/** One line × source of one funder, with its figures for the report's period. */
export interface FunderLine {
  lineKey: string;
  source: Source;
  year: number;
  planned: number;
  spent: number;
  cumulative: number;
  variance: number;
  /** variance / planned; null when nothing was planned. */
  varianceShare: number | null;
  /** The variance needs an explanation (see the rule above). */
  due: boolean;
  explanation?: string;
}

/** The lines a funder finances (its part of each), with the period's figures, in line order. */
export function funderLines(
  lines: readonly PlannedLine[],
  spending: readonly SpendingRecord[],
  funderId: string,
  period: string,
  explanations: readonly ExplanationRef[],
): FunderLine[] {
  const dates = periodDates(period);
  const atoms = executionAtoms(lines, spending, dates).filter((a) => a.funderId === funderId);
  const text = new Map(explanations.map((e) => [`${e.lineKey}|${e.source}`, e.text]));
  return atoms
    .filter((a) => a.figures.planned > 0 || a.figures.cumulative > 0)
    .map((a) => {
      const { planned, spent, cumulative } = a.figures;
      const v = variance(a.figures);
      return {
        lineKey: a.line.key,
        source: a.source,
        year: a.line.year,
        planned,
        spent,
        cumulative,
        variance: v.amount,
        varianceShare: v.share,
        due: explanationDue(a.figures, a.line.year, dates.to),
        explanation: text.get(`${a.line.key}|${a.source}`),
      };
    });
}

/** The sums of a funder's lines. */
export function funderTotals(rows: readonly FunderLine[]): {
  planned: number;
  spent: number;
  cumulative: number;
  variance: number;
} {
  const sum = (pick: (r: FunderLine) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    planned: sum((r) => r.planned),
    spent: sum((r) => r.spent),
    cumulative: sum((r) => r.cumulative),
    variance: sum((r) => r.variance),
  };
}

/** The lines whose variance needs an explanation that is not written yet. */
export function missingExplanations(rows: readonly FunderLine[]): FunderLine[] {
  return rows.filter((r) => r.due && !r.explanation?.trim());
}
