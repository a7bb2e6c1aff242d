/*
 * Hostile files (issue 13 item 5) through the one reader, for each importer's profile: each is
 * refused with a code the screens word in the clerk's language, or read within the caps. The
 * files are built by hand (tests/fixtures/xlsx, zip): nothing here comes from the reader's libraries.
 */
import { describe, expect, it } from 'vitest';
import { buildImport, guessMapping } from '../../../../shared/domain/member-import';
import { STANDARD_PROBLEMS } from '../../../../shared/domain/study/catalogue';
import { autoMap, convertRows } from '../../../../shared/domain/study/import/mapper';
import { autoMapPolice, convertPoliceRows } from '../../../../shared/domain/study/import/police';
import {
  deepNesting,
  entityExpansion,
  farCell,
  farColumn,
  oneSheet,
  zipBomb,
} from '../../../../tests/fixtures/xlsx';
import { memberTable } from '../../working-group/read-table';
import type { ReadProfile } from './read-limits';
import { readTable, ReadError } from './read-table';

const PROFILES: ReadProfile[] = ['survey', 'police', 'members'];
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function outcome(
  bytes: Uint8Array,
  profile: ReadProfile,
  fileName = 'file.xlsx',
): Promise<string> {
  try {
    await readTable(bytes, { profile, fileName });
    return 'read';
  } catch (error) {
    if (error instanceof ReadError) return error.code;
    throw error;
  }
}

const honestBomb = zipBomb(3, true);
const lyingBomb = zipBomb(3, false);

describe.each(PROFILES)('hostile files in the %s import', (profile) => {
  it('a value at XFD1048576 or in column XFD is refused (rows and columns capped)', async () => {
    expect(await outcome(farCell(), profile)).toBe('tooManyRows');
    expect(await outcome(farColumn(), profile)).toBe('tooManyColumns');
  });

  it('a zip entry that inflates to gigabytes is refused, whether it declares its size or lies', async () => {
    expect(honestBomb.length).toBeLessThan(4 << 20);
    expect(await outcome(honestBomb, profile)).toBe('packedTooLarge');
    expect(await outcome(lyingBomb, profile)).toBe('packedTooLarge');
  });

  it('2 million nested elements and entity expansion are refused', async () => {
    // Stored, a million levels fit under every file cap: only the depth cap stops them.
    expect(await outcome(deepNesting(true, 1_000_000), profile)).toBe('tooDeep');
    expect(await outcome(deepNesting(), profile)).toBe('packedTooLarge');
    expect(await outcome(entityExpansion(), profile)).toBe('doctype');
  });

  it('a 60 MB CSV is refused by its size; an 8 MB line of delimiters by its columns', async () => {
    const big = Buffer.alloc(60 << 20, 'ФИО;Должность\n');
    expect(await outcome(big, profile, 'big.csv')).toBe('tooLarge');
    const wide = Buffer.from(`ФИО${';'.repeat(8 << 20)}x`);
    expect(await outcome(wide, profile, 'wide.csv')).toBe('tooManyColumns');
  });
});

describe('caps and sparse rows', () => {
  it('an empty cell declared at XFD1048576 costs nothing: the table reads, rows keep their own width', async () => {
    const bytes = oneSheet(
      `<worksheet xmlns="${MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>` +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ФИО</t></is></c><c r="B1" t="inlineStr"><is><t>Тел</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Асанова</t></is></c><c r="BXX2"><v>1</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Бекова</t></is></c></row>' +
        '<row r="1048576"><c r="XFD1048576"/></row></sheetData></worksheet>',
    );
    const table = await readTable(bytes, { profile: 'survey' });
    expect(table.rows.map((r) => r.length)).toEqual([2000, 1]);
    expect(table.headers).toHaveLength(2000);
    expect(table.rows[1]).toEqual(['Бекова']);
  });

  it('a member list of more cells than the cap is refused', async () => {
    const row = (r: number) => Array.from({ length: 150 }, (_, c) => `${r}-${c}`).join(';');
    const csv = Buffer.from(Array.from({ length: 1500 }, (_, r) => row(r)).join('\n'));
    expect(await outcome(csv, 'members', 'list.csv')).toBe('tooManyCells');
    expect(await outcome(csv, 'survey', 'list.csv')).toBe('read');
  });
});

describe('__proto__ and constructor as headers and values', () => {
  const csv = Buffer.from(
    'ФИО;__proto__;constructor;gender;Категория;Период;Количество\n' +
      '__proto__;constructor;__proto__;female;constructor;2025-Q1;3\n' +
      'constructor;__proto__;toString;male;__proto__;2025-Q1;4\n',
  );
  const clean = () => expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('female');

  it('the survey import reads and converts them as plain text', async () => {
    const table = await readTable(csv);
    expect(table.headers.slice(0, 3)).toEqual(['ФИО', '__proto__', 'constructor']);
    const catalogue = {
      problems: STANDARD_PROBLEMS.map((p) => ({ code: p.code, title: p.title })),
      places: [],
    };
    const result = convertRows(
      table,
      { columns: autoMap(table.headers, catalogue), values: {} },
      catalogue,
    );
    expect(result.rows.length + result.skipped.length).toBe(2);
    clean();
  });

  it('the police import lists them as unknown categories, and maps them when the clerk says so', async () => {
    const table = await readTable(csv, { profile: 'police' });
    const mapping = autoMapPolice(table.headers);
    expect(mapping).toMatchObject({ problem: 4, period: 5, count: 6 });
    const problems = STANDARD_PROBLEMS.map((p) => ({ code: p.code, title: p.title }));
    const unmapped = convertPoliceRows(table, mapping, problems);
    expect(unmapped.rows).toEqual([]);
    expect(unmapped.unknown.map((u) => u.value)).toEqual(['constructor', '__proto__']);
    const values = Object.fromEntries(unmapped.unknown.map((u) => [u.key, 'fraud']));
    const mapped = convertPoliceRows(table, { ...mapping, values }, problems);
    expect(mapped.rows).toEqual([{ period: '2025-Q1', problemCode: 'fraud', count: 7 }]);
    clean();
  });

  it('the member import takes them as names', async () => {
    const table = memberTable(await readTable(csv, { profile: 'members' }));
    const built = buildImport(table, guessMapping(table[0]!), 'ru');
    expect(built.ok && built.preview.rows.map((r) => r.input.fullName)).toEqual([
      '__proto__',
      'constructor',
    ]);
    clean();
  });
});
