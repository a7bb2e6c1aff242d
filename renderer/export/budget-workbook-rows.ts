/*
 * Row heights that fit wrapped text. exceljs writes no height and spreadsheet programs do not size
 * rows to their text when they open a file, so wrapped text would spill over the next row on
 * paper. Each row's height is computed from its wrapped cells' text and their columns' widths.
 * The estimate errs on the tall side: letters are taken as wide as DejaVu Sans's (what
 * LibreOffice substitutes for Calibri), wider than Calibri's own.
 */
import type ExcelJS from 'exceljs';

const DEFAULT_SIZE = 11;
/** Average advance of a letter, in em (bold ones a tenth wider). */
const LETTER_EM = 0.55;
const BOLD = 1.2;
/** Line spacing, in em. */
const LINE_EM = 1.25;
/** The tallest row a spreadsheet allows, in points. */
export const MAX_ROW_HEIGHT = 409;
const DEFAULT_ROW_HEIGHT = 15;

/** Points of text a column `width` characters wide holds (7 px a character plus 5 px, at 96 dpi, less the cell's padding). */
export const columnPoints = (width: number) => 0.75 * (7 * width + 5) - 3;

/** Lines `text` takes in `points` of width at `size` pt: wrapped at spaces, a longer word broken. */
export function wrappedLines(text: string, points: number, size: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(points / (LETTER_EM * size * (bold ? BOLD : 1))));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let length = word.length;
      if (used > 0 && used + 1 + length <= perLine) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines += 1;
      for (; length > perLine; length -= perLine) lines += 1;
      used = length;
    }
  }
  return lines;
}

/** The height in points of `text` wrapped in `points` of width in `font` (at least one line). */
export function textHeight(text: string, points: number, font: Partial<ExcelJS.Font> = {}): number {
  const size = font.size ?? DEFAULT_SIZE;
  const lines = wrappedLines(text, points, size, font.bold === true);
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_EM * size + 2));
}

/**
 * Gives every row whose wrapped or larger text needs more than the default height that of its
 * tallest cell. Merged cells are sized where they are merged.
 */
export function fitRowHeights(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => {
    let height = 0;
    row.eachCell((cell) => {
      if (cell.isMerged) return;
      const font = cell.font ?? {};
      if (cell.alignment?.wrapText && typeof cell.value === 'string') {
        const points = columnPoints(ws.getColumn(Number(cell.col)).width ?? 9);
        height = Math.max(height, textHeight(cell.value, points, font));
      } else if ((font.size ?? DEFAULT_SIZE) > DEFAULT_SIZE)
        height = Math.max(height, textHeight('', 0, font));
    });
    if (height > DEFAULT_ROW_HEIGHT) row.height = height;
  });
}
