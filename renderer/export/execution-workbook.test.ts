import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../shared/domain/budget';
import { identityKey } from '../../shared/schemas/plan';
import { figureList, sumsBySource } from '../../tests/fixtures/expenditures';
import { executionRequest } from '../../tests/fixtures/execution';
import { buildExecutionWorkbook } from './execution-workbook';
import { executionFileName } from './execution-workbook-name';

const request = executionRequest();
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const expected = sumsBySource(request.tree, request.expenditures, Q2);
let book: ExcelJS.Workbook;
beforeAll(async () => {
  book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildExecutionWorkbook(request)).bytes.buffer as ArrayBuffer);
});

const SHEETS = [
  'Исполнение',
  'План и факт по статьям',
  'Местный бюджет по кодам',
  'По финансирующим',
  'Реестр расходов',
];
const sheet = (name: string) => book.getWorksheet(name)!;
/** A row's cells (1-based columns) whose first cell is `label`. */
function rowOf(name: string, label: string, column = 1): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet(name).eachRow((row) => {
    if (!found && row.getCell(column).value === label) found = row;
  });
  if (!found) throw new Error(`no row ${label} on ${name}`);
  return found;
}
/** A formula cell's cached result in tyiyn (exceljs keeps no result for 0). */
const tyiyn = (cell: ExcelJS.Cell) => Math.round(Number(cell.result ?? 0) * 100);
/** Text with no-break spaces (quarters, numbers) as plain spaces. */
const plain = (value: unknown) => String(value).replace(/\u00a0/g, ' ');
const someOf = (cell: ExcelJS.Cell) => Number(cell.result ?? 0);

describe('execution workbook read back with exceljs', () => {
  it('has the five sheets, named in the chosen language, and a file name with the plan', async () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(
      (await buildExecutionWorkbook(executionRequest('en'))).bytes.buffer as ArrayBuffer,
    );
    expect(en.worksheets.map((ws) => ws.name)).toEqual([
      'Execution',
      'Planned vs actual by line',
      'Local budget by code',
      'By funder',
      'Expenditure register',
    ]);
    expect(en.getWorksheet('Execution')!.getCell('A2').value).toBe(
      'Version 1 · Approved · approved 10.02.2026 No. 45-р · plan for 2026–2027',
    );
    const ky = new ExcelJS.Workbook();
    await ky.xlsx.load(
      (await buildExecutionWorkbook(executionRequest('ky'))).bytes.buffer as ArrayBuffer,
    );
    expect(ky.worksheets[0]!.getCell('A5').value).toBe('Булак');
    expect(plain(ky.worksheets[0]!.getCell('A3').value)).toContain('2026-ж. II чейрек');
    expect(executionFileName(request)).toBe(
      'Свердловский район — Совместный план профилактики правонарушений — исполнение бюджета — 05.07.2026.xlsx',
    );
  });

  it('states the plan, its version, status, approval and the period in the first rows of every sheet', () => {
    for (const ws of book.worksheets) {
      expect(ws.getCell('A1').value, ws.name).toBe('Совместный план профилактики правонарушений');
      expect(ws.getCell('A2').value, ws.name).toBe(
        'Версия 1 · Утверждён · утверждён 10.02.2026 № 45-р · план на 2026–2027 годы',
      );
      expect(plain(ws.getCell('A3').value), ws.name).toContain(
        'Отчётный период: II кв. 2026, 01.04.2026–30.06.2026',
      );
      expect(ws.getCell('A4').value, ws.name).toBe(
        'Свердловский район · Суммы в сомах · Подготовлено 05.07.2026',
      );
      // The title spans the printed columns; the print area ends with them.
      expect(ws.getCell('A1').isMerged, ws.name).toBe(true);
      expect(ws.pageSetup.printArea, ws.name).toMatch(/^A1:[A-Z]\d+$/);
    }
  });

  it('gives per source the plan, the quarter and the cumulative spending, in kind apart, to the tyiyn', () => {
    SOURCES.forEach((source, i) => {
      const row = rowOf('Исполнение', ['Местный бюджет', 'Бизнес', 'Доноры', 'Жители'][i]!);
      const e = expected[source];
      expect(
        [2, 3, 4, 5, 6, 7].map((c) => tyiyn(row.getCell(c))),
        source,
      ).toEqual(figureList(e));
      // Exactly the integer sum in som: no float drift.
      expect(someOf(row.getCell(6))).toBe(e.cumulative / 100);
      expect(row.getCell(6).formula).toMatch(/^SUMIFS\('План и факт по статьям'!\$M\$6:\$M\$\d+,/);
      expect(tyiyn(row.getCell(8))).toBe(e.cumulative - e.planned);
      expect(row.getCell(9).result).toBeCloseTo(e.cumulative / e.planned, 12);
    });
    const total = rowOf('Исполнение', 'Итого по плану');
    const sum = (key: keyof (typeof expected)['donors']) =>
      SOURCES.reduce((n, s) => n + expected[s][key], 0);
    expect(someOf(total.getCell(2))).toBe(sum('planned') / 100);
    expect(someOf(total.getCell(6))).toBe(sum('cumulative') / 100);
    expect(tyiyn(rowOf('Исполнение', 'в том числе деньгами').getCell(6))).toBe(
      sum('cumulative') - sum('cumulativeInKind'),
    );
    expect(expected.business.cumulativeInKind).toBeGreaterThan(0);
  });

  it('sums planned vs actual per line and source with SUMIFS over the register by line, source, funder and date', () => {
    const ws = sheet('План и факт по статьям');
    expect(ws.getCell('K6').formula).toMatch(
      /^SUMIFS\('Реестр расходов'!\$L\$6:\$L\$\d+,'Реестр расходов'!\$D\$6:\$D\$\d+,A6,'Реестр расходов'!\$H\$6:\$H\$\d+,F6,'Реестр расходов'!\$I\$6:\$I\$\d+,G6,'Реестр расходов'!\$B\$6:\$B\$\d+,">="&DATE\(2026,4,1\),'Реестр расходов'!\$B\$6:\$B\$\d+,"<="&DATE\(2026,6,30\)\)$/,
    );
    const numbers = new Map(request.tree.lines.map((l, i) => [identityKey(l), i + 1]));
    const mine = new Map<string, number>();
    for (const e of request.expenditures) {
      const n = numbers.get(e.lineKey);
      if (n === undefined || e.date > Q2.to) continue;
      const key = `${n}|${e.source}`;
      mine.set(key, (mine.get(key) ?? 0) + e.amountTyiyn);
    }
    const theirs = new Map<string, number>();
    const sourceOf = new Map(
      SOURCES.map((s, i) => [['Местный бюджет', 'Бизнес', 'Доноры', 'Жители'][i], s]),
    );
    for (let r = 6; r <= ws.rowCount; r++) {
      const n = ws.getCell(r, 1).value;
      if (typeof n !== 'number') continue;
      const key = `${n}|${sourceOf.get(String(ws.getCell(r, 6).value))}`;
      theirs.set(key, (theirs.get(key) ?? 0) + tyiyn(ws.getCell(r, 13)));
    }
    for (const [key, amount] of mine) expect(theirs.get(key), key).toBe(amount);
    // The donor share of line 2 is split between its two funders: two rows.
    const line2 = [...Array(ws.rowCount).keys()].filter(
      (r) => ws.getCell(r + 1, 1).value === 2 && ws.getCell(r + 1, 6).value === 'Доноры',
    );
    expect(line2.length).toBeGreaterThanOrEqual(2);
  });

  it('lists every expenditure of the plan’s lines in the register, by date, text kept as text', () => {
    const ws = sheet('Реестр расходов');
    const inPlan = request.expenditures.filter((e) =>
      request.tree.lines.some((l) => identityKey(l) === e.lineKey),
    );
    expect(inPlan.length).toBe(80);
    const amounts: number[] = [];
    for (let r = 6; r < 6 + inPlan.length; r++)
      amounts.push(Math.round(Number(ws.getCell(r, 12).value) * 100));
    expect(amounts.sort()).toEqual(inPlan.map((e) => e.amountTyiyn).sort());
    const serials = [...Array(inPlan.length).keys()].map((i) => Number(ws.getCell(6 + i, 2).value));
    expect(serials).toEqual([...serials].sort((a, b) => a - b));
    // 2026-01-01 is serial 46023 in every spreadsheet program.
    expect(Math.min(...serials)).toBeGreaterThanOrEqual(46023);
    const total = rowOf('Реестр расходов', 'Итого по плану', 5);
    expect(tyiyn(total.getCell(12))).toBe(inPlan.reduce((n, e) => n + e.amountTyiyn, 0));
    const payees = inPlan.map((_, i) => ws.getCell(6 + i, 13));
    expect(payees.map((c) => c.value)).toEqual(expect.arrayContaining(['=1+1', '-2', '@cmd']));
    for (const cell of payees)
      if (cell.value !== null) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('prints every sheet A4 landscape, fit to width, header row repeated, type at least 8 pt', () => {
    for (const ws of book.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '5:5',
      });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
      // Column width w is 7w + 5 pixels of 0.75 pt; A4 landscape less 0.4" margins is 784 pt.
      let points = 0;
      for (let c = 1; c <= ws.columnCount; c++)
        points += (7 * (ws.getColumn(c).width ?? 9) + 5) * 0.75;
      const scale = Math.min(1, 784 / points);
      expect(11 * scale, ws.name).toBeGreaterThanOrEqual(8);
    }
  });
});
