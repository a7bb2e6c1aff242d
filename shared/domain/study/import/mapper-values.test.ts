import { describe, expect, it } from 'vitest';
import { STANDARD_PROBLEMS } from '../catalogue';
import { autoMap, convertRows, valueKey, type ImportCatalogue, type RawTable } from './mapper';

const PLACE = '11111111-1111-4111-8111-111111111111';
const catalogue: ImportCatalogue = {
  problems: STANDARD_PROBLEMS.map((p) => ({ code: p.code, title: p.title })),
  places: [{ id: PLACE, code: 'ak_orgo', name: { ru: 'Ж/м Ак-Өргө' } }],
};
const table: RawTable = {
  headers: ['gender', 'age_group', 'place', 'problems'],
  rows: [
    ['k', '18_29', 'massiv_5', 'market_theft thieves'],
    ['e', 'old', 'massiv_5', 'thieves'],
  ],
};

describe('value mapping of an import', () => {
  it('lists unknown codes, then applies the clerk’s choice for each and lists it as mapped', () => {
    const mapping = { columns: autoMap(table.headers, catalogue), values: {} };
    const before = convertRows(table, mapping, catalogue);
    expect(before.unknown.map((u) => `${u.field}:${u.value}:${u.rows.join(',')}`)).toEqual([
      'gender:k:2',
      'place:massiv_5:2,3',
      'problems:thieves:2,3',
      'gender:e:3',
      'ageGroup:old:3',
    ]);
    expect(before.rows[0]!.answers).toEqual({
      ageGroup: '18-29',
      problems: [{ code: 'market-theft' }],
    });

    const values = {
      [valueKey('gender', 'k')]: 'female',
      [valueKey('gender', 'e')]: 'male',
      [valueKey('place', 'massiv_5')]: PLACE,
      [valueKey('problems', 'thieves')]: 'market-theft',
      [valueKey('ageGroup', 'old')]: '', // leave the answer empty, and say nothing more
    };
    const after = convertRows(table, { ...mapping, values }, catalogue);
    expect(after.unknown).toEqual([]);
    expect(after.rows.map((r) => r.answers)).toEqual([
      { gender: 'female', ageGroup: '18-29', placeId: PLACE, problems: [{ code: 'market-theft' }] },
      { gender: 'male', placeId: PLACE, problems: [{ code: 'market-theft' }] },
    ]);
    expect(after.mapped.map((m) => `${m.column}:${m.value}:${m.rows.join(',')}`)).toEqual([
      'gender:k:2',
      'place:massiv_5:2,3',
      'problems:thieves:2,3',
      'gender:e:3',
      'age_group:old:3',
    ]);
  });
});
