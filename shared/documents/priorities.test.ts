import { describe, expect, it } from 'vitest';
import { defaultCriteria } from '../domain/priorities/criteria';
import { rankProblems } from '../domain/priorities/scoring';
import { prioritiesDocument } from './priorities';

const evidence = (code: string, share: number) => ({
  code,
  share,
  policeRate: null,
  policeTrend: null,
  complaints: null,
});

describe('priorities report', () => {
  const ranking = rankProblems(defaultCriteria(), [
    evidence('a', 0.1),
    evidence('b', 0.4),
    evidence('c', 0.2),
  ]);
  const input = {
    territoryName: { ru: 'Свердловский район', ky: 'Свердлов району' },
    assessmentTitle: { ru: 'Приоритеты 2026' },
    criteria: defaultCriteria(),
    rows: ranking.rows,
    selected: ['b', 'c'],
    titles: { a: { ru: 'Кражи' }, b: { ru: 'Дороги', ky: 'Жолдор' }, c: { ru: 'Наркотики' } },
    takenOn: '2026-11-20',
    decision: { meetingNumber: '4', meetingDate: '2026-11-20' },
    charts: [],
  };

  it('lists the ranked problems in order with the chosen ones marked, and the decision', () => {
    const model = prioritiesDocument(input, 'ru');
    const ranked = model.blocks.find((b) => b.kind === 'table' && b.testId === 'priorities-ranked');
    expect(ranked && ranked.kind === 'table' && ranked.rows.map((r) => [r[0], r[1], r[3]])).toEqual(
      [
        ['1', 'Дороги', 'да'],
        ['2', 'Наркотики', 'да'],
        ['3', 'Кражи', ''],
      ],
    );
    const text = JSON.stringify(model.blocks);
    expect(text).toContain('Решение принято на заседании № 4 от 20.11.2026.');
    const weights = model.blocks.find(
      (b) => b.kind === 'table' && b.testId === 'priorities-weights',
    );
    expect(weights?.kind === 'table' && weights.rows.reduce((s, r) => s + Number(r[2]), 0)).toBe(
      100,
    );
  });

  it('in ky+ru gives Kyrgyz first; without a snapshot says the decision is not frozen', () => {
    const model = prioritiesDocument({ ...input, takenOn: null, decision: null }, 'ky+ru');
    const text = JSON.stringify(model.blocks);
    expect(text).toContain('Жолдор / Дороги');
    expect(text).toContain('Чечим али бекитиле элек');
  });
});
