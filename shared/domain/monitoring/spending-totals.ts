/*
 * What a plan series spent, summed per budget line, source, funder, cash or in kind, and the
 * calendar quarter of the spending date (issue 15 bench goal): kept beside the expenditures and
 * updated in the same transaction as each of their writes, so the monitoring and home screens
 * read one record instead of every expenditure.
 *
 * The screen's periods are whole quarters, half-years, years or the whole plan, so a cell stands
 * for its records exactly: `cellsAsSpending` gives each cell the first day of its quarter as its
 * date, and every figure of `executionAtoms` over a quarter-aligned period equals the one computed
 * from the records themselves (`quarterAligned` says when that holds).
 *
 * Stored by column (parallel arrays of primitives), which IndexedDB reads far faster than as many
 * small objects.
 */
import type { Source } from '../budget';
import { quarterDates, quarterOf } from './schedule';
import type { Period, SpendingRecord } from './spending';

/** The sums of a series, one cell per index of the three arrays, in key order. */
export interface SpendingCells {
  /** `lineKey|source|funderId or empty|1 in kind, 0 cash|YYYY-Qn of the date`. */
  keys: string[];
  amounts: number[];
  /** Records summed in the cell (a cell whose count falls to 0 is dropped). */
  counts: number[];
}

const SEPARATOR = '|';

/** The cell a spending record is summed in. */
export function cellKey(record: SpendingRecord): string {
  return [
    record.lineKey,
    record.source,
    record.funderId ?? '',
    record.inKind ? '1' : '0',
    quarterOf(record.date),
  ].join(SEPARATOR);
}

/** No spending. */
export function emptyCells(): SpendingCells {
  return { keys: [], amounts: [], counts: [] };
}

/**
 * The cells with `record` added (`sign` 1) or taken away (-1); a new object, the input untouched.
 * Taking away a record the cells do not hold is an error (the sums would no longer be sums).
 */
export function applyToCells(
  cells: SpendingCells,
  changes: readonly { record: SpendingRecord; sign: 1 | -1 }[],
): SpendingCells {
  const index = new Map(cells.keys.map((key, i) => [key, i]));
  const keys = [...cells.keys];
  const amounts = [...cells.amounts];
  const counts = [...cells.counts];
  for (const { record, sign } of changes) {
    const key = cellKey(record);
    let i = index.get(key);
    if (i === undefined) {
      if (sign < 0) throw new Error(`spending totals hold no record of ${key}`);
      i = keys.push(key) - 1;
      amounts.push(0);
      counts.push(0);
      index.set(key, i);
    }
    amounts[i]! += sign * record.amountTyiyn;
    counts[i]! += sign;
    if (counts[i]! < 0) throw new Error(`spending totals hold no record of ${key}`);
  }
  // In key order, so the same records give the same cells whatever order they came in.
  const out = emptyCells();
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  for (const i of order) {
    if (counts[i] === 0) continue;
    out.keys.push(keys[i]!);
    out.amounts.push(amounts[i]!);
    out.counts.push(counts[i]!);
  }
  return out;
}

/** The cells of a list of records (what a recomputation gives). */
export function spendingCells(records: readonly SpendingRecord[]): SpendingCells {
  return applyToCells(
    emptyCells(),
    records.map((record) => ({ record, sign: 1 as const })),
  );
}

/** The cells as spending records, one per cell, dated the first day of the cell's quarter. */
export function cellsAsSpending(cells: SpendingCells): SpendingRecord[] {
  return cells.keys.map((key, i) => {
    const [lineKey, source, funderId, inKind, quarter] = key.split(SEPARATOR) as [
      string,
      Source,
      string,
      string,
      string,
    ];
    return {
      lineKey,
      source,
      ...(funderId ? { funderId } : {}),
      inKind: inKind === '1',
      amountTyiyn: cells.amounts[i]!,
      date: quarterDates(quarter).start,
      count: cells.counts[i]!,
    };
  });
}

/** True when the period starts on a quarter's first day and ends on a quarter's last (or is open). */
export function quarterAligned(period: Period): boolean {
  const starts = !period.from || quarterDates(quarterOf(period.from)).start === period.from;
  const ends = !period.to || quarterDates(quarterOf(period.to)).end === period.to;
  return starts && ends;
}
