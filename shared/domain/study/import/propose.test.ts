import { describe, expect, it } from 'vitest';
import { STANDARD_PROBLEMS } from '../catalogue';
import { convertRows, type ImportCatalogue, type RawTable } from './mapper';
import { blockingWarnings, proposeMapping } from './propose';
import { profileColumns } from './questions';
import { similarity } from './text-match';
import { parseXlsForm } from './xlsform';

const catalogue: ImportCatalogue = {
  problems: STANDARD_PROBLEMS.map((p) => ({ code: p.code, title: p.title })),
  places: [],
};
const propose = (table: RawTable, form?: ReturnType<typeof parseXlsForm>) =>
  proposeMapping(table.headers, profileColumns(table), catalogue, form);

describe('recognising an export', () => {
  it('compares labels tolerantly: word order, endings, punctuation, ё/е, Kyrgyz letters', () => {
    expect(similarity('Неосвещённые улицы', 'улицы, неосвещенные!')).toBe(1);
    expect(similarity('Ээсиз иттер', 'ээсиз иттер')).toBe(1);
    expect(similarity('Жарыгы жок көчөлөр', 'Жарыгы жок кочолор')).toBe(1);
    expect(similarity('Кражи на рынках', 'Кражи и беспорядки на рынках')).toBeGreaterThan(0.6);
    expect(similarity('Кражи на рынках', 'Бродячие собаки')).toBe(0);
  });

  it('knows a column by its values whatever its header (gender), and says how sure it is', () => {
    const table: RawTable = {
      headers: ['q7', 'q8'],
      rows: [
        ['Эркек', 'x'],
        ['Аял', 'y'],
        ['Мужской', 'z'],
      ],
    };
    const p = propose(table);
    expect(p.mapping.columns).toEqual([{ field: 'gender' }, { field: 'ignore' }]);
    expect(p.confidence).toEqual(['sure', 'none']);
  });

  it('takes consent from the skip logic of a form when its label says nothing', () => {
    const form = parseXlsForm(
      [
        ['type', 'name', 'label::Русский (ru)', 'relevant'],
        ['select_one yn', 'q0', 'Можем начать?', ''],
        ['begin_group', 'g', 'Блок', "${q0}='1'"],
        ['select_multiple p', 'q1', 'Что беспокоит?', ''],
        ['text', 'q2', 'Ещё', "${q0}='1'"],
        ['end_group', '', '', ''],
      ],
      [
        ['list_name', 'name', 'label::Русский (ru)'],
        ['yn', '1', 'Да'],
        ['yn', '2', 'Нет'],
        ['p', 'fraud', 'Мошенничество'],
        ['p', 'dogs', 'Бродячие собаки'],
      ],
    );
    expect(form.questions.map((q) => [q.name, q.groups.map((g) => g.name), q.relevant])).toEqual([
      ['q0', [], undefined],
      ['q1', ['g'], "${q0}='1'"],
      ['q2', ['g'], "${q0}='1' and ${q0}='1'"],
    ]);
    const table: RawTable = {
      headers: ['Можем начать?', 'Блок/Что беспокоит?'],
      rows: [
        ['Да', 'Мошенничество Бродячие собаки Гадание'],
        ['Нет', ''],
      ],
    };
    const p = propose(table, form);
    expect(p.mapping.columns).toEqual([{ field: 'consent' }, { field: 'problems' }]);
    const result = convertRows(table, p.mapping, catalogue);
    expect(result.skipped).toEqual([{ rowNumber: 3, reason: 'consent' }]);
    // Labels joined by spaces are split by the known labels; an unknown word is dropped alone.
    expect(result.rows[0]!.answers.problems).toEqual([{ code: 'fraud' }, { code: 'stray-dogs' }]);
    expect(result.unknown.map((u) => [u.field, u.value, u.rows])).toEqual([
      ['problems', 'Гадание', [2]],
    ]);
    expect(result.blanks).toEqual([
      { column: 0, count: 0 },
      { column: 1, count: 0 },
    ]);
  });

  it('blocks an import without a problems column, and one whose consent column is unmapped', () => {
    expect(blockingWarnings([{ field: 'gender' }], [])).toEqual(['noProblems']);
    expect(blockingWarnings([{ field: 'problems' }, { field: 'ignore' }], [1])).toEqual([
      'noConsent',
    ]);
    expect(blockingWarnings([{ field: 'problems' }, { field: 'consent' }], [1])).toEqual([]);
  });
});
