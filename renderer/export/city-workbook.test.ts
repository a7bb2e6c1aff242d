/*
 * The city workbook read back with exceljs and recalculated by LibreOffice: a sheet per district
 * and a totals sheet whose every formula LibreOffice computes to the value the app stored, and
 * whose city totals are the figures counted here by hand (in tyiyn).
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BudgetTotals } from '../../shared/domain/budget';
import { cityFigures } from '../../shared/domain/city/figures';
import { budgetTotals, districtInput } from '../../tests/fixtures/city';
import { recalculatedSheets, runLibreOfficeTests } from '../../tests/fixtures/libreoffice';
import { buildCityWorkbook } from './city-workbook';
import { cityWorkbookFileName, type CityWorkbookRequest } from './city-workbook-name';

const totals = budgetTotals;
const district = districtInput;

const planOf = (
  t: BudgetTotals,
  funders: { funderId: string | null; planned: number }[],
  spent: number,
) => ({
  id: crypto.randomUUID(),
  title: { ru: '=SUM(A1) план' },
  version: 2,
  startYear: 2026,
  endYear: 2027,
  totals: t,
  funders,
  progress: 40,
  activities: 5,
  done: 2,
  spent,
});

// Amounts with single tyiyn and one near 10^11 som, so a float or a lost cent shows.
const leninsky = district({
  id: crypto.randomUUID(),
  name: { ru: 'Ленинский район', ky: 'Ленин району' },
  population: 263_511,
  survey: { respondents: 412, named: { fraud: 97, 'market-theft': 201 } },
  police: [{ period: '2026-Q1', problemCode: 'fraud', count: 141 }],
  plan: planOf(
    totals(
      { localBudget: 9_999_999_999_901, business: 1, donors: 250_000_033, residents: 7 },
      99,
      7,
    ),
    [
      { funderId: 'unodc', planned: 250_000_033 },
      { funderId: null, planned: 9_999_999_999_909 },
    ],
    123_456_789,
  ),
});
const oktyabrsky = district({
  id: crypto.randomUUID(),
  name: { ru: 'Октябрьский район' },
  population: 311_020,
  survey: { respondents: 385, named: { fraud: 40 } },
  police: [
    { period: '2026-Q1', problemCode: 'fraud', count: 77 },
    { period: '2026-Q1', problemCode: 'burglary', count: 12 },
  ],
  plan: planOf(
    totals({ localBudget: 3, business: 500_000_050, donors: 0, residents: 0 }, 0, 0),
    [
      { funderId: 'market', planned: 500_000_050 },
      { funderId: null, planned: 3 },
    ],
    1,
  ),
});
const pervomaisky = district({ id: crypto.randomUUID(), name: { ru: 'Первомайский район' } });

const figures = cityFigures([leninsky, oktyabrsky, pervomaisky]);
const request: CityWorkbookRequest = {
  workspaceName: { ru: 'Мэрия города Бишкек' },
  figures,
  problems: { fraud: { ru: 'Мошенничество' }, 'market-theft': { ru: 'Кражи на рынках' } },
  funders: { unodc: { ru: 'УНП ООН' }, market: { ru: 'Ассоциация рынка «Дордой»' } },
  lang: 'ru',
  date: '2026-12-02T05:00:00.000Z',
};

let bytes: Uint8Array;
let book: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = (await buildCityWorkbook(request)).bytes;
  book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
});

/** The totals sheet's row whose first cell is `label`. */
const rowOf = (rows: string[][], label: string) => {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
};
const cents = (text: string) => Math.round(Number(text) * 100);

describe('city workbook read back with exceljs', () => {
  it('has the totals sheet first, then a sheet per district', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      'Город',
      'Ленинский район',
      'Октябрьский район',
      'Первомайский район',
    ]);
    expect(cityWorkbookFileName(request)).toBe(
      'Мэрия города Бишкек — сводка по городу — 02.12.2026.xlsx',
    );
  });

  it('writes the city’s figures as formulas over the districts’ sheets, with exact results', () => {
    const ws = book.getWorksheet('Город')!;
    const local = ws.getRow(ws.getColumn(1).values.findIndex((v) => v === 'Местный бюджет'));
    expect(local.getCell(2).formula).toBe("'Ленинский район'!B10");
    expect(local.getCell(5).formula).toBe('SUM(B9:D9)');
    expect(local.getCell(5).result).toBe(99_999_999_999.04);
    // Typed text stays text.
    expect(book.getWorksheet('Ленинский район')!.getCell('A9').value).toBe(
      'Бюджет плана: =SUM(A1) план (версия 2)',
    );
  });
});

describe.runIf(runLibreOfficeTests())('city workbook recalculated by LibreOffice', () => {
  let sheets: Map<string, string[][]>;
  beforeAll(() => {
    sheets = recalculatedSheets(bytes, 'city');
  }, 180_000);

  it('computes every formula of every sheet to the value the app stored', () => {
    let checked = 0;
    for (const ws of book.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.formula) return;
          const shown = sheets.get(ws.name)![Number(cell.row) - 1]![Number(cell.col) - 1]!;
          const computed = shown.endsWith('%') ? Number(shown.slice(0, -1)) / 100 : Number(shown);
          const stored = typeof cell.result === 'number' ? cell.result : 0;
          expect(
            Math.abs(computed - stored),
            `${ws.name}!${cell.address} ${cell.formula}`,
          ).toBeLessThan(1e-9 * Math.max(1, Math.abs(stored)));
          checked += 1;
        }),
      );
    expect(checked).toBeGreaterThan(40);
  });

  it('gives the app’s city totals by source, to the tyiyn', () => {
    const rows = sheets.get('Город')!;
    const city = (label: string) => cents(rowOf(rows, label)[4]!);
    expect(city('Местный бюджет')).toBe(9_999_999_999_904);
    expect(city('Бизнес')).toBe(500_000_051);
    expect(city('Доноры')).toBe(250_000_033);
    expect(city('Жители')).toBe(7);
    expect(city('Не обеспечено')).toBe(99);
    expect(city('Всего')).toBe(10_000_750_000_094);
    expect(city('В натуральной форме')).toBe(7);
    expect(city('Израсходовано с начала')).toBe(123_456_790);
    expect(city('Итого по финансирующим')).toBe(10_000_749_999_995);
    expect(Number(rowOf(rows, 'Население')[4])).toBe(674_531);
    expect(Number(rowOf(rows, 'Опрошено (N)')[4])).toBe(797);
    // The app's figures agree with the same hand counts.
    expect(figures.cityBudget.total).toBe(10_000_750_000_094);
    // Each district's column is its own.
    expect(rowOf(rows, 'Всего').slice(1, 4).map(cents)).toEqual([
      10_000_250_000_041, 500_000_053, 0,
    ]);
  });

  it('computes each district’s rates per 100,000 and shares from its own population and N', () => {
    const rows = sheets.get('Ленинский район')!;
    const fraud = rows.filter((r) => r[0] === 'Мошенничество');
    // 141 × 100 000 / 263 511 = 53.508…; 97 / 412 = 23.54…%.
    expect(Number(fraud[0]![3])).toBeCloseTo(53.50816, 4);
    expect(Number(fraud[1]![3]!.replace('%', ''))).toBeCloseTo(23.5437, 3);
  });
});
