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
    // One table of activities for the whole plan (a priority is a row across it), then the totals.
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    const bands = tables[0]!.kind === 'table' ? tables[0]!.rows.filter((r) => r.length === 1) : [];
    expect(bands.map((r) => typeof r[0] !== 'string' && r[0]!.text)).toEqual([
      expect.stringMatching(/^Приоритет 1\. /),
      expect.stringMatching(/^Приоритет 2\. /),
    ]);
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
    // One period per line, and no period broken inside (no-break spaces within it).
    expect(cells('ru')).toContain(`${nb('I кв. 2026 –')}\n${nb('IV кв. 2026')}`);
    expect(cells('ky')).toContain(`2026-ж.\n${nb('I чейрек –')}\n2026-ж.\n${nb('IV чейрек')}`);
    expect(cells('ky+ru')).toContain(`2026-ж.\n${nb('I чейрек –')}\n2026-ж.\n${nb('IV чейрек')}`);
    expect(cells('en')).toContain(`${nb('Q1 2026 –')}\n${nb('Q4 2026')}`);
    expect(cells('ru').join(' ')).not.toContain('2026-Q');
  });
});

describe('plan document as an office sets it', () => {
  const office = {
    ru: 'Муниципальная администрация по Свердловскому району',
    ky: 'Свердлов району боюнча муниципалдык администрация',
  };
  const input = {
    outline: planOutline(approved),
    territoryName: { ru: 'Свердловский район', ky: 'Свердлов району' },
    officeName: office,
  };

  it('names the administration under the position, unless the position already names it', () => {
    const lines = (doc: ReturnType<typeof planDocument>) =>
      doc.blocks[0]!.kind === 'corner' ? doc.blocks[0]!.lines : [];
    expect(lines(planDocument(input, 'ru')).slice(0, 3)).toEqual([
      'УТВЕРЖДАЮ',
      'Глава администрации',
      office.ru,
    ]);
    const named = {
      ...approved,
      plan: {
        ...approved.plan,
        approval: {
          ...approved.plan.approval,
          position: { ru: 'Глава администрации Свердловского района' },
        },
      },
    };
    expect(lines(planDocument({ ...input, outline: planOutline(named) }, 'ru'))).not.toContain(
      office.ru,
    );
  });

  it('says the period once when the title holds it, and the heading once when the title says it', () => {
    const titled = {
      ...approved,
      plan: {
        ...approved.plan,
        title: { ru: `Совместный план по профилактике правонарушений на 2026–2027 годы` },
      },
    };
    const doc = planDocument({ ...input, outline: planOutline(titled) }, 'ru');
    const all = JSON.stringify(doc.blocks);
    expect(all.match(/2026–2027/g)).toHaveLength(1);
    expect(all.match(/Совместный план по профилактике/g)).toHaveLength(1);
  });

  it('fits columns to their content: text wide, money as narrow as its amounts', () => {
    const doc = planDocument(input, 'ru');
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const width = (header: string) => table.columns.find((c) => c.header.startsWith(header))!.width;
    expect(width('Мероприятие')).toBeGreaterThan(width('Всего, сом'));
    expect(width('Мероприятие')).toBeGreaterThan(width('Доноры'));
    // Money and timing never wrap; their column is at least as wide as their longest line.
    for (const column of table.columns.filter((c) => c.align === 'right'))
      expect(column.nowrap).toBe(true);
  });

  it('warns in the preview when there is no chair or secretary to sign', () => {
    expect(planDocument(input, 'ru').preview?.warnings).toEqual(['noChair', 'noSecretary']);
    expect(
      planDocument({ ...input, chair: 'Исаков Б.', secretary: 'Асанова Г.' }, 'ru').preview
        ?.warnings,
    ).toEqual([]);
  });

  it('lists the texts without the document language and never marks the signer', () => {
    const doc = planDocument(input, 'ky');
    // The fixture plan is typed in Russian only: every activity title lacks Kyrgyz.
    const activities = doc.preview!.missing.filter((m) => m.source.kind === 'activity');
    expect(activities.length).toBeGreaterThanOrEqual(tree.activities.length);
    const corner = doc.blocks[0]!.kind === 'corner' ? doc.blocks[0]!.lines : [];
    expect(corner.find((line) => line.includes('Осмонова'))).not.toContain('\ue000');
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'paragraph', small: true });
    // Territory — title (in the document language) — date; «план» is in the title already.
    expect(doc.fileName).toMatch(/^Свердлов району — \S.* — 10\.02\.2026$/);
    expect(doc.fileName.match(/план/g)).toHaveLength(1);
  });
});
