/*
 * Collects the cells of one sheet as sparse rows while the reader streams them, enforcing the
 * caps as each value arrives: rows keep only their own width (never padded to the widest row),
 * rows without values are empty arrays, and the first value beyond a cap refuses the file.
 */
import type { Cell } from '../../../../shared/domain/study/import/mapper';
import { ReadError, type ReadLimits } from './read-limits';

/** Empty or title rows tolerated above the header row. */
const LEADING_ROWS = 100;

export class TableBuilder {
  /** `rows[r]` is the sheet's row r (0-based); a row ends at its last value. */
  readonly rows: Cell[][] = [];
  private cells = 0;
  private first = -1;

  constructor(private readonly limits: ReadLimits) {}

  /** Puts a value at row r, column c (0-based); empty values cost nothing. */
  set(r: number, c: number, value: Cell): void {
    if (value === null || value === '') return;
    const { maxRows, maxColumns, maxCells } = this.limits;
    // Titles above the header are allowed a few rows; a first value far down is still refused.
    if (this.first === -1) this.first = r;
    if (r - this.first > maxRows || this.first > LEADING_ROWS)
      throw new ReadError('tooManyRows', { max: maxRows });
    if (c >= maxColumns) throw new ReadError('tooManyColumns', { max: maxColumns });
    while (this.rows.length <= r) this.rows.push([]);
    const row = this.rows[r]!;
    if (c >= row.length) {
      this.cells += c + 1 - row.length;
      if (this.cells > maxCells) throw new ReadError('tooManyCells', { max: maxCells });
      while (row.length < c) row.push(null);
      row.push(value);
    } else row[c] = value;
  }
}
