/*
 * Importer fuzz (issue 8): 1,000 randomly mutated XLSX and CSV files (fixed seed: a failure names
 * its case and replays) through the survey importer (read → auto-map → convert) and the member
 * importer (read → guess mapping → build). Each file is either refused with a code the screen
 * explains, or read into rows the importer then checks; nothing throws anything else. The
 * importers write nothing until the clerk confirms a preview, so "no write" holds by construction.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { guessMapping, buildImport } from '../../shared/domain/member-import';
import { STANDARD_PROBLEMS } from '../../shared/domain/study/catalogue';
import {
  autoMap,
  convertRows,
  type ImportCatalogue,
} from '../../shared/domain/study/import/mapper';
import { prng, type Prng } from '../../tests/fixtures/prng';
import { memberTable } from '../features/working-group/read-table';
import { READ_REFUSALS } from '../features/study/import/read-limits';
import { ReadError, readTable } from '../features/study/import/read-table';

const SEED = 1_105_2026;
const XLSX_CASES = 150;
const CSV_CASES = 350;

const catalogue: ImportCatalogue = {
  problems: STANDARD_PROBLEMS.map((p) => ({ code: p.code, title: p.title })),
  places: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      code: 'alamedin_market',
      name: { ru: 'Аламединский рынок', ky: 'Аламүдүн базары' },
    },
  ],
};

const SURVEY = [
  [
    'respondent_group',
    'gender',
    'age_group',
    'place',
    'problems',
    'safe_day',
    'safe_night',
    'trust_police',
    '_uuid',
  ],
  ['resident', 'female', '18-29', 'alamedin_market', 'market_theft dark_streets', 4, 2, 3, 'u-1'],
  ['resident', 'male', '30-44', 'alamedin_market', 'fraud', 5, 3, 4, 'u-2'],
  ['business', 'female', '45-59', 'alamedin_market', 'market_theft', 3, 1, 2, 'u-3'],
];
const MEMBERS = [
  ['ФИО', 'Должность', 'Организация', 'Тип организации', 'Телефон', 'E-mail'],
  [
    'Асанова Айгүл Бакытовна',
    'Заместитель главы',
    'Администрация Свердловского района',
    'Местная власть',
    '+996 555 123 456',
    'a@example.kg',
  ],
  ['Токтогулов Нурлан', 'Инспектор', 'Свердловское РУВД', 'Милиция', '0312 000 000', ''],
];

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const csv = (rows: unknown[][], sep: string) =>
  new TextEncoder().encode(rows.map((r) => r.map((c) => `"${String(c)}"`).join(sep)).join('\r\n'));

function mutate(rng: Prng, bytes: Uint8Array): Uint8Array {
  const out = Array.from(bytes);
  for (let k = 1 + rng.int(3); k > 0; k -= 1) {
    const at = rng.int(out.length);
    const kind = rng.int(5);
    if (kind === 0) out[at] = out[at]! ^ (1 << rng.int(8));
    else if (kind === 1) out.splice(at, 1 + rng.int(32));
    else if (kind === 2)
      out.splice(
        at,
        0,
        ...Array.from({ length: 1 + rng.int(8) }, () =>
          rng.pick([0, 0x22, 0x3b, 0x2c, 0x0a, 0xd0, 0xff, rng.int(256)]),
        ),
      );
    else if (kind === 3) out.length = Math.max(at, 1);
    else out[at] = rng.pick([0, 0x22, 0x0a, 0x3b]);
  }
  return new Uint8Array(out);
}

async function survey(bytes: Uint8Array): Promise<string> {
  try {
    const table = await readTable(bytes);
    const result = convertRows(
      table,
      { columns: autoMap(table.headers, catalogue), values: {} },
      catalogue,
    );
    expect(Array.isArray(result.rows) && Array.isArray(result.skipped)).toBe(true);
    return 'read';
  } catch (error) {
    if (error instanceof ReadError) {
      expect(READ_REFUSALS).toContain(error.code);
      return error.code;
    }
    throw error;
  }
}

async function members(bytes: Uint8Array, name: string): Promise<string> {
  let table: string[][];
  try {
    table = memberTable(
      await readTable(bytes, { profile: 'members', fileName: name, dates: 'iso' }),
    );
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    expect(READ_REFUSALS).toContain(error.code);
    return error.code;
  }
  const built = buildImport(table, guessMapping(table[0] ?? []), 'ru');
  return built.ok ? 'read' : built.refusal;
}

let bases: {
  surveyXlsx: Uint8Array;
  surveyCsv: Uint8Array;
  membersXlsx: Uint8Array;
  membersCsv: Uint8Array;
};
beforeAll(async () => {
  bases = {
    surveyXlsx: await xlsx(SURVEY),
    surveyCsv: csv(SURVEY, ';'),
    membersXlsx: await xlsx(MEMBERS),
    membersCsv: csv(MEMBERS, ','),
  };
});

describe('importer fuzz', () => {
  it('the unmutated files are read', async () => {
    expect(await survey(bases.surveyXlsx)).toBe('read');
    expect(await survey(bases.surveyCsv)).toBe('read');
    expect(await members(bases.membersXlsx, 'members.xlsx')).toBe('read');
    expect(await members(bases.membersCsv, 'members.csv')).toBe('read');
  });

  it(`${2 * (XLSX_CASES + CSV_CASES)} mutated files: read or refused with a code, never a crash`, async () => {
    const rng = prng(SEED);
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const plan: [number, () => Promise<string>][] = [
      [XLSX_CASES, () => survey(mutate(rng, bases.surveyXlsx))],
      [CSV_CASES, () => survey(mutate(rng, bases.surveyCsv))],
      [XLSX_CASES, () => members(mutate(rng, bases.membersXlsx), 'members.xlsx')],
      [CSV_CASES, () => members(mutate(rng, bases.membersCsv), 'members.csv')],
    ];
    let n = 0;
    for (const [cases, run] of plan) {
      for (let i = 0; i < cases; i += 1, n += 1) {
        try {
          count(await run());
        } catch (error) {
          throw new Error(`case ${n}: ${String(error)}`, { cause: error });
        }
      }
    }
    expect(n).toBe(1000);
    expect(outcomes.get('unreadable'), JSON.stringify([...outcomes])).toBeGreaterThan(0);
    expect(outcomes.get('read'), JSON.stringify([...outcomes])).toBeGreaterThan(0);
  }, 180_000);
});
