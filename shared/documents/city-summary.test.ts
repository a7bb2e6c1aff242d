import { describe, expect, it } from 'vitest';
import { districtInput } from '../../tests/fixtures/city';
import { cityFigures } from '../domain/city/figures';
import { zeroTotals } from '../domain/budget';
import { citySummaryDocument, type CitySummaryInput } from './city-summary';
import { FALLBACK_MARK, type DocumentBlock } from './model';

const district = districtInput;

const leninsky = district({
  name: { ru: 'Ленинский район', ky: 'Ленин району' },
  population: 250_000,
  priorities: ['fraud', 'market-theft'],
  prioritiesOn: '2026-03-05',
  survey: { respondents: 400, named: { fraud: 120 } },
  police: [{ period: '2026-Q1', problemCode: 'fraud', count: 140 }],
  plan: {
    id: crypto.randomUUID(),
    title: { ru: 'План 2026', ky: 'План 2026 (ky)' },
    version: 2,
    startYear: 2026,
    endYear: 2026,
    totals: {
      ...zeroTotals(),
      total: 150_000_000,
      funded: 150_000_000,
      bySource: { localBudget: 100_000_000, business: 0, donors: 50_000_000, residents: 0 },
    },
    funders: [{ funderId: 'unodc', planned: 50_000_000 }],
    progress: 37.5,
    activities: 8,
    done: 3,
    spent: 12_345_600,
  },
});
// Only a Russian name: printed in Russian in a Kyrgyz document, with the mark.
const oktyabrsky = district({ name: { ru: 'Октябрьский район' }, population: 200_000 });

const input: CitySummaryInput = {
  workspaceName: { ru: 'Мэрия города Бишкек', ky: 'Бишкек шаарынын мэриясы' },
  figures: cityFigures([leninsky, oktyabrsky]),
  problems: new Map([
    ['fraud', { ru: 'Мошенничество', ky: 'Алдамчылык' }],
    ['market-theft', { ru: 'Кражи на рынках' }],
  ]),
  funders: new Map([['unodc', { ru: 'УНП ООН', ky: 'БУУнун БНУБ' }]]),
  date: '2026-12-02',
};

const table = (blocks: DocumentBlock[], testId: string) => {
  const found = blocks.find((b) => b.kind === 'table' && b.testId === testId);
  if (!found || found.kind !== 'table') throw new Error(`no table ${testId}`);
  return found;
};

describe('city summary document', () => {
  it('sets the districts side by side with the city, shares with N, rates per 100,000', () => {
    const doc = citySummaryDocument(input, 'ru');
    expect(doc.orientation).toBe('landscape');
    expect(doc.title).toBe('Сводка по районам города — Мэрия города Бишкек');
    expect(doc.fileName).toBe('Мэрия города Бишкек — сводка по городу — 02.12.2026');
    const shares = table(doc.blocks, 'city-doc-shares');
    expect(shares.columns.map((c) => c.header)).toEqual([
      'Проблема',
      'Ленинский район',
      'Октябрьский район',
      'Город',
    ]);
    expect(shares.rows[0]).toEqual(['Опрошено (N)', '400', '0', '400']);
    expect(shares.rows[1]).toEqual([
      'Мошенничество',
      '30\u00a0% (120 из 400)',
      '—',
      '30\u00a0% (120 из 400)',
    ]);
    const rates = table(doc.blocks, 'city-doc-rates');
    expect(rates.rows[1]).toEqual(['Мошенничество', '56 (140)', '—', '56 (140)']);
    const budgets = table(doc.blocks, 'city-doc-budgets');
    expect(budgets.rows[0]).toEqual([
      'Местный бюджет',
      '1\u00a0000\u00a0000,00',
      '0,00',
      '1\u00a0000\u00a0000,00',
    ]);
    expect(budgets.rows.at(-1)).toEqual([
      'Израсходовано с начала',
      '123\u00a0456,00',
      '0,00',
      '123\u00a0456,00',
    ]);
    expect(budgets.columns.map((c) => c.align)).toEqual(['left', 'right', 'right', 'right']);
    const priorities = table(doc.blocks, 'city-doc-priorities');
    expect(priorities.columns.map((c) => c.align)).toEqual(['left', 'left', 'left']);
    expect(priorities.rows[0]).toEqual(['1', 'Мошенничество', '']);
    expect(priorities.rows.at(-1)).toEqual(['Решение от', '05.03.2026', 'решения нет']);
    const progress = table(doc.blocks, 'city-doc-progress');
    expect(progress.rows[1]).toEqual(['Выполнено', '37,5\u00a0%', '—']);
    expect(progress.rows[2]).toEqual(['Мероприятий выполнено', '3 из 8', '—']);
    expect(doc.blocks.some((b) => b.kind === 'chart' && b.chart.id === 'city-budgets')).toBe(true);
  });

  it('prints Kyrgyz first in ky+ru and marks a name typed in Russian only', () => {
    const doc = citySummaryDocument(input, 'ky+ru');
    expect(doc.blocks[0]).toMatchObject({
      kind: 'heading',
      text: 'Шаардын райондору боюнча жыйынтык\nСводка по районам города',
    });
    const shares = table(doc.blocks, 'city-doc-shares');
    expect(shares.columns[1]!.header).toBe('Ленин району\nЛенинский район');
    expect(shares.columns[2]!.header).toBe(`Октябрьский район${FALLBACK_MARK}`);
    expect(shares.rows[1]![0]).toBe('Алдамчылык / Мошенничество');
    // A figure is written once, the Kyrgyz way.
    expect(shares.rows[1]![1]).toBe('30\u00a0% (400 ичинен 120)');
    // The untranslated problem is offered for translation in the preview; the imported names are not.
    expect(doc.preview?.missing.map((m) => m.source)).toEqual([
      { kind: 'problem', id: 'market-theft', field: 'title' },
    ]);
  });

  it('speaks English in an English summary', () => {
    const doc = citySummaryDocument(input, 'en');
    const budgets = table(doc.blocks, 'city-doc-budgets');
    expect(budgets.columns[0]!.header).toBe('Source');
    expect(budgets.rows[0]![0]).toBe('Local budget');
    expect(table(doc.blocks, 'city-doc-shares').rows[1]![1]).toBe('30% (120 of 400)');
  });
});
