import { describe, expect, it } from 'vitest';
import { funders, planTree } from '../../tests/fixtures/plan';
import { planOutline } from '../domain/plan-outline';
import { planDocument } from './plan';

const tree = planTree(
  { priorities: 2, objectivesPerPriority: 1, activitiesPerObjective: 2, linesPerActivity: 2 },
  funders(),
);
const approved = {
  ...tree,
  plan: {
    ...tree.plan,
    status: 'approved' as const,
    approval: {
      body: 'head' as const,
      position: { ru: 'Глава администрации', ky: 'Администрациянын башчысы' },
      name: { ru: 'Осмонова А. Т.' },
      date: '2026-02-10',
      number: '45-р',
    },
  },
};

describe('plan document', () => {
  it('is A4 landscape with the approval block top right', () => {
    const doc = planDocument({ outline: planOutline(approved), chair: 'Исаков Б.' }, 'ru');
    expect(doc.orientation).toBe('landscape');
    expect(doc.blocks[0]).toEqual({
      kind: 'corner',
      lines: [
        'УТВЕРЖДАЮ',
        'Глава администрации',
        '________________ Осмонова А. Т.',
        '10 февраля 2026 г. № 45-р',
      ],
    });
    expect(doc.blocks.at(-1)).toEqual({
      kind: 'signatures',
      lines: [
        { role: 'Председатель рабочей группы', name: 'Исаков Б.' },
        { role: 'Секретарь рабочей группы', name: '' },
      ],
    });
  });

  it('lists every activity under its priority with budget by source, and the plan totals', () => {
    const outline = planOutline(approved);
    const doc = planDocument({ outline }, 'ru');
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(3);
    const text = JSON.stringify(doc.blocks);
    for (const activity of tree.activities)
      expect(text).toContain(activity.title.ru!.replace(/"/g, '\\"'));
    const totals = tables.at(-1)!;
    expect(totals.kind === 'table' && totals.rows[5]![0]).toBe('Всего');
    expect(totals.kind === 'table' && totals.rows[5]![1]).toMatch(/^\d[\d\u00a0]*,\d\d$/);
  });

  it('prints the Kyrgyz approval word, and ky+ru labels, and marks a draft', () => {
    expect(planDocument({ outline: planOutline(approved) }, 'ky').blocks[0]).toMatchObject({
      lines: [
        'БЕКИТЕМИН',
        'Администрациянын башчысы',
        expect.any(String),
        expect.stringContaining('2026-жылдын 10-февралы'),
      ],
    });
    expect(planDocument({ outline: planOutline(tree) }, 'ky+ru').blocks[0]).toEqual({
      kind: 'corner',
      lines: ['Долбоор — бекитиле элек\nПроект — не утверждён'],
    });
  });
});

describe('quarters on paper', () => {
  const cells = (lang: 'ru' | 'ky' | 'en' | 'ky+ru') =>
    planDocument({ outline: planOutline(tree) }, lang)
      .blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : []))
      .filter((cell): cell is string => typeof cell === 'string');
  it('writes the timing of an activity in the document language, as on screen', () => {
    const nb = (text: string) => text.replace(/ /g, '\u00a0');
    expect(cells('ru')).toContain(`${nb('I кв. 2026')} – ${nb('IV кв. 2026')}`);
    expect(cells('ky')).toContain(`${nb('2026-ж. I чейрек')} – ${nb('2026-ж. IV чейрек')}`);
    expect(cells('ky+ru')).toContain(`${nb('2026-ж. I чейрек')} – ${nb('2026-ж. IV чейрек')}`);
    expect(cells('en')).toContain(`${nb('Q1 2026')} – ${nb('Q4 2026')}`);
    expect(cells('ru').join(' ')).not.toContain('2026-Q');
  });
});
