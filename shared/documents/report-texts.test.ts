/*
 * The reports' own texts in the document language (issue 17, point 4, for the reports of issue
 * 16): a text typed in Russian only is printed with the discreet mark, explained once in the
 * footnote and listed for the preview with its record; names are never marked; ky+ru says each
 * line once per language, Kyrgyz first, never «ky / ru» inside one sentence.
 */
import { describe, expect, it } from 'vitest';
import { funders, planTree } from '../../tests/fixtures/plan';
import { zeroFigures } from '../domain/monitoring/spending';
import type { Report } from '../schemas/reports';
import { councilReportDocument } from './council-report';
import { donorReportDocument } from './donor-report';
import { FALLBACK_MARK, type DocumentBlock, type DocumentModel } from './model';
import { residentsSummaryDocument } from './residents-summary';

const AT = '2026-07-01T08:00:00.000Z';
const TERRITORY = '00000000-0000-4000-8000-0000000000a1';
const ACTIVITY = '00000000-0000-4000-8000-0000000000a2';
const PRIORITY = '00000000-0000-4000-8000-0000000000a3';
const LINE = '00000000-0000-4000-8000-0000000000a4';
const FUNDER = '00000000-0000-4000-8000-0000000000a5';
const plan = {
  ...planTree(
    { priorities: 1, objectivesPerPriority: 1, activitiesPerObjective: 1, linesPerActivity: 1 },
    funders(),
  ).plan,
  title: { ru: 'План на 2026 год', ky: '2026-жылга план' },
};
const report = (kind: Report['kind']): Report => ({
  id: TERRITORY,
  territoryId: TERRITORY,
  seriesId: TERRITORY,
  kind,
  period: '2026-H1',
  status: 'draft',
  createdAt: AT,
  updatedAt: AT,
});
const head = { territoryId: TERRITORY, territoryName: { ru: 'Свердловский район' }, plan };

const paragraphs = (model: DocumentModel) =>
  model.blocks.flatMap((b: DocumentBlock) =>
    b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [],
  );
const all = (model: DocumentModel) => JSON.stringify(model.blocks);

const council = (lang: 'ky' | 'ky+ru') =>
  councilReportDocument(
    {
      ...head,
      territoryName: { ru: 'Свердловский район', ky: 'Свердлов району' },
      report: report('council'),
      activities: [
        {
          id: ACTIVITY,
          number: '1.1.1',
          title: { ru: 'Патрули у рынка' },
          responsible: { ru: 'УВД', ky: 'ИИБ' },
          status: 'done',
          percent: 100,
          figures: zeroFigures(),
        },
      ],
      bySource: new Map(),
      total: zeroFigures(),
      progress: 100,
      weighting: 'equal',
      priorities: [],
      chair: 'Исаков Бакыт',
    },
    lang,
  );

describe('the reports’ own texts', () => {
  it('mark a text typed in Russian only in a ky report, explain the mark once and list it', () => {
    const doc = council('ky');
    expect(all(doc)).toContain(`Патрули у рынка${FALLBACK_MARK}`);
    expect(all(doc)).not.toMatch(/\[(ru|ky|en)\]/);
    expect(doc.preview!.missing).toEqual([
      {
        source: { kind: 'activity', id: ACTIVITY, field: 'title' },
        text: 'Патрули у рынка',
        missing: ['ky'],
        value: { ru: 'Патрули у рынка' },
      },
    ]);
    expect(paragraphs(doc).at(-1)).toBe(
      '* Кыргыз тилиндеги котормосу жок: текст киргизилген тилинде берилди.',
    );
    const signatures = doc.blocks.find((b) => b.kind === 'signatures')!;
    expect(JSON.stringify(signatures)).not.toContain(FALLBACK_MARK);
    expect(doc.preview!.warnings).toEqual(['noSecretary']);
    expect(doc.lang).toBe('ky');
  });

  it('say each line of a ky+ru report once per language, Kyrgyz first', () => {
    const doc = council('ky+ru');
    const texts = paragraphs(doc);
    expect(texts).toContain(
      'Свердлов району — 2026-ж. 1-жарым жылдыгы үчүн\nСвердловский район — за 1-е полугодие 2026 г.',
    );
    expect(texts).toContain(
      // The number and version keep to their word (no-break spaces): «версия\n1» never.
      `«2026-жылга план» планы, — №\u00a0— бекитилген, 1-версия\nПлан «План на 2026 год», утверждён — №\u00a0—, версия\u00a01`,
    );
    const done = texts.find((t) => t.startsWith('Аткарылган'))!.split('\n');
    expect(done).toHaveLength(2);
    expect(done[0]).toContain('бардык иш-чаралардын салмагы бирдей');
    expect(done[1]).toMatch(/^Выполнено мероприятий: 1 из 1\..*все мероприятия с равным весом/);
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toContain('1. Жалпы жыйынтыктар\n1. Общие итоги');
    // The activity's own texts: Kyrgyz above Russian, or once where only one language exists.
    const row = doc.blocks.find((b) => b.kind === 'table')!;
    expect(row.kind === 'table' && row.rows[0]!.slice(1, 3)).toEqual([
      `Патрули у рынка${FALLBACK_MARK}`,
      'ИИБ\nУВД',
    ]);
    expect(doc.title).toBe(
      'Пландын аткарылышы жөнүндө кеңешке отчёт — Свердлов району — 2026-ж. 1-жарым жылдыгы',
    );
  });

  it('list the donor’s name, a line’s item and the head’s position, never the head’s name', () => {
    const doc = donorReportDocument(
      {
        ...head,
        report: { ...report('donor'), funderId: FUNDER },
        funderId: FUNDER,
        funderName: { ru: 'Фонд «Сафа»' },
        lines: [
          {
            id: LINE,
            activityId: ACTIVITY,
            number: 1,
            item: { ru: 'Камеры' },
            activityNumber: '1.1.1',
            activity: { ru: 'Видеонаблюдение', ky: 'Видеокөзөмөл' },
            figures: {
              lineKey: LINE,
              source: 'donors',
              year: 2026,
              planned: 100_000,
              spent: 0,
              cumulative: 100_000,
              variance: 0,
              varianceShare: 0,
              due: false,
            },
          },
        ],
        documents: [],
        indicators: [],
        head: { position: { ru: 'Глава администрации' }, name: { ru: 'Осмонова А. Т.' } },
      },
      'ky',
    );
    expect(doc.preview!.missing.map((m) => m.source)).toEqual([
      { kind: 'funder', id: FUNDER, field: 'name' },
      { kind: 'territory', id: TERRITORY, field: 'name' },
      { kind: 'line', id: LINE, field: 'item' },
      { kind: 'territory', id: TERRITORY, field: 'office.headPosition' },
    ]);
    const lines = doc.blocks.find((b) => b.kind === 'table' && b.testId === 'donor-lines')!;
    expect(lines.kind === 'table' && lines.rows[0]![1]).toBe(
      `Камеры${FALLBACK_MARK}\n(1.1.1 Видеокөзөмөл)`,
    );
    expect(doc.blocks.find((b) => b.kind === 'signatures')).toEqual({
      kind: 'signatures',
      lines: [{ role: `Глава администрации${FALLBACK_MARK}`, name: 'Осмонова А. Т.' }],
    });
  });

  it('give the residents’ summary in ky+ru its title per language and units on one line', () => {
    const doc = residentsSummaryDocument(
      {
        territoryId: TERRITORY,
        territoryName: { ru: 'Свердловский район', ky: 'Свердлов району' },
        report: report('residents'),
        statuses: ['done'],
        priorities: [
          { id: PRIORITY, number: '1', title: { ru: 'Кражи', ky: 'Уурулук' }, progress: 50 },
        ],
        bySource: new Map(),
        total: zeroFigures(),
        indicators: [
          {
            activityId: ACTIVITY,
            name: { ru: 'Краж на рынке', ky: 'Базардагы уурулук' },
            unit: { ru: 'случ.', ky: 'окуя' },
            baseline: 12,
            latest: 9,
            target: 6,
          },
        ],
        officeName: { ru: 'Администрация района', ky: 'Район администрациясы' },
      },
      'ky+ru',
    );
    expect(doc.blocks[0]).toEqual({
      kind: 'heading',
      level: 1,
      text:
        'Свердлов району: коопсуздук үчүн эмне жасалды\n2026-ж. 1-жарым жылдыгы\n' +
        'Свердловский район: что сделано для безопасности\nза 1-е полугодие 2026 г.',
    });
    const changes = doc.blocks.find((b) => b.kind === 'table' && b.testId === 'residents-changes')!;
    expect(changes.kind === 'table' && changes.rows[0]).toEqual([
      'Базардагы уурулук\nКраж на рынке',
      '12 окуя / случ.',
      '9 окуя / случ.',
      '6 окуя / случ.',
    ]);
    const bars = doc.blocks.find((b) => b.kind === 'bars')!;
    expect(bars.kind === 'bars' && bars.rows[0]!.label).toBe('1. Уурулук\nКражи');
    expect(paragraphs(doc).at(-1)).toBe(
      'Суроолор жана сунуштар: Район администрациясы.\nВопросы и предложения: Администрация района.',
    );
    expect(doc.preview!.missing).toEqual([]);
    expect(all(doc)).not.toContain(FALLBACK_MARK);
  });
});
