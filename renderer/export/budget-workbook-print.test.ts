/*
 * The finance workbook on paper: printed through LibreOffice to PDF, its words measured with
 * pdftotext -bbox-layout (a word's box height is its type size to within a point). Every page
 * reads at 8 pt or more, no two words overlap (wrapped text fits its row), the Budget sheet prints
 * as logical pages (identification, then the same lines' amounts, with № and item repeated), and
 * every page states the plan's status, version and approval.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { funders, planTree } from '../../tests/fixtures/plan';
import { printedPdf, runLibreOfficeTests } from '../../tests/fixtures/libreoffice';
import { pageText, pdfWordBoxes, type WordBox } from '../../tests/fixtures/pdf-words';
import type { PlanTree } from '../../shared/domain/plan-outline';
import { buildBudgetWorkbook } from './budget-workbook';

const register = funders();
const PICTURES = resolve(import.meta.dirname, '../../test-results/budget-print');
const ACTIVITY =
  'Проведение информационно-разъяснительной кампании среди жителей жилмассивов Ак-Өргө и Кок-Жар по профилактике мошенничества';
const ITEM =
  'Изготовление и установка информационных стендов на остановках общественного транспорта';

/** A plan with long office-like titles and items, one item on two lines. */
function longTree(plan: Partial<PlanTree['plan']> = {}): PlanTree {
  const tree = planTree(
    { priorities: 2, objectivesPerPriority: 2, activitiesPerObjective: 2, linesPerActivity: 2 },
    register,
    plan,
  );
  tree.priorities.forEach((p, i) => {
    p.title = { ru: `Профилактика правонарушений несовершеннолетних и молодёжи, номер ${i + 1}` };
  });
  tree.activities.forEach((a, i) => (a.title = { ru: `${ACTIVITY} (${i + 1})` }));
  tree.lines.forEach((l, i) => (l.item = { ru: `${ITEM} — партия ${i + 1}` }));
  tree.lines[1]!.item = { ru: 'Баннеры 3×6 м\nс монтажом и демонтажом после окончания акции' };
  return tree;
}

const APPROVED = {
  status: 'approved',
  version: 2,
  approval: {
    body: 'head',
    position: { ru: 'Глава администрации' },
    name: { ru: 'Асанов Т. Б.' },
    date: '2026-01-15',
    number: '12-р',
  },
} as const;

async function printed(tree: PlanTree, name: string): Promise<WordBox[][]> {
  const { bytes } = await buildBudgetWorkbook({
    tree,
    funders: register,
    territoryName: { ru: 'Свердловский район' },
    lang: 'ru',
    date: '2026-11-26T05:00:00.000Z',
  });
  const pdf = printedPdf(bytes, name);
  mkdirSync(PICTURES, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, resolve(PICTURES, name)]);
  return pdfWordBoxes(pdf);
}

/**
 * Whether two words print over each other. A word's box spans ascent to descent, a little taller
 * than the line pitch, so the lines of one wrapped cell touch: only the middle 60 % of each box
 * (the letters' bodies) counts.
 */
function intersect(a: WordBox, b: WordBox): boolean {
  const core = (w: WordBox) => {
    const trim = (w.yMax - w.yMin) * 0.2;
    return { top: w.yMin + trim, bottom: w.yMax - trim };
  };
  const [ca, cb] = [core(a), core(b)];
  return a.xMin < b.xMax && b.xMin < a.xMax && ca.top < cb.bottom && cb.top < ca.bottom;
}
/** The sheet a page belongs to: the page header names it top right. */
const sheetOf = (page: WordBox[]) =>
  page
    .filter((w) => w.yMax < 40 && w.xMin > 600)
    .map((w) => w.text)
    .join(' ');

describe.runIf(runLibreOfficeTests())('the finance workbook printed through LibreOffice', () => {
  let draft: WordBox[][];
  let approved: WordBox[][];
  beforeAll(async () => {
    rmSync(PICTURES, { recursive: true, force: true });
    draft = await printed(longTree(), 'draft');
    approved = await printed(longTree(APPROVED), 'approved');
  }, 240_000);

  it('prints every word at 8 pt or more', () => {
    for (const [p, page] of draft.entries())
      for (const word of page)
        expect(word.yMax - word.yMin, `page ${p + 1}: ${word.text}`).toBeGreaterThanOrEqual(8);
    expect(draft.flat().length).toBeGreaterThan(500);
  });

  it('lets no two words overlap: wrapped rows are tall enough for their text', () => {
    const overlaps: string[] = [];
    for (const [p, page] of draft.entries())
      for (let i = 0; i < page.length; i++)
        for (let j = i + 1; j < page.length; j++)
          if (intersect(page[i]!, page[j]!))
            overlaps.push(`page ${p + 1}: «${page[i]!.text}» over «${page[j]!.text}»`);
    expect(overlaps).toEqual([]);
  });

  it('prints the Budget sheet as logical pages: identification, then the amounts, № and item repeated', () => {
    const budget = draft.filter((page) => sheetOf(page) === 'Бюджет');
    expect(budget.length).toBeGreaterThanOrEqual(2);
    expect(budget.length % 2).toBe(0);
    budget.forEach((page, i) => {
      const text = pageText(page);
      expect(text).toContain('Статья расходов');
      expect(text).toContain('Изготовление');
      if (i % 2 === 0) {
        expect(text).toContain('Мероприятие');
        expect(text).toContain('Цена за');
        expect(text).not.toContain('Доноры');
      } else {
        expect(text).toContain('Доноры');
        expect(text).toContain('Финансирующие');
        expect(text).not.toContain('Мероприятие');
      }
    });
    // The first item on the amounts page is the one on the identification page before it.
    const firstItem = (page: WordBox[]) => pageText(page).match(/партия \d+/)?.[0];
    expect(firstItem(budget[1]!)).toBe(firstItem(budget[0]!));
  });

  it('states status, version and approval on every page, so a draft reads differently', () => {
    for (const page of draft) {
      expect(pageText(page)).toContain('Статус: Проект · версия 1 · не утверждён — проект');
    }
    for (const page of approved) {
      const text = pageText(page);
      expect(text).toContain('Статус: Утверждён · версия 2 · утверждён 15.01.2026 № 12-р');
      expect(text).not.toContain('Проект');
    }
    expect(approved.length).toBe(draft.length);
  });
});
