/* The city summary saved as Word: the same tables, and the chart as the table of its numbers. */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { citySummaryDocument } from '../../../shared/documents/city-summary';
import { cityFigures } from '../../../shared/domain/city/figures';
import { budgetTotals, districtInput } from '../../../tests/fixtures/city';
import { documentToDocx } from '../../export/docx-document';

describe('city summary as a Word file', () => {
  it('holds the districts’ figures and the budget chart as a table', async () => {
    const figures = cityFigures([
      districtInput({
        name: { ru: 'Ленинский район' },
        plan: {
          id: 'p',
          title: { ru: 'План 2026' },
          version: 1,
          startYear: 2026,
          endYear: 2026,
          totals: budgetTotals({ localBudget: 12_345_678, business: 0, donors: 0, residents: 0 }),
          funders: [],
          progress: 10,
          activities: 1,
          done: 0,
          spent: 0,
        },
      }),
    ]);
    const model = citySummaryDocument(
      {
        workspaceName: { ru: 'Мэрия города Бишкек' },
        figures,
        problems: new Map(),
        funders: new Map(),
        date: '2026-12-02',
      },
      'ru',
    );
    const bytes = await documentToDocx(model, 'Стр.');
    const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('Сводка по районам города');
    expect(text).toContain('123\u00a0456,78');
    // The chart's table: whole som by source.
    expect(text).toContain('Бюджеты планов по источникам, сом');
    expect(text).toMatch(/123\u00a0457/);
  });
});
