import { describe, expect, it } from 'vitest';
import type { AssessmentOutcome } from '../domain/monitoring/assessment-outcomes';
import { zeroFigures } from '../domain/monitoring/spending';
import { councilAssessmentBlocks } from './council-assessments';
import type { PriorityAssessmentSlot } from './council-report';
import type { DocumentBlock } from './model';

/** A change typed by hand: measurable when its size exceeds the margin. */
const change = (size: number, margin: number) => ({
  change: size,
  margin,
  measurable: Math.abs(size) > margin,
});

/** An outcome without a comparison territory: its net change is its own. */
const outcome = (
  measure: AssessmentOutcome['measure'],
  [before, after, n]: [number, number, number],
  [size, margin]: [number, number],
  verdict: AssessmentOutcome['verdict'],
): AssessmentOutcome => ({
  measure,
  before: { value: before, margin: margin / 2, n },
  after: { value: after, margin: margin / 2, n },
  change: change(size, margin),
  net: change(size, margin),
  verdict,
});
const share = outcome('problemShare', [30, 20, 1000], [-10, 3.77], 'improved');
const police = outcome('policeCount', [25, 23, 4], [-2, 8.26], 'noMeasurableChange');
/** Night safety rose by 0.3 here and by 0.25 in the comparison territory: net 0.05 ± 0.2. */
const night: AssessmentOutcome = {
  ...outcome('safeNight', [2.5, 2.8, 1000], [0.3, 0.14], 'noMeasurableChange'),
  comparison: change(0.25, 0.14),
  net: change(0.05, 0.2),
};

const slot = (
  number: string,
  over: Partial<PriorityAssessmentSlot> = {},
): PriorityAssessmentSlot => ({
  id: `priority-${number}`,
  number,
  title: { ru: `Приоритет ${number}`, ky: `${number}-артыкчылык` },
  progress: 50,
  figures: { ...zeroFigures(), planned: 1_000_000, cumulative: 400_000 },
  proposed: 'partly',
  ...over,
});
const theft = slot('1', {
  recorded: {
    implemented: 'yes',
    outcomes: [share, police, night],
    displacement: {
      places: true,
      times: false,
      targets: false,
      offences: true,
      note: 'Часть краж ушла на остановки',
    },
    conclusion: 'Камеры работают; патрулировать остановки.',
  },
});

const table = (blocks: DocumentBlock[]) => {
  const found = blocks.find((b) => b.kind === 'table' && b.testId === 'council-assessments');
  if (found?.kind !== 'table') throw new Error('no assessments table');
  return found;
};
const paragraphs = (blocks: DocumentBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

describe('the council report’s assessment section', () => {
  it('lists every priority with the proposed and the recorded answer', () => {
    const blocks = councilAssessmentBlocks([theft, slot('2')], 'ru');
    const t = table(blocks);
    expect(t.columns.map((c) => c.header)).toEqual([
      'Приоритет',
      'Выполнено, %',
      'Освоено, %',
      'Выполнено по плану (предложение по статусам и расходам)',
      'Выполнено по плану (по оценке рабочей группы)',
    ]);
    expect(t.rows).toEqual([
      ['1. Приоритет 1', '50\u00a0%', '40\u00a0%', 'частично', 'да'],
      ['2. Приоритет 2', '50\u00a0%', '40\u00a0%', 'частично', '—'],
    ]);
    expect(paragraphs(blocks).join('\n')).not.toContain('ещё не внесена');
  });

  it('says each outcome in words: a change beyond the margin with its sense, within it "no measurable change"', () => {
    const lines = paragraphs(councilAssessmentBlocks([theft, slot('2')], 'ru'));
    expect(lines).toEqual([
      '1. Приоритет 1',
      'Выполнено по плану: да',
      'Изменение проблемы: ',
      'Доля жителей, назвавших проблему: 30\u00a0% → 20\u00a0%, изменение −10 п.п. (± 3,8 п.п.) — улучшение.',
      'Зарегистрировано правонарушений в квартал: 25 → 23 — нет измеримого изменения: изменение −2 в пределах погрешности (± 8,3).',
      'Чувство безопасности ночью (1–5, ЦУР 16.1.4): 2,5 → 2,8 — нет измеримого изменения: за вычетом территории сравнения изменение +0,05 в пределах погрешности (± 0,2).',
      'Смещение: в другие места, в другие правонарушения — Часть краж ушла на остановки',
      'Вывод рабочей группы: Камеры работают; патрулировать остановки.',
    ]);
  });

  it('in English, and in Kyrgyz with Russian: each outcome sentence in both languages', () => {
    const en = paragraphs(councilAssessmentBlocks([theft], 'en'));
    expect(en).toContain(
      'Share of residents naming the problem: 30% → 20%, a change of −10 pp (± 3.8 pp): improved.',
    );
    const both = paragraphs(councilAssessmentBlocks([theft], 'ky+ru'));
    expect(both).toContain(
      'Көйгөйдү атаган тургундардын үлүшү: 30\u00a0% → 20\u00a0%, өзгөрүү −10 п.п. (± 3,8 п.п.) — жакшырды.',
    );
    expect(both).toContain(
      'Доля жителей, назвавших проблему: 30\u00a0% → 20\u00a0%, изменение −10 п.п. (± 3,8 п.п.) — улучшение.',
    );
    // The list of places in both languages, the note typed once.
    expect(both.find((p) => p.includes('башка жерлерге'))).toContain(
      'башка жерлерге, башка укук бузууларга / в другие места, в другие правонарушения — Часть краж',
    );
  });

  it('without a recorded assessment: the proposed answers and a note that none is recorded', () => {
    const blocks = councilAssessmentBlocks([slot('1')], 'ru');
    expect(table(blocks).columns).toHaveLength(4);
    expect(paragraphs(blocks).at(-1)).toContain('ещё не внесена');
  });

  it('an assessment without comparable data says so', () => {
    const none = slot('1', {
      recorded: {
        implemented: 'no',
        outcomes: [],
        displacement: { places: false, times: false, targets: false, offences: false },
        conclusion: 'Не начато.',
      },
    });
    expect(paragraphs(councilAssessmentBlocks([none], 'ru'))).toEqual([
      '1. Приоритет 1',
      'Выполнено по плану: нет',
      'Изменение проблемы: нет данных для сравнения «до» и «после».',
      'Смещение: не отмечено',
      'Вывод рабочей группы: Не начато.',
    ]);
  });
});
