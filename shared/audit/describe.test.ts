import { describe, expect, it } from 'vitest';
import { describeAuditChanges, describeAuditRecord, type AuditWords } from './describe';

const NB = '\u00a0';
const LINE = '0a000000-0000-4000-8000-00000000000a';
const FUNDER = '0b000000-0000-4000-8000-00000000000b';
const GONE = '0c000000-0000-4000-8000-00000000000c';
const TERRITORY = '0d000000-0000-4000-8000-00000000000d';

const FIELDS: Record<string, string> = {
  item: 'Статья расходов',
  quantityMilli: 'Количество',
  unitCostTyiyn: 'Цена за единицу',
  shares: 'Доли источников',
  funderIds: 'Доноры по источникам',
  residentsInKind: 'Вклад жителей натурой',
  activityId: 'Мероприятие',
  year: 'Год',
  name: 'Название',
  language: 'Язык интерфейса',
  currentTerritoryId: 'Текущая территория',
  timing: 'Сроки',
  start: 'Начало',
  kind: 'Вид',
  status: 'Статус',
  documents: 'Документы',
  number: 'Номер',
  date: 'Дата',
  count: 'Записей',
};
const ENUMS: Record<string, string> = {
  'source.localBudget': 'Местный бюджет',
  'source.donors': 'Доноры',
  'plans.status.draft': 'черновик',
  'plans.status.approved': 'утверждён',
  'settings.language.ky': 'кыргызча',
  'settings.language.ru': 'русский',
};
const NAMES: Record<string, string> = {
  [`activities:${LINE}`]: 'Освещение улиц',
  [`funders:${FUNDER}`]: 'ПРООН',
  [`territories:${TERRITORY}`]: 'Свердловский район',
};

/** Words as the renderer gives them, written here by hand. */
const words: AuditWords = {
  lang: 'ru',
  field: (key) => FIELDS[key],
  enumValue: (table, key, value) => ENUMS[`${table}.${key}.${value}`] ?? ENUMS[`${key}.${value}`],
  reference: (table, id) => NAMES[`${table}:${id}`],
  instant: (iso) => `local(${iso.slice(0, 10)})`,
  yes: 'да',
  no: 'нет',
  empty: '(пусто)',
  missing: '(удалённая запись)',
  calculated: '(расчёт)',
  language: (code) => ({ ru: '(рус.)', ky: '(кырг.)', en: '(англ.)' })[code],
  pick: (text) => text.ru ?? text.ky ?? '',
};

const line = {
  id: 'c0000000-0000-4000-8000-000000000001',
  territoryId: TERRITORY,
  activityId: LINE,
  item: { ru: 'Фонари', ky: 'Чырактар' },
  quantityMilli: 12_500,
  unitCostTyiyn: 6_720_000,
  year: 2026,
  shares: { localBudget: 6_720_000, donors: 0 },
  funderIds: { localBudget: [], donors: [FUNDER, GONE] },
  residentsInKind: false,
  order: 3,
  createdAt: '2026-03-01T04:00:00.000Z',
  updatedAt: '2026-03-01T04:00:00.000Z',
};

describe('describeAuditChanges', () => {
  it('a budget line reads in words: labels, som, quantities, names; no ids or stamps', () => {
    const lines = describeAuditChanges('budgetLines', line.id, undefined, line, words);
    expect(lines).toEqual([
      { field: 'Мероприятие', after: 'Освещение улиц' },
      { field: 'Статья расходов (рус.)', after: 'Фонари' },
      { field: 'Статья расходов (кырг.)', after: 'Чырактар' },
      { field: 'Количество', after: '12,5' },
      { field: 'Цена за единицу', after: `67${NB}200,00${NB}сом` },
      { field: 'Год', after: '2026' },
      { field: 'Доли источников › Местный бюджет', after: `67${NB}200,00${NB}сом` },
      { field: 'Доли источников › Доноры', after: `0,00${NB}сом` },
      { field: 'Доноры по источникам › Местный бюджет', after: '(пусто)' },
      { field: 'Доноры по источникам › Доноры', after: 'ПРООН, (удалённая запись)' },
      { field: 'Вклад жителей натурой', after: 'нет' },
    ]);
  });

  it('an update lists only what changed, both sides', () => {
    const after = { ...line, quantityMilli: 2_000, updatedAt: '2026-03-02T04:00:00.000Z' };
    expect(describeAuditChanges('budgetLines', line.id, line, after, words)).toEqual([
      { field: 'Количество', before: '12,5', after: '2' },
    ]);
  });

  it('a setting is told by its label and its value in words', () => {
    expect(describeAuditChanges('settings', 'language', 'ru', 'ky', words)).toEqual([
      { field: 'Язык интерфейса', before: 'русский', after: 'кыргызча' },
    ]);
    expect(
      describeAuditChanges('settings', 'currentTerritoryId', undefined, TERRITORY, words),
    ).toEqual([{ field: 'Текущая территория', after: 'Свердловский район' }]);
  });

  it('enumerated values, dates, quarters, instants and list items in words', () => {
    const before = { status: 'draft', timing: { kind: 'x', start: '2026-Q1' } };
    const after = {
      status: 'approved',
      timing: { kind: 'x', start: '2026-02-01' },
      documents: [{ number: '17', date: '2026-03-05' }],
      supersededAt: '2026-03-05T10:00:00.000Z',
    };
    const lines = describeAuditChanges('plans', 'p', before, after, {
      ...words,
      field: (k) => FIELDS[k] ?? `<${k}>`,
    });
    expect(lines).toEqual([
      { field: 'Статус', before: 'черновик', after: 'утверждён' },
      { field: 'Сроки › Начало', before: `I${NB}кв.${NB}2026`, after: '01.02.2026' },
      { field: 'Документы › № 1 › Номер', after: '17' },
      { field: 'Документы › № 1 › Дата', after: '05.03.2026' },
      { field: '<supersededAt>', after: 'local(2026-03-05)' },
    ]);
  });

  it('a calculated block is one line, listed only when it changed', () => {
    const sheet = { memberName: 'Айгүл', scores: { P01: { a: 3 } } };
    const same = describeAuditChanges('priorityScoreSheets', 's', sheet, { ...sheet }, words);
    expect(same).toEqual([]);
    const changed = { ...sheet, scores: { P01: { a: 4 } } };
    expect(describeAuditChanges('priorityScoreSheets', 's', sheet, changed, words)).toEqual([
      { field: 'scores', before: '(расчёт)', after: '(расчёт)' },
    ]);
  });
});

describe('describeAuditRecord', () => {
  it('names a record by its name, number or amount — never by its id', () => {
    expect(describeAuditRecord('budgetLines', line.id, line, words)).toBe('Фонари');
    expect(describeAuditRecord('settings', 'language', 'ky', words)).toBe('Язык интерфейса');
    expect(describeAuditRecord('surveyResponses', 'r', { id: 'r', number: 41 }, words)).toBe(
      '№ 41',
    );
    expect(
      describeAuditRecord('expenditures', 'e', { amountTyiyn: 150_000, date: '2026-04-02' }, words),
    ).toBe(`1${NB}500,00${NB}сом 02.04.2026`);
    expect(describeAuditRecord('importBatches', 'b', { count: 1200 }, words)).toBe(
      `Записей: 1${NB}200`,
    );
    expect(describeAuditRecord('activityProgress', LINE, { id: LINE }, words)).toBe('(пусто)');
  });
});
