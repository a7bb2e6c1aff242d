/* The XLSX reader finds its parts through the package's relationships, reads sheets by name, and refuses broken references. */
import { describe, expect, it } from 'vitest';
import { oneSheet, xlsx } from '../../../../tests/fixtures/xlsx';
import { readTable, ReadError } from './read-table';
import { readXlsxSheets } from './read-xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sst = (...items: string[]) =>
  `<sst xmlns="${MAIN}">${items.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
const sharedSheet = (refs: number[]) =>
  `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${refs
    .map((n, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${n}</v></c>`)
    .join('')}</row><row r="2"><c r="A2"><v>7</v></c></row></sheetData></worksheet>`;

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readTable(bytes);
    return 'read';
  } catch (error) {
    if (error instanceof ReadError) return error.code;
    throw error;
  }
}

describe('XLSX parts through relationships', () => {
  it('reads a workbook whose parts have none of the usual names', async () => {
    const bytes = xlsx(
      [{ name: 'Данные', xml: sharedSheet([1, 0]), part: 'book/data/first.xml' }],
      {
        workbookPart: 'book/main.xml',
        extra: [{ name: 'book/text/strings.xml', data: sst('Пол', 'ФИО') }],
        rels: [{ type: 'sharedStrings', target: 'text/strings.xml' }],
      },
    );
    expect(await readTable(bytes)).toEqual({ headers: ['ФИО', 'Пол'], rows: [[7]] });
  });

  it('ignores a part named like the usual one that the relationships do not name', async () => {
    const bytes = xlsx([{ name: 'A', xml: [['настоящий']], part: 'xl/worksheets/real.xml' }], {
      extra: [
        {
          name: 'xl/worksheets/sheet1.xml',
          data: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>чужой</t></is></c></row></sheetData></worksheet>`,
        },
      ],
    });
    expect((await readTable(bytes)).headers).toEqual(['настоящий']);
  });

  it('reads sheets by name in the workbook order, letter case aside', () => {
    const bytes = xlsx([
      {
        name: 'survey',
        xml: [
          ['type', 'name'],
          ['select_one yn', 'consent'],
        ],
      },
      {
        name: 'Choices',
        xml: [
          ['list_name', 'name'],
          ['yn', 'yes'],
        ],
      },
      { name: 'settings', xml: [['form_title'], ['Безопасность']] },
    ]);
    const sheets = readXlsxSheets(bytes, ['choices', 'SURVEY', 'absent']);
    expect(sheets).toEqual([
      {
        name: 'survey',
        rows: [
          ['type', 'name'],
          ['select_one yn', 'consent'],
        ],
      },
      {
        name: 'Choices',
        rows: [
          ['list_name', 'name'],
          ['yn', 'yes'],
        ],
      },
    ]);
    expect(readXlsxSheets(bytes).map((s) => s.name)).toEqual(['survey', 'Choices', 'settings']);
  });

  it('refuses shared-string references to a table that is missing, or past its end', async () => {
    expect(await refusal(oneSheet(sharedSheet([0])))).toBe('missingSharedStrings');
    // Named by the relationships, absent from the zip.
    const dangling = oneSheet(
      sharedSheet([0]),
      [],
      [{ type: 'sharedStrings', target: 'sharedStrings.xml' }],
    );
    expect(await refusal(dangling)).toBe('missingSharedStrings');
    const short = oneSheet(
      sharedSheet([0, 3]),
      [{ name: 'xl/sharedStrings.xml', data: sst('ФИО') }],
      [{ type: 'sharedStrings', target: 'sharedStrings.xml' }],
    );
    expect(await refusal(short)).toBe('missingSharedStrings');
  });

  it('gives date-formatted cells as ISO dates when asked (the member import), serials otherwise', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const bytes = oneSheet(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>С</t></is></c></row><row r="2"><c r="A2" s="1"><v>45717</v></c><c r="B2"><v>45717</v></c></row></sheetData></worksheet>`,
      [{ name: 'xl/styles.xml', data: styles }],
      [{ type: 'styles', target: 'styles.xml' }],
    );
    expect((await readTable(bytes, { dates: 'iso' })).rows).toEqual([['2025-03-01', 45717]]);
    expect((await readTable(bytes)).rows).toEqual([[45717, 45717]]);
  });

  it('refuses a workbook without a worksheet, and a text file named .xlsx', async () => {
    expect(await refusal(xlsx([]))).toBe('noSheet');
    await expect(
      readTable(Buffer.from('ФИО;Должность\n'), { fileName: 'list.xlsx' }),
    ).rejects.toMatchObject({ code: 'notSpreadsheet' });
  });
});
