/* Police statistics from a generated workbook: column guess, periods in several spellings, report, all-or-nothing store. */
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../../tests/fixtures/db';
import { STANDARD_PROBLEMS } from '../../../../shared/domain/study/catalogue';
import {
  autoMapPolice,
  convertPoliceRows,
  parsePeriod,
} from '../../../../shared/domain/study/import/police';
import type { KoopsuzDatabase } from '../../../db/database';
import { ValidationError } from '../../../db/repository';
import { importPoliceCounts, setPoliceCount } from '../../../db/study/police';
import { createTerritory } from '../../../db/territories';
import { readTable } from './read-table';

const problems = STANDARD_PROBLEMS.map((p) => ({ code: p.code, title: p.title }));

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('УВД');
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

describe('police statistics import', () => {
  it('reads a generated workbook, maps columns and categories, and reports every row it leaves out', async () => {
    const bytes = await workbook([
      ['№', 'Период', 'Категория преступлений', 'Количество'],
      [1, '2025-Q1', 'Мошенничество (в т. ч. по телефону и в интернете)', 14],
      [2, '2 кв. 2025', 'fraud', 9],
      [3, 'III квартал 2025', 'Квартирные кражи', '1 204'],
      [4, 'Q4 2025', 'Квартирные кражи', 7],
      [5, 'Q4 2025', 'burglary', 3],
      [6, 'весна', 'fraud', 2],
      [7, '2025-Q2', 'fraud', -1],
      [8, '2025-Q2', 'Ст. 209 Разбой', 5],
      [9, '2025-Q3', 'Ст. 209 Разбой', 6],
      [10, new Date(Date.UTC(2025, 6, 1)), 'Кыз ала качуу', 1],
    ]);
    const table = await readTable(bytes);
    const mapping = autoMapPolice(table.headers);
    expect(mapping).toEqual({ period: 1, problem: 2, count: 3, values: {} });

    const result = convertPoliceRows(table, mapping, problems);
    expect(result.rows).toEqual([
      { period: '2025-Q1', problemCode: 'fraud', count: 14 },
      { period: '2025-Q2', problemCode: 'fraud', count: 9 },
      { period: '2025-Q3', problemCode: 'burglary', count: 1204 },
      { period: '2025-Q4', problemCode: 'burglary', count: 10 },
      { period: '2025-07', problemCode: 'bride-kidnapping', count: 1 },
    ]);
    expect(result.summed).toEqual([{ period: '2025-Q4', problemCode: 'burglary', rows: [5, 6] }]);
    expect(result.issues).toEqual([
      { rowNumber: 7, reason: 'badPeriod', value: 'весна' },
      { rowNumber: 8, reason: 'badCount', value: '-1' },
    ]);
    expect(result.unknown).toEqual([
      { value: 'Ст. 209 Разбой', key: 'ст209разбой', rows: [9, 10] },
    ]);

    // The clerk says what the unknown category means: its rows come in.
    const mapped = convertPoliceRows(
      table,
      { ...mapping, values: { ст209разбой: 'street-robbery' } },
      problems,
    );
    expect(mapped.unknown).toEqual([]);
    expect(mapped.mapped).toEqual([{ value: 'Ст. 209 Разбой', key: 'ст209разбой', rows: [9, 10] }]);
    expect(mapped.rows).toContainEqual({
      period: '2025-Q2',
      problemCode: 'street-robbery',
      count: 5,
    });
    // …or that it is to be left out.
    const skipped = convertPoliceRows(table, { ...mapping, values: { ст209разбой: '' } }, problems);
    expect(skipped.ignored).toBe(2);
    expect(skipped.rows).toHaveLength(5);

    // Stored all or nothing; figures for the same period and problem are replaced.
    await setPoliceCount(territoryId, '2025-Q1', 'fraud', 99);
    await importPoliceCounts(territoryId, result.rows);
    const stored = await db.policeStats.where('territoryId').equals(territoryId).toArray();
    expect(stored.map((s) => [s.period, s.problemCode, s.count]).sort()).toEqual(
      [
        ['2025-Q1', 'fraud', 14],
        ['2025-Q2', 'fraud', 9],
        ['2025-Q3', 'burglary', 1204],
        ['2025-Q4', 'burglary', 10],
        ['2025-07', 'bride-kidnapping', 1],
      ].sort(),
    );
  });

  it('stores nothing when one figure is invalid', async () => {
    await expect(
      importPoliceCounts(territoryId, [
        { period: '2025-Q1', problemCode: 'fraud', count: 3 },
        { period: '2025-Q5', problemCode: 'fraud', count: 3 },
      ]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.policeStats.count()).toBe(0);
  });

  it('refuses a file that is not a spreadsheet and guesses nothing without headers it knows', async () => {
    await expect(readTable(new Uint8Array([0, 1, 2, 3, 0, 0]))).rejects.toMatchObject({
      code: 'notSpreadsheet',
    });
    const table = await readTable(
      await workbook([
        ['a', 'b'],
        [1, 2],
      ]),
    );
    expect(autoMapPolice(table.headers)).toEqual({
      period: null,
      problem: null,
      count: null,
      values: {},
    });
  });

  it('understands the usual spellings of a period', () => {
    expect(parsePeriod('2025 Q2')).toBe('2025-Q2');
    expect(parsePeriod('1-й квартал 2024')).toBe('2024-Q1');
    expect(parsePeriod('IV кв. 2024')).toBe('2024-Q4');
    expect(parsePeriod('2 чейрек 2025')).toBe('2025-Q2');
    expect(parsePeriod('03.2025')).toBe('2025-03');
    expect(parsePeriod('2025-13')).toBeNull();
    expect(parsePeriod(45839)).toBe('2025-07');
  });
});
