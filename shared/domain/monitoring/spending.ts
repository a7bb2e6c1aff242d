/*
 * Planned vs actual spending of an approved plan (issue 15, "Expenditures"). Everything is built
 * from "atoms": one budget line × source × funder, holding what was planned and what was spent.
 * Any breakdown (line, activity, priority, source, funder, year, classification code) is a sum of
 * atoms under a key, so all breakdowns agree with each other to the tyiyn.
 *
 * Conventions, stated on screen and in reports:
 * - planned is a line's full share per source; "spent" is what was spent within the chosen period,
 *   "cumulative" what was spent from the start up to the period's end; realised % compares the
 *   cumulative figure with the plan;
 * - in kind (residents' planned contributions, business and residents' recorded ones) is kept apart
 *   from cash in every figure and counted in the totals;
 * - a source shared by several funders on one line is planned in equal parts per funder (the
 *   budget does not say more); a spending record without a funder on such a source counts as
 *   "no funder named" (funderId null).
 */
import type { Source } from '../budget';

/** A budget line as far as execution is concerned. */
export interface PlannedLine {
  /** The line's identity across plan versions. */
  key: string;
  year: number;
  classificationCode?: string;
  shares: Record<Source, number>;
  funderIds: Record<Source, string[]>;
  residentsInKind: boolean;
}

/** One spending record (cash or in kind). */
export interface SpendingRecord {
  lineKey: string;
  source: Source;
  funderId?: string;
  inKind: boolean;
  amountTyiyn: number;
  date: string;
  /** How many records this one sums (spending totals, ./spending-totals); 1 when absent. */
  count?: number;
}

/** Dates inclusive, `YYYY-MM-DD`; an open end is unbounded. */
export interface Period {
  from?: string;
  to?: string;
}

/** Planned, spent in the period and spent cumulatively, each with its in-kind part. */
export interface ExecutionFigures {
  planned: number;
  plannedInKind: number;
  spent: number;
  spentInKind: number;
  cumulative: number;
  cumulativeInKind: number;
}

/** One line × source × funder with its figures. */
export interface ExecutionAtom {
  line: PlannedLine;
  source: Source;
  funderId: string | null;
  figures: ExecutionFigures;
}

/** Zero figures. */
export function zeroFigures(): ExecutionFigures {
  return {
    planned: 0,
    plannedInKind: 0,
    spent: 0,
    spentInKind: 0,
    cumulative: 0,
    cumulativeInKind: 0,
  };
}

/** The sum of two sets of figures. */
export function addFigures(a: ExecutionFigures, b: ExecutionFigures): ExecutionFigures {
  return {
    planned: a.planned + b.planned,
    plannedInKind: a.plannedInKind + b.plannedInKind,
    spent: a.spent + b.spent,
    spentInKind: a.spentInKind + b.spentInKind,
    cumulative: a.cumulative + b.cumulative,
    cumulativeInKind: a.cumulativeInKind + b.cumulativeInKind,
  };
}

/** Splits an amount into `parts` integer parts that differ by at most one tyiyn, larger first. */
export function equalParts(amount: number, parts: number): number[] {
  const base = Math.floor(amount / parts);
  const rest = amount - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < rest ? 1 : 0));
}

/** The atoms of a plan: planned per line, source and funder, plus what the records spent. */
export function executionAtoms(
  lines: readonly PlannedLine[],
  spending: readonly SpendingRecord[],
  period: Period = {},
): ExecutionAtom[] {
  const atoms = new Map<string, ExecutionAtom>();
  const byKey = new Map(lines.map((line) => [line.key, line]));
  const atom = (line: PlannedLine, source: Source, funderId: string | null) => {
    const id = `${line.key}\u0000${source}\u0000${funderId ?? ''}`;
    let found = atoms.get(id);
    if (!found) {
      found = { line, source, funderId, figures: zeroFigures() };
      atoms.set(id, found);
    }
    return found;
  };
  for (const line of lines) {
    for (const source of Object.keys(line.shares) as Source[]) {
      const share = line.shares[source];
      const funders = line.funderIds[source];
      const inKind = source === 'residents' && line.residentsInKind;
      const parts = funders.length ? equalParts(share, funders.length) : [share];
      parts.forEach((part, i) => {
        const figures = atom(line, source, funders[i] ?? null).figures;
        figures.planned += part;
        if (inKind) figures.plannedInKind += part;
      });
    }
  }
  for (const record of spending) {
    const line = byKey.get(record.lineKey);
    if (!line) continue;
    if (period.to && record.date > period.to) continue;
    const figures = atom(line, record.source, recordFunder(line, record)).figures;
    figures.cumulative += record.amountTyiyn;
    if (record.inKind) figures.cumulativeInKind += record.amountTyiyn;
    if (!period.from || record.date >= period.from) {
      figures.spent += record.amountTyiyn;
      if (record.inKind) figures.spentInKind += record.amountTyiyn;
    }
  }
  return [...atoms.values()];
}

/** The funder a record counts for: its own, else the line's only funder for that source. */
export function recordFunder(line: PlannedLine, record: SpendingRecord): string | null {
  const funders = line.funderIds[record.source];
  return record.funderId ?? (funders.length === 1 ? funders[0]! : null);
}

/** Figures summed under a key, in first-seen order. */
export function executionBy<T extends { figures: ExecutionFigures }, K>(
  atoms: readonly T[],
  key: (atom: T) => K,
): Map<K, ExecutionFigures> {
  const out = new Map<K, ExecutionFigures>();
  for (const a of atoms) {
    const k = key(a);
    out.set(k, addFigures(out.get(k) ?? zeroFigures(), a.figures));
  }
  return out;
}

/** All atoms' figures summed. */
export function executionTotal(atoms: readonly ExecutionAtom[]): ExecutionFigures {
  return atoms.reduce((sum, a) => addFigures(sum, a.figures), zeroFigures());
}

/** Cumulative spending as a share of the plan (0..n), null when nothing was planned. */
export function realised(figures: ExecutionFigures): number | null {
  return figures.planned > 0 ? figures.cumulative / figures.planned : null;
}

/** Spent beyond the plan (allowed, never silent). */
export function overspent(figures: ExecutionFigures): boolean {
  return figures.cumulative > figures.planned;
}

/** The variance threshold above which reports need an explanation: 10 % of the plan. */
export const VARIANCE_THRESHOLD_PERCENT = 10;

/**
 * True when cumulative spending differs from the plan by more than 10 % of it (exact, in
 * integers), or when something was spent where nothing was planned.
 */
export function needsExplanation(figures: ExecutionFigures): boolean {
  const difference = Math.abs(figures.cumulative - figures.planned);
  if (figures.planned === 0) return figures.cumulative > 0;
  return difference * 100 > figures.planned * VARIANCE_THRESHOLD_PERCENT;
}
