/*
 * Pasted budget lines, from clipboard text written here by hand the way Excel (ru-RU) puts a
 * selection on the clipboard: tabs between cells, CRLF after every row including the last, cells
 * with a line break (Alt+Enter), a tab or a quote wrapped in quotes with their quotes doubled,
 * decimal commas, no-break-space thousands, a currency suffix, and empty trailing cells kept.
 */
import { describe, expect, it } from 'vitest';
import { readClipboardTable } from './clipboard-table';
import { pasteReady, readPastedLines, type PasteOptions } from './pasted-lines';

const NB = '\u00a0';
const LOCAL = '6f1c2a52-8d3e-4b7a-9c10-2e5f7a9b1c01';
const DONOR = '6f1c2a52-8d3e-4b7a-9c10-2e5f7a9b1c02';
const rows = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const options: PasteOptions = { lang: 'ru', year: 2026, plan: { startYear: 2026, endYear: 2027 } };

const EXCEL = rows(
  'Статья\tЕд. изм.\tКол-во\tЦена, сом\tМестный бюджет\tБизнес\tДоноры\tЖители',
  `Баннеры\tшт.\t12\t2${NB}500,00\t30${NB}000,00\t\t\t`,
  `"Футболки с логотипом\nдля волонтёров"\tшт.\t150\t450,50\t\t67${NB}575,00\t\t`,
  `Аренда зала\tчас\t2,5\t1${NB}200\t\t\t3${NB}000,00\t`,
  `"Стенд ""Осторожно, мошенники"""\tшт.\t4\t18${NB}750,00 сом\t\t\t\t75${NB}000,00`,
  `Канцтовары\tкомплект\t0,125\t1${NB}000,01\t\t\t\t`,
);

describe('clipboard table', () => {
  it('splits Excel’s rows and cells, unwraps quoted cells and keeps empty trailing cells', () => {
    const table = readClipboardTable(EXCEL);
    expect(table).toHaveLength(6);
    expect(table[1]).toEqual(['Баннеры', 'шт.', '12', `2${NB}500,00`, `30${NB}000,00`, '', '', '']);
    expect(table[2]![0]).toBe('Футболки с логотипом\nдля волонтёров');
    expect(table[4]![0]).toBe('Стенд "Осторожно, мошенники"');
    expect(table[4]).toHaveLength(8);
  });

  it('reads a quoted tab, a lone LF row break, a last row without a break and a stray quote as text', () => {
    expect(readClipboardTable('"a\tb"\tc\nd\t5" экран')).toEqual([
      ['a\tb', 'c'],
      ['d', '5" экран'],
    ]);
    expect(readClipboardTable('"не закрыта\tx\r\n')).toEqual([['"не закрыта', 'x']]);
    expect(readClipboardTable('a\t\r\n')).toEqual([['a', '']]);
    expect(readClipboardTable('')).toEqual([]);
  });
});

describe('pasted budget lines', () => {
  it('skips the header and reads five lines with Russian numbers into tyiyn and thousandths', () => {
    const reading = readPastedLines(EXCEL, options);
    expect(reading.header).toBe(true);
    expect(pasteReady(reading)).toBe(true);
    expect(reading.lines.map((l) => l.row)).toEqual([2, 3, 4, 5, 6]);
    const inputs = reading.lines.map((l) => l.input!);
    expect(inputs.map((i) => i.item.ru)).toEqual([
      'Баннеры',
      'Футболки с логотипом\nдля волонтёров',
      'Аренда зала',
      'Стенд "Осторожно, мошенники"',
      'Канцтовары',
    ]);
    expect(inputs.map((i) => i.unit.ru)).toEqual(['шт.', 'шт.', 'час', 'шт.', 'комплект']);
    expect(inputs.map((i) => i.quantityMilli)).toEqual([12_000, 150_000, 2_500, 4_000, 125]);
    expect(inputs.map((i) => i.unitCostTyiyn)).toEqual([
      250_000, 45_050, 120_000, 1_875_000, 100_001,
    ]);
    expect(inputs.map((i) => i.shares)).toEqual([
      { localBudget: 3_000_000, business: 0, donors: 0, residents: 0 },
      { localBudget: 0, business: 6_757_500, donors: 0, residents: 0 },
      { localBudget: 0, business: 0, donors: 300_000, residents: 0 },
      { localBudget: 0, business: 0, donors: 0, residents: 7_500_000 },
      { localBudget: 0, business: 0, donors: 0, residents: 0 },
    ]);
    expect(inputs.every((i) => i.year === 2026)).toBe(true);
  });

  it('gives the activity’s default funders to the sources a line has a share of', () => {
    const reading = readPastedLines(EXCEL, {
      ...options,
      defaultFunderIds: { localBudget: [LOCAL], donors: [DONOR] },
    });
    const funders = reading.lines.map((l) => l.input!.funderIds);
    expect(funders[0]).toEqual({
      localBudget: [LOCAL],
      business: [],
      donors: [],
      residents: [],
    });
    expect(funders[2]).toEqual({
      localBudget: [],
      business: [],
      donors: [DONOR],
      residents: [],
    });
    expect(funders[4]).toEqual({ localBudget: [], business: [], donors: [], residents: [] });
  });

  it('names each row’s problems by column, as the line form does, and adds nothing then', () => {
    const reading = readPastedLines(
      rows(
        `Баннеры\tшт.\t12\t2${NB}500,00`,
        `\tшт.\tдва\t100`,
        `Стенды\t\t1,2345\t-5`,
        `Флаеры\tшт.\t10\t1,005`,
        `Аренда\tчас\t2\t100\t150,00\t100,00`,
        `Лишнее\tшт.\t1\t1\t\t\t\t\tещё`,
      ),
      options,
    );
    expect(reading.header).toBe(false);
    expect(pasteReady(reading)).toBe(false);
    const problems = reading.lines.map((l) => l.problems.map((p) => `${p.target} ${p.message}`));
    expect(problems[0]).toEqual([]);
    expect(reading.lines[0]!.input).not.toBeNull();
    expect(problems[1]).toEqual(['item errors:required', 'quantity plan:errors.quantityNotNumber']);
    expect(problems[2]).toEqual([
      'unit errors:required',
      'quantity plan:errors.quantityPrecision',
      'unitCost plan:errors.unitCostNegative',
    ]);
    expect(problems[3]).toEqual(['unitCost plan:errors.moneyPrecision']);
    expect(problems[4]).toEqual(['shares plan:errors.sharesExceedTotal']);
    expect(problems[5]).toEqual(['row budgetEntry:tooManyColumns']);
    expect(reading.lines.slice(1).every((l) => l.input === null)).toBe(true);
  });

  it('refuses a year outside the plan and a paste of more than 1,000 lines', () => {
    const outside = readPastedLines(rows('Баннеры\tшт.\t1\t10'), { ...options, year: 2030 });
    expect(outside.lines[0]!.problems).toEqual([
      { target: 'year', message: 'plan:errors.yearOutsidePeriod' },
    ]);
    const many = readPastedLines(
      rows(...Array.from({ length: 1001 }, () => 'a\tb\t1\t1')),
      options,
    );
    expect(many.tooMany).toBe(true);
    expect(pasteReady(many)).toBe(false);
    expect(pasteReady(readPastedLines('\r\n\t\t\r\n', options))).toBe(false);
  });
});
