import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { funders, planTree } from '../../tests/fixtures/plan';
import { recalculatedSheets, runLibreOfficeTests } from '../../tests/fixtures/libreoffice';
import { lineTotal, SOURCES } from '../../shared/domain/budget';
import { planOutline, type PlanTree } from '../../shared/domain/plan-outline';
import { buildBudgetWorkbook } from './budget-workbook';
import { workbookFileName, type WorkbookRequest } from './budget-workbook-name';

const register = funders();
const LONG_KY = 'Ңөү'.repeat(333) + 'ң';

/** A plan with the awkward cases: half-tyiyn products, formula-like and 1,000-character Kyrgyz text. */
function awkwardTree(): PlanTree {
  const tree = planTree(
    { priorities: 3, objectivesPerPriority: 2, activitiesPerObjective: 2, linesPerActivity: 3 },
    register,
  );
  const [a, b, c] = tree.lines;
  // 1.5 × 0.03 som = 0.045 som: floats say 0.04499…, half-up to the tyiyn gives 0.05.
  Object.assign(a!, {
    quantityMilli: 1_500,
    unitCostTyiyn: 3,
    shares: { localBudget: 2, business: 0, donors: 0, residents: 0 },
  });
  // 1.005 × 1 000.01 som and a big amount near the plan limit's scale.
  Object.assign(b!, {
    quantityMilli: 1_005,
    unitCostTyiyn: 100_001,
    shares: { localBudget: 0, business: 50_000, donors: 50_000, residents: 500 },
  });
  Object.assign(c!, {
    quantityMilli: 999_999,
    unitCostTyiyn: 99_999_999_999,
    shares: { localBudget: 12_345_678_901, business: 0, donors: 0, residents: 0 },
  });
  c!.item = { ky: LONG_KY };
  tree.activities[0]!.title = { ru: '@cmd', ky: '+SUM(A1)' };
  tree.priorities[0]!.title = { ru: '=1+1' };
  return tree;
}

function request(tree: PlanTree, lang: WorkbookRequest['lang'] = 'ru'): WorkbookRequest {
  return {
    tree,
    funders: register,
    territoryName: { ru: 'Свердловский район', ky: 'Свердлов району' },
    lang,
    date: '2026-11-26T05:00:00.000Z',
  };
}

const tree = awkwardTree();
const outline = planOutline(tree);
let bytes: Uint8Array;
let book: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = (await buildBudgetWorkbook(request(tree))).bytes;
  book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
});

const som = (tyiyn: number) => tyiyn / 100;

describe('budget workbook read back with exceljs', () => {
  it('has the summary, budget, one sheet per source and funders, named in the chosen language', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      'Сводка',
      'Бюджет',
      'Местный бюджет',
      'Бизнес',
      'Доноры',
      'Жители',
      'Финансирующие',
    ]);
  });

  it('lists every line on the Budget sheet with a ROUND formula total and the exact result', () => {
    const ws = book.getWorksheet('Бюджет')!;
    expect(ws.getCell('I4').value).toBe('Всего');
    for (const row of outline.rows) {
      const r = 4 + row.number;
      const total = ws.getCell(`I${r}`);
      expect(total.formula).toBe(`ROUND(F${r}*G${r},2)`);
      expect(total.result).toBe(som(lineTotal(row.line.quantityMilli, row.line.unitCostTyiyn)));
      expect(total.numFmt).toBe('#,##0.00');
      expect(ws.getCell(`P${r}`).formula).toBe(`I${r}-J${r}-L${r}-M${r}-N${r}`);
    }
    expect(ws.getCell('I5').result).toBe(0.05);
    const totalRow = 4 + outline.rows.length + 2;
    expect(ws.getCell(`I${totalRow}`).formula).toBe(`SUM(I5:I${totalRow - 2})`);
    expect(ws.getCell(`I${totalRow}`).result).toBe(som(outline.totals.total));
  });

  it('keeps formula-like and long Kyrgyz text as plain strings', () => {
    const ws = book.getWorksheet('Бюджет')!;
    expect(ws.getCell('C5').value).toBe('1. =1+1');
    expect(ws.getCell('C5').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D5').value).toBe('1.1.1. @cmd');
    const items = outline.rows.map((_, i) => ws.getCell(`B${5 + i}`));
    for (const cell of items) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(items.map((c) => c.value)).toEqual(
      expect.arrayContaining(['=1+1', '+SUM(A1)', '@cmd', '-2', LONG_KY]),
    );
  });

  it('has bold frozen headers, autofilter, widths, A4 landscape, repeated header, header and footer', () => {
    for (const ws of book.worksheets) {
      expect(ws.getRow(4).font?.bold, ws.name).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
      expect(ws.pageSetup.printTitlesRow).toBe('4:4');
      expect(ws.headerFooter.oddFooter).toContain('&P');
      expect(ws.headerFooter.oddHeader).toContain('Совместный план');
      expect(ws.headerFooter.oddHeader).toContain('Статус: Проект · версия 1');
      expect(ws.getColumn(1).width).toBeGreaterThan(0);
      if (ws.name === 'Бюджет') continue;
      expect(ws.pageSetup, ws.name).toMatchObject({
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
    }
    // The Budget sheet prints in logical pages: a fixed scale, № and item on every page, across first.
    expect(book.getWorksheet('Бюджет')!.pageSetup).toMatchObject({
      fitToPage: false,
      scale: 85,
      printTitlesColumn: 'A:B',
      pageOrder: 'overThenDown',
    });
    expect(book.getWorksheet('Бюджет')!.autoFilter).toBeTruthy();
  });

  it('states the status, version and approval in the first rows of every sheet', async () => {
    for (const ws of book.worksheets)
      expect(ws.getCell('A2').value, ws.name).toBe(
        'Статус: Проект · версия 1 · не утверждён — проект',
      );
    const approved = awkwardTree();
    Object.assign(approved.plan, {
      status: 'inProgress',
      version: 3,
      approval: {
        body: 'council',
        position: { ru: 'Председатель' },
        name: { ru: 'Иванов И.' },
        date: '2026-02-01',
        number: '7/12',
      },
    });
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(
      (await buildBudgetWorkbook(request(approved))).bytes.buffer as ArrayBuffer,
    );
    for (const ws of other.worksheets)
      expect(ws.getCell('A2').value, ws.name).toBe(
        'Статус: Выполняется · версия 3 · утверждён 01.02.2026 № 7/12',
      );
  });

  it('gives wrapped rows the height of their text, within the spreadsheet limit', () => {
    const ws = book.getWorksheet('Бюджет')!;
    const heights = outline.rows.map((row) => ws.getRow(4 + row.number).height);
    const long = outline.rows.findIndex((row) => row.line.item.ky === LONG_KY);
    // 1,000 letters in a column of 32: far more than the 409 points a row may have.
    expect(heights[long]).toBe(409);
    for (const height of heights) expect(height).toBeGreaterThan(15);
  });

  it('fills the document properties and asks for recalculation on load', () => {
    expect(book.creator).toBe('Koopsuz');
    expect(book.title).toBe('Совместный план профилактики правонарушений');
    expect(book.company).toBe('Свердловский район');
  });

  it('writes headers in Kyrgyz and English too, and a file name from territory, plan and date', async () => {
    const ky = new ExcelJS.Workbook();
    await ky.xlsx.load(
      (await buildBudgetWorkbook(request(tree, 'ky'))).bytes.buffer as ArrayBuffer,
    );
    expect(ky.worksheets.map((ws) => ws.name)).toContain('Жергиликтүү бюджет');
    expect(ky.getWorksheet('Бюджет')!.getCell('J4').value).toBe('Жергиликтүү бюджет');
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(
      (await buildBudgetWorkbook(request(tree, 'en'))).bytes.buffer as ArrayBuffer,
    );
    expect(en.worksheets.map((ws) => ws.name)).toEqual([
      'Summary',
      'Budget',
      'Local budget',
      'Business',
      'Donors',
      'Residents',
      'Funders',
    ]);
    expect(workbookFileName(request(tree))).toBe(
      'Свердловский район — Совместный план профилактики правонарушений — бюджет — 26.11.2026.xlsx',
    );
  });
});

describe.runIf(runLibreOfficeTests())('budget workbook recalculated by LibreOffice', () => {
  let sheets: Map<string, string[][]>;
  beforeAll(() => {
    sheets = recalculatedSheets(bytes, 'budget');
  }, 180_000);

  const value = (sheet: string, address: string) => {
    const cell = book.getWorksheet(sheet)!.getCell(address);
    const cells = sheets.get(sheet)!;
    return cells[Number(cell.row) - 1]?.[Number(cell.col) - 1] ?? '';
  };
  const cents = (text: string) => Math.round(Number(text) * 100);

  it('computes every formula of every sheet to the value the app stored', () => {
    let checked = 0;
    for (const ws of book.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.formula) return;
          const shown = value(ws.name, cell.address);
          // Percentages come out as `33.3333333333333%`; money and counts as raw numbers.
          const computed = shown.endsWith('%') ? Number(shown.slice(0, -1)) / 100 : Number(shown);
          const stored = typeof cell.result === 'number' ? cell.result : 0;
          if (cell.numFmt === '0.0%')
            expect(Math.abs(computed - stored), `${ws.name}!${cell.address}`).toBeLessThan(1e-12);
          else
            expect(cents(String(computed)), `${ws.name}!${cell.address} ${cell.formula}`).toBe(
              Math.round(stored * 100),
            );
          checked += 1;
        }),
      );
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('gives the app’s totals: per source, unfunded, in kind, per priority, per year', () => {
    const t = outline.totals;
    expect(cents(value('Сводка', 'B6'))).toBe(t.total);
    SOURCES.forEach((s, i) =>
      expect(cents(value('Сводка', `${String.fromCharCode(67 + i)}6`))).toBe(t.bySource[s]),
    );
    expect(cents(value('Сводка', 'G6'))).toBe(t.unfunded);
    expect(cents(value('Сводка', 'H6'))).toBe(t.inKind);
    const summary = sheets.get('Сводка')!;
    const priorityRows = summary.filter((row) => /^\d\. /.test(row[0] ?? ''));
    expect(priorityRows.map((row) => cents(row[1]!))).toEqual(
      outline.priorities.map((p) => p.totals.total),
    );
    const yearRows = summary.filter((row) => /^20\d\d$/.test(row[0] ?? ''));
    expect(yearRows.map((row) => cents(row[1]!))).toEqual(
      outline.byYear.map((y) => y.totals.total),
    );
    expect(yearRows.map((row) => cents(row[2]!))).toEqual(
      outline.byYear.map((y) => y.totals.bySource.localBudget),
    );
  });

  it('keeps the local-budget sheet totals by year and code equal to the app’s', () => {
    const cells = sheets.get('Местный бюджет')!;
    const planTotal = cells.find((row) => row[3] === 'Итого по плану')!;
    expect(cents(planTotal[6]!)).toBe(outline.totals.bySource.localBudget);
    for (const entry of outline.localBudgetByYearAndCode) {
      const label = `Подытог: ${entry.year}${entry.code ? `, ${entry.code}` : ''}`;
      expect(cents(cells.find((row) => row[3] === label)![6]!), label).toBe(entry.amount);
    }
  });

  it('shows formula-like text as text, not computed', () => {
    const items = sheets.get('Бюджет')!.map((row) => row[1]);
    expect(items).toEqual(expect.arrayContaining(['=1+1', '+SUM(A1)', '@cmd', '-2', LONG_KY]));
    expect(sheets.get('Бюджет')![4]![2]).toBe('1. =1+1');
  });

  it('really recalculates (a wrong cached result is corrected)', async () => {
    const probe = new ExcelJS.Workbook();
    probe.addWorksheet('P').getCell('A1').value = { formula: '1+1', result: 5 };
    const out = recalculatedSheets(new Uint8Array(await probe.xlsx.writeBuffer()), 'probe');
    expect(out.get('P')![0]![0]).toBe('2');
  }, 120_000);
});
