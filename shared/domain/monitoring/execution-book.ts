/*
 * What each cell of the execution workbook for finance totals (issue 16): the rows of planned vs
 * actual (one per budget line × source × funder, the atoms of spending.ts), the expenditure register
 * they are summed from, and the breakdowns by source, year, funder and — for the local budget, as
 * finance plans it — by year and classification code. All figures are the atoms' figures summed, so
 * every sheet agrees with the monitoring screen to the tyiyn. Funders get numbers (1, 2, … in the
 * register's order; 0 for "no funder named") so the spreadsheet can sum by a number, never by a
 * clerk-typed name.
 */
import { SOURCES, type Source } from '../budget';
import {
  addFigures,
  executionAtoms,
  executionBy,
  executionTotal,
  recordFunder,
  zeroFigures,
  type ExecutionFigures,
  type Period,
  type PlannedLine,
  type SpendingRecord,
} from './spending';

// Sorting thousands of records: `YYYY-MM-DD` dates order as plain strings, and one collator
// (what localeCompare uses) compares the codes without being set up again for every pair.
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCode = new Intl.Collator().compare;

/** A planned line with its number in the plan (1, 2, 3… in printed order). */
export interface NumberedLine extends PlannedLine {
  number: number;
}

/** One row of planned vs actual: a line, a source and a funder. */
export interface ExecutionRow {
  line: NumberedLine;
  source: Source;
  funderId: string | null;
  /** 0 for "no funder named". */
  funderNumber: number;
  figures: ExecutionFigures;
}

/** One expenditure in the register, with the line and funder it counts for. */
export interface RegisterRow<R> {
  record: R;
  line: NumberedLine;
  funderId: string | null;
  funderNumber: number;
}

export interface FunderFigures {
  funderId: string | null;
  number: number;
  figures: ExecutionFigures;
}

/** The local budget's rows of one year and classification code ('' for none). */
export interface CodeGroup {
  code: string;
  rows: ExecutionRow[];
  figures: ExecutionFigures;
}
export interface YearGroup {
  year: number;
  codes: CodeGroup[];
  figures: ExecutionFigures;
}

export interface ExecutionBook<R> {
  rows: ExecutionRow[];
  register: RegisterRow<R>[];
  bySource: { source: Source; figures: ExecutionFigures }[];
  byYear: { year: number; figures: ExecutionFigures }[];
  /** The local budget by year, then classification code. */
  local: YearGroup[];
  funders: FunderFigures[];
  total: ExecutionFigures;
}

const sum = (rows: readonly { figures: ExecutionFigures }[]) =>
  rows.reduce((s, r) => addFigures(s, r.figures), zeroFigures());

/**
 * The workbook's figures for `period` (spent within it; cumulative up to its end). `funderOrder`
 * is the funder register's order, which the funder numbers follow. Rows with nothing planned or
 * spent are left out; the register lists every record of a line of the plan, by date.
 */
export function executionBook<R extends SpendingRecord>(
  lines: readonly NumberedLine[],
  records: readonly R[],
  period: Period,
  funderOrder: readonly string[],
): ExecutionBook<R> {
  const byKey = new Map(lines.map((line) => [line.key, line]));
  const atoms = executionAtoms(lines, records, period).filter(
    (a) => a.figures.planned > 0 || a.figures.cumulative > 0,
  );
  const register = records
    .filter((record) => byKey.has(record.lineKey))
    .map((record) => {
      const line = byKey.get(record.lineKey)!;
      return { record, line, funderId: recordFunder(line, record), funderNumber: 0 };
    })
    .sort((a, b) => byDate(a.record.date, b.record.date) || a.line.number - b.line.number);

  const used = new Set<string>();
  for (const x of [...atoms, ...register]) if (x.funderId !== null) used.add(x.funderId);
  const ordered = [
    ...funderOrder.filter((id) => used.has(id)),
    ...[...used].filter((id) => !funderOrder.includes(id)),
  ];
  const numberOf = new Map(ordered.map((id, i) => [id, i + 1]));
  const numbered = (id: string | null) => (id === null ? 0 : numberOf.get(id)!);
  for (const entry of register) entry.funderNumber = numbered(entry.funderId);

  const rows: ExecutionRow[] = atoms
    .map((a) => ({
      line: a.line as NumberedLine,
      source: a.source,
      funderId: a.funderId,
      funderNumber: numbered(a.funderId),
      figures: a.figures,
    }))
    .sort(
      (a, b) =>
        a.line.number - b.line.number ||
        SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source) ||
        a.funderNumber - b.funderNumber,
    );

  const bySourceMap = executionBy(rows, (r: ExecutionRow) => r.source);
  const byYearMap = executionBy(rows, (r: ExecutionRow) => r.line.year);
  const local: YearGroup[] = [];
  const localRows = rows
    .filter((r) => r.source === 'localBudget')
    .sort(
      (a, b) =>
        a.line.year - b.line.year ||
        byCode(a.line.classificationCode ?? '', b.line.classificationCode ?? '') ||
        a.line.number - b.line.number ||
        a.funderNumber - b.funderNumber,
    );
  for (const row of localRows) {
    const code = row.line.classificationCode ?? '';
    let year = local[local.length - 1];
    if (year?.year !== row.line.year)
      local.push((year = { year: row.line.year, codes: [], figures: zeroFigures() }));
    let group = year.codes[year.codes.length - 1];
    if (group?.code !== code) year.codes.push((group = { code, rows: [], figures: zeroFigures() }));
    group.rows.push(row);
  }
  for (const year of local) {
    for (const group of year.codes) group.figures = sum(group.rows);
    year.figures = sum(year.codes);
  }

  const funderMap = executionBy(rows, (r: ExecutionRow) => r.funderId);
  const funders: FunderFigures[] = [...(funderMap.has(null) ? [null] : []), ...ordered].map(
    (funderId) => ({
      funderId,
      number: numbered(funderId),
      figures: funderMap.get(funderId) ?? zeroFigures(),
    }),
  );

  return {
    rows,
    register,
    bySource: SOURCES.map((source) => ({
      source,
      figures: bySourceMap.get(source) ?? zeroFigures(),
    })),
    byYear: [...byYearMap]
      .map(([year, figures]) => ({ year, figures }))
      .sort((a, b) => a.year - b.year),
    local,
    funders,
    total: executionTotal(atoms),
  };
}
