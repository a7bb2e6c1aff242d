import { describe, expect, it } from 'vitest';
import { funders, planTree } from '../../tests/fixtures/plan';
import { zeroFigures, type ExecutionFigures } from '../domain/monitoring/spending';
import type { FunderLine } from '../domain/reports/figures';
import type { Report } from '../schemas/reports';
import { councilReportDocument, type CouncilActivity } from './council-report';
import { donorReportDocument, type DonorLineRow } from './donor-report';
import type { DocumentBlock, DocumentModel } from './model';
import { residentsSummaryDocument } from './residents-summary';

const AT = '2026-07-01T08:00:00.000Z';
const ID = '00000000-0000-4000-8000-000000000001';
const plan = {
  ...planTree(
    { priorities: 1, objectivesPerPriority: 1, activitiesPerObjective: 1, linesPerActivity: 1 },
    funders(),
  ).plan,
  status: 'approved' as const,
  approval: {
    body: 'head' as const,
    position: { ru: 'Глава' },
    name: { ru: 'Осмонова А. Т.' },
    date: '2026-01-20',
    number: '12-р',
  },
};
const report = (over: Partial<Report> = {}): Report => ({
  id: ID,
  territoryId: ID,
  seriesId: ID,
  kind: 'council',
  period: '2026-H1',
  status: 'draft',
  achievements: 'Камеры установлены',
  createdAt: AT,
  updatedAt: AT,
  ...over,
});
const territoryName = { ru: 'Свердловский район', ky: 'Свердлов району' };

const tableOf = (model: DocumentModel, testId: string) =>
  model.blocks.find(
    (b): b is Extract<DocumentBlock, { kind: 'table' }> =>
      b.kind === 'table' && b.testId === testId,
  );
const texts = (model: DocumentModel) => JSON.stringify(model.blocks);

const figures = (planned: number, spent: number, cumulative: number): ExecutionFigures => ({
  ...zeroFigures(),
  planned,
  spent,
  cumulative,
});

describe('the progress report to the council', () => {
  const activity = (over: Partial<CouncilActivity>): CouncilActivity => ({
    id: ID,
    number: '1.1.1',
    title: { ru: 'Камеры на рынке', ky: 'Базардагы камералар' },
    responsible: { ru: 'УВД' },
    status: 'done',
    percent: 100,
    figures: figures(1_000_000, 400_000, 900_000),
    ...over,
  });
  const input = {
    territoryId: ID,
    territoryName,
    plan,
    activities: [
      activity({}),
      activity({
        number: '1.1.2',
        title: { ru: 'Патрули' },
        status: 'delayed',
        percent: 25,
        reason: 'Поставщик сорвал сроки',
        correctiveAction: 'Новый конкурс',
      }),
    ],
    bySource: new Map([['localBudget' as const, figures(2_000_000, 400_000, 900_000)]]),
    total: figures(2_000_000, 400_000, 900_000),
    progress: 62.5,
    weighting: 'equal' as const,
    priorities: [
      {
        id: ID,
        number: '1',
        title: { ru: 'Кражи' },
        progress: 62.5,
        figures: figures(2_000_000, 400_000, 900_000),
        proposed: 'partly' as const,
      },
    ],
    chair: 'Исаков Б.',
  };

  it('carries the approval, the summary, the delays with reasons, and a slot for assessments', () => {
    const approved = report({ status: 'approved', approval: { date: '2026-07-15', number: '3' } });
    const doc = councilReportDocument({ ...input, report: approved }, 'ru');
    expect(doc.orientation).toBe('portrait');
    expect(doc.blocks[0]).toEqual({ kind: 'corner', lines: ['УТВЕРЖДЁН', '15.07.2026 № 3'] });
    expect(texts(doc)).toContain('Выполнено мероприятий: 1 из 2. Общий ход выполнения плана: 62,5');
    expect(texts(doc)).toContain(
      'с начала плана: 9\u00a0000,00\u00a0сом из 20\u00a0000,00\u00a0сом (45\u00a0%)',
    );
    expect(tableOf(doc, 'council-delays')!.rows).toEqual([
      ['1.1.2', 'Патрули', 'задерживается', 'Поставщик сорвал сроки', 'Новый конкурс'],
    ]);
    const assessments = tableOf(doc, 'council-assessments')!;
    expect(assessments.columns).toHaveLength(4);
    expect(assessments.rows).toEqual([['1. Кражи', '62,5\u00a0%', '45\u00a0%', 'частично']]);
    expect(texts(doc)).toContain('ещё не внесена');
    const draft = councilReportDocument({ ...input, report: report() }, 'ky');
    expect(draft.blocks[0]).toEqual({ kind: 'corner', lines: ['ДОЛБООР'] });
  });

  it('shows the working group’s recorded assessment once it exists', () => {
    const recorded = {
      ...input,
      report: report(),
      priorities: [
        {
          ...input.priorities[0]!,
          recorded: {
            implemented: 'yes' as const,
            outcomes: [],
            displacement: { places: false, times: false, targets: false, offences: false },
            conclusion: 'Продолжить',
          },
        },
      ],
    };
    const doc = councilReportDocument(recorded, 'ru');
    expect(tableOf(doc, 'council-assessments')!.rows[0]!.slice(3)).toEqual(['частично', 'да']);
    expect(texts(doc)).toContain('Продолжить');
    expect(texts(doc)).not.toContain('ещё не внесена');
  });
});

describe('the donor report', () => {
  const line = (number: number, f: Partial<FunderLine>): DonorLineRow => ({
    id: ID,
    activityId: ID,
    number,
    item: { ru: `Строка ${number}` },
    activityNumber: '1.1.1',
    activity: { ru: 'Обучение' },
    figures: {
      lineKey: `L${number}`,
      source: 'donors',
      year: 2026,
      planned: 100_000,
      spent: 0,
      cumulative: 0,
      variance: -100_000,
      varianceShare: -1,
      due: false,
      ...f,
    },
  });
  const base = {
    territoryId: ID,
    territoryName,
    plan,
    report: report({ kind: 'donor', funderId: ID }),
    funderId: ID,
    funderName: { ru: 'УНП ООН', en: 'UNODC' },
    documents: [],
    indicators: [],
  };

  it('refuses while a variance over 10 % lacks its explanation, naming the line', () => {
    const over = line(7, { cumulative: 130_000, variance: 30_000, varianceShare: 0.3, due: true });
    const doc = donorReportDocument({ ...base, lines: [line(1, {}), over] }, 'ru');
    expect(doc.refusal?.items).toEqual(['строка № 7 «Строка 7»: отклонение +30\u00a0%']);
    const rows = tableOf(doc, 'donor-lines')!.rows;
    expect(rows[1]!.slice(3)).toEqual([
      '1\u00a0000,00',
      '0,00',
      '1\u00a0300,00',
      '+300,00',
      '+30\u00a0%',
      'НЕТ ПОЯСНЕНИЯ',
    ]);
    expect(rows.at(-1)!.slice(3, 8)).toEqual([
      '2\u00a0000,00',
      '0,00',
      '1\u00a0300,00',
      '−700,00',
      '−35\u00a0%',
    ]);
    const explained = { ...over, figures: { ...over.figures, explanation: 'Курс вырос' } };
    const ready = donorReportDocument({ ...base, lines: [line(1, {}), explained] }, 'en');
    expect(ready.refusal).toBeUndefined();
    expect(tableOf(ready, 'donor-lines')!.rows[1]!.at(-1)).toBe('Курс вырос');
    expect(ready.orientation).toBe('landscape');
  });

  it('prints the indicator table per quarter of the year with % achieved', () => {
    const doc = donorReportDocument(
      {
        ...base,
        lines: [line(1, {})],
        indicators: [
          {
            activityId: ID,
            activityNumber: '1.1.1',
            name: { ru: 'Обучено участковых' },
            unit: { ru: 'чел.' },
            baseline: 0,
            target: 40,
            figures: {
              quarters: ['2026-Q1', '2026-Q2'],
              values: [null, 10],
              latest: 10,
              achieved: 25,
            },
          },
        ],
      },
      'ru',
    );
    const table = tableOf(doc, 'donor-indicators')!;
    expect(table.columns.map((c) => c.header)).toEqual([
      '№',
      'Показатель',
      'Базовое',
      'Целевое',
      'I\u00a0кв.\u00a02026',
      'II\u00a0кв.\u00a02026',
      'Достигнуто, %',
    ]);
    expect(table.rows).toEqual([
      ['1.1.1', 'Обучено участковых, чел.', '0', '40', '—', '10', '25\u00a0%'],
    ]);
  });
});

describe('the summary for residents', () => {
  it('is large type, plain words, bars per priority, at most four indicators', () => {
    const indicator = (n: number) => ({
      activityId: ID,
      name: { ru: `Показатель ${n}` },
      baseline: 10,
      latest: 7,
      target: 5,
    });
    const doc = residentsSummaryDocument(
      {
        territoryId: ID,
        territoryName,
        report: report({ kind: 'residents' }),
        statuses: ['done', 'inProgress', 'started', 'planned', 'delayed', 'cancelled'],
        priorities: [
          { id: ID, number: '1', title: { ru: 'Кражи' }, progress: 62.5 },
          { id: ID, number: '2', title: { ru: 'Дороги' }, progress: null },
        ],
        bySource: new Map(),
        total: figures(1_000_000, 0, 250_000),
        indicators: [1, 2, 3, 4, 5].map(indicator),
      },
      'ru',
    );
    expect(doc.large).toBe(true);
    expect(doc.orientation).toBe('portrait');
    expect(texts(doc)).toContain(
      'В плане 6 дел. Сделано 1, в работе 2, ещё не начато 1, отложено или отменено 2.',
    );
    expect(doc.blocks.find((b) => b.kind === 'bars')).toEqual({
      kind: 'bars',
      title: 'Как продвигается каждое направление',
      testId: 'residents-progress',
      rows: [
        { label: '1. Кражи', share: 0.625, text: '62,5\u00a0%' },
        { label: '2. Дороги', share: 0, text: '—' },
      ],
    });
    expect(tableOf(doc, 'residents-changes')!.rows).toHaveLength(4);
    expect(tableOf(doc, 'residents-money')!.rows.at(-1)).toEqual([
      'Итого',
      '10\u00a0000,00',
      '2\u00a0500,00',
    ]);
  });
});
