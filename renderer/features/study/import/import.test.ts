/* Parsers and mappers on files generated here: KoBo XLSX in both header modes and both multiple-choice layouts. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  autoMap,
  convertRows,
  hasAnswerColumns,
} from '../../../../shared/domain/study/import/mapper';
import { ALAMEDIN, catalogue } from '../../../../tests/fixtures/import-catalogue';
import { readTable, ReadError } from './read-table';

async function xlsx(
  rows: unknown[][],
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  for (const row of rows) ws.addRow(row);
  edit?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const XML_HEADERS = [
  'start',
  'group_a/respondent_group',
  'group_a/gender',
  'group_a/age_group',
  'group_a/place',
  'group_b/problems',
  'group_b/problems/market_theft',
  'group_b/problems/fraud',
  'group_c/concern_market_theft',
  'group_c/safe_day',
  'group_c/safe_night',
  'group_c/trust_police',
  'victim',
  'reported',
  'consent',
  '_id',
  '_uuid',
  '_submission_time',
  '_index',
];

describe('KoBo XLSX import', () => {
  it('reads XML-name headers with group prefixes, both multiple-choice layouts, mangled codes and metadata', async () => {
    const bytes = await xlsx([
      XML_HEADERS,
      [
        'x',
        'resident',
        'female',
        1829,
        'alamedin_market',
        'market_theft dark_streets',
        1,
        0,
        4,
        3,
        1,
        2,
        1,
        0,
        'yes',
        1,
        'u-1',
        45123.5,
        1,
      ],
      [
        'x',
        'business',
        'male',
        3044,
        'alamedin_market',
        '',
        0,
        1,
        '',
        5,
        4,
        4,
        0,
        '',
        'yes',
        2,
        'u-2',
        '2025-03-14T10:00:00',
        2,
      ],
      [
        'x',
        'resident',
        'male',
        4559,
        'somewhere_else',
        'market_theft aliens',
        1,
        0,
        7,
        3,
        3,
        3,
        '',
        '',
        'no',
        3,
        'u-3',
        '',
        3,
      ],
      [
        'x',
        'resident',
        'female',
        1829,
        'alamedin_market',
        'market_theft dark_streets',
        1,
        0,
        4,
        3,
        1,
        2,
        1,
        0,
        'yes',
        4,
        'u-1',
        45123.5,
        4,
      ],
    ]);
    const table = await readTable(bytes);
    const columns = autoMap(table.headers, catalogue);
    expect(columns.map((c) => ('code' in c ? `${c.field}:${c.code}` : c.field))).toEqual([
      'ignore',
      'respondentGroup',
      'gender',
      'ageGroup',
      'place',
      'problems',
      'problemOption:market-theft',
      'problemOption:fraud',
      'concern:market-theft',
      'safeDay',
      'safeNight',
      'trustPolice',
      'victim',
      'reported',
      'consent',
      'ignore',
      'uuid',
      'submittedAt',
      'ignore',
    ]);
    const result = convertRows(table, { columns, values: {} }, catalogue);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]).toEqual({
      rowNumber: 2,
      externalId: 'u-1',
      submittedAt: '2023-07-16T12:00:00.000Z',
      answers: {
        respondentGroup: 'resident',
        gender: 'female',
        ageGroup: '18-29',
        placeId: ALAMEDIN,
        problems: [{ code: 'market-theft', concern: 4 }, { code: 'dark-streets' }],
        safeDay: 3,
        safeNight: 1,
        trustPolice: 2,
        victim: true,
        reported: false,
      },
    });
    expect(result.rows[1]!.answers).toMatchObject({
      ageGroup: '30-44',
      problems: [{ code: 'fraud' }],
      victim: false,
    });
    expect(result.skipped).toEqual([
      { rowNumber: 4, reason: 'consent' },
      { rowNumber: 5, reason: 'duplicateUuid', ofRow: 2 },
    ]);
  });

  it('reports out-of-range answers and unknown codes with row and column, leaving the answer empty', async () => {
    const bytes = await xlsx([
      XML_HEADERS,
      [
        'x',
        'resident',
        'male',
        4559,
        'somewhere_else',
        'market_theft aliens',
        1,
        0,
        7,
        3,
        3,
        3,
        '',
        '',
        'yes',
        3,
        'u-3',
        'not a date',
        3,
      ],
    ]);
    const table = await readTable(bytes);
    const result = convertRows(
      table,
      { columns: autoMap(table.headers, catalogue), values: {} },
      catalogue,
    );
    expect(result.rows[0]!.answers).toMatchObject({
      ageGroup: '45-59',
      problems: [{ code: 'market-theft' }],
    });
    expect(result.rows[0]!.answers.placeId).toBeUndefined();
    expect(result.issues).toEqual([
      { rowNumber: 2, column: 'group_c/concern_market_theft', value: '7', reason: 'outOfRange' },
      { rowNumber: 2, column: '_submission_time', value: 'not a date', reason: 'badDate' },
    ]);
    expect(result.unknown).toEqual([
      { column: 'group_a/place', field: 'place', value: 'somewhere_else', rows: [2] },
      { column: 'group_b/problems', field: 'problems', value: 'aliens', rows: [2] },
    ]);
    // The clerk maps the unknown place by hand: the override wins.
    const fixed = convertRows(
      table,
      { columns: autoMap(table.headers, catalogue), values: { 'place:somewhereelse': ALAMEDIN } },
      catalogue,
    );
    expect(fixed.rows[0]!.answers.placeId).toBe(ALAMEDIN);
  });

  it('reads label headers (Russian) with option columns only, formula cells by their result', async () => {
    const bytes = await xlsx(
      [
        [
          'Кто вы',
          'Пол',
          'Возраст',
          'Какие проблемы/Кражи и беспорядки на рынках',
          'Какие проблемы/Домашнее насилие',
          'Безопасность днём',
          'Доверие милиции',
          '_uuid',
        ],
        ['Житель', 'Женщина', '60 и старше', 1, 1, 4, null, 'a'],
      ],
      (ws) => {
        ws.getCell('G2').value = { formula: '2+1', result: 3 };
      },
    );
    const table = await readTable(bytes);
    const columns = autoMap(table.headers, catalogue);
    expect(hasAnswerColumns(columns)).toBe(true);
    const result = convertRows(table, { columns, values: {} }, catalogue);
    expect(result.rows[0]!.answers).toEqual({
      respondentGroup: 'resident',
      gender: 'female',
      ageGroup: '60-plus',
      problems: [{ code: 'market-theft' }, { code: 'domestic-violence' }],
      safeDay: 4,
      trustPolice: 3,
    });
  });

  it('refuses what is not a readable spreadsheet', async () => {
    const refusal = async (bytes: Uint8Array) =>
      readTable(bytes).then(
        () => 'read',
        (e: ReadError) => e.code,
      );
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(
      'encrypted',
    );
    expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toBe(
      'notSpreadsheet',
    );
    expect(await refusal(new Uint8Array(0))).toBe('empty');
    expect(await refusal(await xlsx([]))).toBe('empty');
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('unreadable');
    const big = new Uint8Array(51 * 1024 * 1024);
    expect(await refusal(big)).toBe('tooLarge');
    const nothing = { headers: ['a', 'b'], rows: [['1', '2']] };
    expect(hasAnswerColumns(autoMap(nothing.headers, catalogue))).toBe(false);
  });
});
