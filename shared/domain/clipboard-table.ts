/*
 * A table as a spreadsheet puts it on the clipboard (Excel, LibreOffice Calc, Google Sheets): cells
 * separated by tabs, rows by CRLF (a lone LF or CR also ends a row), the last row usually ending
 * with one too. A cell holding a line break, a tab or a quote comes wrapped in quotes, its own
 * quotes doubled (`"Баннеры 3×6 м␊с монтажом"`). A quote that does not open a wrapped cell is text.
 */

/** The rows and cells of clipboard text; a trailing line break adds no row. */
export function readClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i <= text.length) {
    if (i === text.length) {
      // The text ended: the row in progress counts unless the text ended with a row break.
      if (row.length > 0 || (text.length > 0 && !/[\r\n]$/.test(text))) endRow();
      break;
    }
    let cell: string;
    const quoted = text[i] === '"' ? quotedCell(text, i) : null;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
    } else {
      let end = i;
      while (end < text.length && !'\t\r\n'.includes(text[end]!)) end += 1;
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (text[i] === '\t') {
      i += 1;
      if (i === text.length) row.push('');
    } else if (text[i] === '\r' || text[i] === '\n') {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRow();
    }
  }
  return rows;
}

/** A cell wrapped in quotes starting at `start`, or null when the quotes do not close before a tab, row break or the end. */
function quotedCell(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== '"') {
      value += text[i];
      continue;
    }
    if (text[i + 1] === '"') {
      value += '"';
      i += 1;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || '\t\r\n'.includes(next) ? { value, end: i + 1 } : null;
  }
  return null;
}
