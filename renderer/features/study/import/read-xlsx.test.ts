/* The streaming XLSX reader against exceljs's full workbook model, and on hand-made parts exceljs never writes. */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../../shared/domain/study/import/mapper';
import { ReadError } from './read-limits';
import { readXlsxCells } from './read-xlsx';

/** What exceljs makes of a cell, as the import wants it (formula → result, rich text → text, date → serial). */
function excelCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25569;
  const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
  if ('formula' in v || 'sharedFormula' in v) return excelCell(v.result ?? null);
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if (v.text !== undefined) return excelCell(v.text);
  return null;
}

async function viaExceljs(bytes: Uint8Array): Promise<Cell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = wb.worksheets.find((ws) => ws.actualRowCount > 0)!;
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const values = sheet.getRow(r).values as unknown[];
    const row = Array.from({ length: sheet.columnCount }, (_, c) => excelCell(values[c + 1]));
    // The reader keeps rows sparse: each ends at its last value.
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  return rows;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook from raw parts (what other writers than exceljs produce). */
function workbook(
  sheetXml: string,
  extra: Record<string, string> = {},
  workbookPr = '',
): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml':
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `${workbookPr}<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    '_rels/.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/_rels/workbook.xml.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/>` +
      (extra['xl/sharedStrings.xml']
        ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
        : '') +
      (extra['xl/styles.xml']
        ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`
        : '') +
      '</Relationships>',
    'xl/worksheets/data.xml': sheetXml,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

describe('XLSX reader', () => {
  it('reads what exceljs reads: strings, rich text, numbers, booleans, dates, formulas, errors, gaps, the first non-empty sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('empty');
    const ws = wb.addWorksheet('data');
    ws.addRow(['grp/gender', 'Возраст', '_uuid', 'n', 'when', 'f', 'ok']);
    ws.addRow([
      'male',
      '18_29',
      'uuid:a-1',
      1829,
      new Date(Date.UTC(2025, 2, 1, 9, 30)),
      null,
      true,
    ]);
    ws.getCell('F2').value = { formula: 'D2+1', result: 1830 };
    ws.getCell('B3').value = {
      richText: [{ text: 'Ак-' }, { font: { bold: true }, text: 'Өргө' }],
    };
    ws.getCell('D3').value = 4.5;
    ws.getCell('F3').value = { error: '#N/A' };
    ws.getCell('G3').value = false;
    ws.getCell('A5').value = 'после пустой строки';
    ws.getCell('I5').value = { text: 'ссылка', hyperlink: 'https://example.org' };
    ws.getCell('E5').value = { formula: 'A5&"!"', result: 'после!' };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const expected = await viaExceljs(bytes);
    expect(readXlsxCells(bytes)).toEqual(expected);
    expect(expected[2]![1]).toBe('Ак-Өргө');
    expect(expected[3]).toEqual([]);
    expect(expected[4]).toHaveLength(9);
  });

  it('reads inline strings, prefixed tags, cells without references, ISO date cells and skips phonetic runs', () => {
    const bytes = workbook(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Пол</x:t></x:is></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c r="D1" t="d"><x:v>2025-03-01T00:00:00Z</x:v></x:c></x:row>' +
        '<x:row><x:c r="B2" t="str"><x:f>A1</x:f><x:v>Пол</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="D2"><x:v>&lt;5</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
      {
        'xl/sharedStrings.xml':
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>нуль</t></si>' +
          '<si><r><t xml:space="preserve">Ак </t></r><r><t>Өргө</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>',
      },
    );
    expect(readXlsxCells(bytes)).toEqual([
      ['Пол', 'Ак Өргө', null, 45717],
      [null, 'Пол'],
    ]);
  });

  it('counts dates of a 1904 workbook from 1900, only in date-formatted cells', () => {
    const bytes = workbook(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" s="1"><v>44255</v></c><c r="B1" s="2"><v>44255</v></c><c r="C1" s="3"><v>7</v></c></row>' +
        '</sheetData></worksheet>',
      {
        'xl/styles.xml':
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>' +
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs>' +
          '</styleSheet>',
      },
      '<workbookPr date1904="1"/>',
    );
    expect(readXlsxCells(bytes)).toEqual([[44255 + 1462, 44255 + 1462, 7]]);
  });

  it('gives no rows for a workbook of empty sheets and refuses a broken one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('one');
    wb.addWorksheet('two');
    expect(readXlsxCells(new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual([]);
    expect(() => readXlsxCells(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(
      ReadError,
    );
    expect(() => readXlsxCells(workbook('<worksheet><sheetData><row>'))).toThrow(ReadError);
    const noWorkbook = zipSync({ 'docProps/app.xml': strToU8('<Properties/>') });
    expect(() => readXlsxCells(noWorkbook)).toThrow(ReadError);
  });
});
