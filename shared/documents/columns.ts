/*
 * Column widths that follow the content (issue 17, point 5), as an office sets its own table:
 * columns that never wrap (amounts, dates, quarters) as wide as their longest line, text columns
 * share the rest by how much they hold, and no column narrower than its longest word, so nothing
 * breaks mid-word. Widths are in characters; the views use them as proportions.
 */
import { withoutMarks, type DocumentCell, type DocumentColumn } from './model';

/** Characters that fit on one line of a table across the page, at the documents' type sizes. */
export const LINE_CHARS = { landscape: 175, portrait: 100 } as const;

/** Room a cell's padding and border take, in characters. */
const PADDING = 1.5;
/** Bold header letters are wider than body text. */
const BOLD = 1.1;

function lines(text: string): string[] {
  return withoutMarks(text).split('\n');
}

function longestWord(text: string): number {
  return Math.max(0, ...lines(text).flatMap((line) => line.split(/[ \t]+/).map((w) => w.length)));
}

function longestLine(text: string): number {
  return Math.max(0, ...lines(text).map((line) => line.length));
}

/**
 * The columns with widths fitted to `rows` for a table `lineChars` characters wide. Cells that
 * span columns are left out of the measure (they have the room of all the columns they span).
 */
export function fitColumns(
  columns: DocumentColumn[],
  rows: DocumentCell[][],
  lineChars: number,
): DocumentColumn[] {
  // Each plain cell under its column (a spanning cell moves the cells after it along).
  const cells: string[][] = columns.map(() => []);
  for (const row of rows) {
    let at = 0;
    for (const cell of row) {
      if (typeof cell === 'string') cells[at]?.push(cell);
      at += typeof cell === 'string' ? 1 : cell.span;
    }
  }
  const minimum = columns.map((column, index) => {
    const header = longestWord(column.header) * BOLD;
    const body = cells[index]!.map((cell) =>
      column.nowrap ? longestLine(cell) : longestWord(cell),
    );
    return Math.max(header, ...body) + PADDING;
  });
  const fixed = columns.reduce((sum, column, i) => sum + (column.nowrap ? minimum[i]! : 0), 0);
  const demand = columns.map((column, index) =>
    column.nowrap
      ? 0
      : (column.grow ?? 1) *
        cells[index]!.reduce((sum, cell) => sum + withoutMarks(cell).length, 0),
  );
  const totalDemand = demand.reduce((sum, d) => sum + d, 0) || 1;
  const room = Math.max(0, lineChars - fixed);
  // Text columns share the room by what they hold, but none below its longest word: the ones held
  // at their minimum are set aside and the rest shared again.
  const width = columns.map((column, i) => (column.nowrap ? minimum[i]! : 0));
  let open = columns.map((column) => !column.nowrap);
  for (let pass = 0; pass < columns.length; pass++) {
    const openDemand = demand.reduce((sum, d, i) => sum + (open[i] ? d : 0), 0) || totalDemand;
    const held = columns.reduce(
      (sum, _, i) => sum + (!columns[i]!.nowrap && !open[i] ? width[i]! : 0),
      0,
    );
    const share = Math.max(0, room - held);
    let changed = false;
    open = open.map((isOpen, i) => {
      if (!isOpen) return false;
      const proposed = (share * demand[i]!) / openDemand;
      if (proposed < minimum[i]!) {
        width[i] = minimum[i]!;
        changed = true;
        return false;
      }
      width[i] = proposed;
      return true;
    });
    if (!changed) break;
  }
  return columns.map((column, i) => ({ ...column, width: Math.round(width[i]! * 10) / 10 }));
}
