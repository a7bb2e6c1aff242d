/*
 * The execution workbook recalculated by LibreOffice, an independent spreadsheet program: every
 * formula comes out as the value the app stored, the totals equal sums this test makes itself from
 * the raw records, and printed (LibreOffice's PDF) every sheet is A4 landscape with type of 8 pt
 * or more.
 */
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../shared/domain/budget';
import { identityKey } from '../../shared/schemas/plan';
import { figureList, sumsBySource } from '../../tests/fixtures/expenditures';
import { executionRequest } from '../../tests/fixtures/execution';
import {
  printedPdf,
  recalculatedSheets,
  runLibreOfficeTests,
} from '../../tests/fixtures/libreoffice';
import { buildExecutionWorkbook } from './execution-workbook';

const request = executionRequest();
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const SOURCE_NAMES = ['Местный бюджет', 'Бизнес', 'Доноры', 'Жители'];
const cents = (text: string | undefined) => Math.round(Number(text) * 100);

/** The height of each word of a PDF, per page (poppler's pdftotext -bbox). */
function wordHeights(pdf: string): number[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
        (m) => Number(m[2]) - Number(m[1]),
      ),
    );
}

describe.runIf(runLibreOfficeTests())('execution workbook recalculated by LibreOffice', () => {
  let bytes: Uint8Array;
  let book: ExcelJS.Workbook;
  let sheets: Map<string, string[][]>;
  beforeAll(async () => {
    bytes = (await buildExecutionWorkbook(request)).bytes;
    book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    sheets = recalculatedSheets(bytes, 'execution');
  }, 180_000);

  const row = (sheet: string, label: string, column = 0) =>
    sheets.get(sheet)!.find((cells) => cells[column] === label)!;

  it('computes every formula of every sheet to the value the app stored', () => {
    let checked = 0;
    for (const ws of book.worksheets) {
      const cells = sheets.get(ws.name)!;
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const shown = cells[Number(cell.row) - 1]?.[Number(cell.col) - 1] ?? '';
          const where = `${ws.name}!${cell.address} ${cell.formula}`;
          if (cell.numFmt === '0.0%') {
            if (cell.result === '') expect(shown, where).toBe('');
            else
              expect(
                Math.abs(Number(shown.slice(0, -1)) / 100 - Number(cell.result)),
                where,
              ).toBeLessThan(1e-12);
          } else expect(cents(shown), where).toBe(Math.round(Number(cell.result ?? 0) * 100));
          checked += 1;
        }),
      );
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('gives per source the plan, the quarter and the cumulative figure summed from the records', () => {
    const expected = sumsBySource(request.tree, request.expenditures, Q2);
    SOURCES.forEach((source, i) => {
      const cells = row('Исполнение', SOURCE_NAMES[i]!);
      const e = expected[source];
      expect(cells.slice(1, 7).map(cents), source).toEqual(figureList(e));
      expect(cents(cells[7]), source).toBe(e.cumulative - e.planned);
    });
    const total = row('Исполнение', 'Итого по плану');
    const all = (key: keyof (typeof expected)['donors']) =>
      SOURCES.reduce((n, s) => n + expected[s][key], 0);
    expect(cents(total[1])).toBe(all('planned'));
    expect(cents(total[3])).toBe(all('spent'));
    expect(cents(total[5])).toBe(all('cumulative'));
    const inPlan = request.expenditures.filter((e) =>
      request.tree.lines.some((l) => identityKey(l) === e.lineKey),
    );
    const register = row('Реестр расходов', 'Итого по плану', 4);
    expect(cents(register[11])).toBe(inPlan.reduce((n, e) => n + e.amountTyiyn, 0));
    // Every funder's row together: the plan's total again.
    const funders = row('По финансирующим', 'Итого по плану', 1);
    expect([3, 5, 7].map((c) => cents(funders[c]))).toEqual([
      all('planned'),
      all('spent'),
      all('cumulative'),
    ]);
  });

  it('gives the local budget per year and classification code as summed from the records', () => {
    const mine = new Map<string, { planned: number; cumulative: number }>();
    for (const line of request.tree.lines) {
      if (!line.shares.localBudget) continue;
      const key = `${line.year}, ${line.classificationCode ?? 'без кода'}`;
      const sums = mine.get(key) ?? { planned: 0, cumulative: 0 };
      sums.planned += line.shares.localBudget;
      for (const e of request.expenditures)
        if (e.lineKey === identityKey(line) && e.source === 'localBudget' && e.date <= Q2.to)
          sums.cumulative += e.amountTyiyn;
      mine.set(key, sums);
    }
    expect(mine.size).toBeGreaterThanOrEqual(3);
    for (const [key, sums] of mine) {
      const cells = row('Местный бюджет по кодам', `Подытог: ${key}`, 3);
      expect([cents(cells[6]), cents(cells[8])], key).toEqual([sums.planned, sums.cumulative]);
    }
  });

  it('keeps formula-like text as text', () => {
    const payees = sheets.get('Реестр расходов')!.map((cells) => cells[12]);
    expect(payees).toEqual(expect.arrayContaining(['=1+1', '-2', '@cmd']));
    const items = sheets.get('План и факт по статьям')!.map((cells) => cells[2]);
    expect(items).toEqual(expect.arrayContaining(['=1+1', '+SUM(A1)']));
  });

  it('prints every sheet on A4 landscape with type of at least 8 pt', async () => {
    // The same font at 11 pt, printed unscaled, gives the height of an 11-pt word.
    const probe = new ExcelJS.Workbook();
    probe.addWorksheet('P').getCell('A1').value = 'Проверка';
    const probePdf = printedPdf(new Uint8Array(await probe.xlsx.writeBuffer()), 'probe');
    const eleven = Math.max(...wordHeights(probePdf)[0]!);
    const pdf = printedPdf(bytes, 'execution');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
    const pages = wordHeights(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(book.worksheets.length);
    for (const [i, heights] of pages.entries())
      expect((11 * Math.min(...heights)) / eleven, `page ${i + 1}`).toBeGreaterThanOrEqual(8);
  }, 240_000);
});
