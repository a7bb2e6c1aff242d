import { describe, expect, it } from 'vitest';
import { mergeCatalogue, STANDARD_PROBLEMS } from '../domain/study/catalogue';
import type { Problem } from '../schemas/study';
import type { DocumentBlock } from './model';
import {
  questionnaireDocument,
  questionnairePlaces,
  type QuestionnaireInput,
} from './questionnaire';

function table(blocks: DocumentBlock[], testId: string) {
  const found = blocks.find((b) => b.kind === 'table' && b.testId === testId);
  if (!found || found.kind !== 'table') throw new Error(`no table ${testId}`);
  return found;
}
const text = (blocks: DocumentBlock[]) => JSON.stringify(blocks);

const retiredFraud: Problem = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'fraud',
  category: 'economic',
  title: { ru: 'Мошенничество' },
  retired: true,
  standard: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const input: QuestionnaireInput = {
  study: { title: { ru: 'Опрос жителей 2026', ky: 'Тургундарды сурамжылоо 2026' } },
  territoryName: { ru: 'Свердловский район', ky: 'Свердлов району' },
  places: [
    { kind: 'market', name: { ru: 'Дордой' }, retired: false, createdAt: '2026-01-02' },
    {
      kind: 'housing-estate',
      name: { ru: 'Ж/м Ак-Орго', ky: 'Ак-Өргө т/к' },
      retired: false,
      createdAt: '2026-01-03',
    },
    { kind: 'market', name: { ru: 'Аламедин' }, retired: false, createdAt: '2026-01-01' },
    { kind: 'school', name: { ru: 'Школа № 5' }, retired: true, createdAt: '2026-01-01' },
  ],
  problems: mergeCatalogue([retiredFraud]),
};

describe('blank questionnaire row model', () => {
  it('is A4 portrait and numbers every answer as the entry form does', () => {
    const doc = questionnaireDocument(input, 'ru');
    expect(doc.orientation).toBe('portrait');
    expect(doc.fileName).toBe('Свердловский район — Опрос жителей 2026 — бланк анкеты');
    const about = table(doc.blocks, 'questionnaire-about').rows;
    expect(about.map((r) => r[1])).toEqual([
      'Кто вы?',
      'Ваш пол',
      'Ваш возраст',
      'Где вы живёте или работаете?',
    ]);
    expect(about[1]![2]).toBe('1\u00a0\u00a0Женщина\n2\u00a0\u00a0Мужчина');
    expect(String(about[0]![2]).split('\n')).toHaveLength(6);
    // Places by kind, then by creation; retired ones left out; a missing translation is marked.
    expect(about[3]![2]).toBe(
      '1\u00a0\u00a0Ж/м Ак-Орго\n2\u00a0\u00a0Аламедин\n3\u00a0\u00a0Дордой',
    );
    expect(questionnairePlaces(input.places).map((p) => p.name.ru)).toEqual([
      'Ж/м Ак-Орго',
      'Аламедин',
      'Дордой',
    ]);
  });

  it('lists the active problems with a box to tick and a 1–5 concern grid', () => {
    const doc = questionnaireDocument(input, 'ru');
    const problems = table(doc.blocks, 'questionnaire-problems');
    expect(problems.columns.map((c) => c.header)).toEqual([
      '№',
      'Проблема',
      'Есть',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(problems.rows).toHaveLength(STANDARD_PROBLEMS.length - 1);
    expect(problems.rows.map((r) => r[1])).not.toContain('Мошенничество');
    expect(problems.rows[0]).toEqual(['1', 'Жестокое обращение с детьми', '', '', '', '', '', '']);
    const safety = table(doc.blocks, 'questionnaire-safety').rows;
    expect(safety.map((r) => r[1])).toEqual([
      'Вы чувствуете себя в безопасности днём?',
      'Вы чувствуете себя в безопасности ночью?',
      'Вы доверяете милиции?',
    ]);
    const victim = table(doc.blocks, 'questionnaire-victim').rows;
    expect(victim[0]).toEqual([
      '1',
      'Становились ли вы жертвой правонарушения за последние 12 месяцев?',
      '1\u00a0\u00a0да\n2\u00a0\u00a0нет',
    ]);
    expect(text(doc.blocks)).toContain('Ваш комментарий и предложения');
  });

  it('prints in Kyrgyz, English and Kyrgyz + Russian', () => {
    const ky = questionnaireDocument(input, 'ky');
    expect(text(ky.blocks)).toContain('Күндүз өзүңүздү коопсуз сезесизби?');
    expect(text(ky.blocks)).toContain('Балдарга катаал мамиле кылуу');
    expect(text(ky.blocks)).toContain('Свердлов району — Тургундарды сурамжылоо 2026');
    expect(table(ky.blocks, 'questionnaire-about').rows[3]![2]).toContain('Дордой\ue000');
    const en = questionnaireDocument(input, 'en');
    expect(text(en.blocks)).toContain('Do you trust the police?');
    const kyru = questionnaireDocument(input, 'ky+ru');
    expect(table(kyru.blocks, 'questionnaire-about').rows[1]![2]).toBe(
      '1\u00a0\u00a0Аял / Женщина\n2\u00a0\u00a0Эркек / Мужчина',
    );
    const heading = kyru.blocks.find((b) => b.kind === 'heading' && b.level === 1);
    expect(heading).toMatchObject({ text: expect.stringContaining('АНКЕТА') });
  });
});
