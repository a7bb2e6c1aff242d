import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { pdfInfo, pdfPngs, pdfText, printPdf } from './pdf';
import { startWithSample } from './pages/frame';
import { PlanPage } from './pages/plan';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Amounts are grouped with a no-break space. */
const nb = (text: string) => text.replace(/ /g, '\u00a0');

const PLAN = 'Совместный план профилактики правонарушений Ленинского района';
const ACTIVITIES = ['Рейды на рынке «Дордой» с ОПОП', 'Освещение дворов Ж/м Ак-Өргө'];

/** Wizard, two funders, a plan with one priority, one objective, two activities and co-financed lines. */
async function buildSmallPlan(page: Page): Promise<PlanPage> {
  await new WizardPage(page).complete(WIZARD_DATA.ru);
  const plan = new PlanPage(page);
  await plan.open();
  await plan.addFunder('УНП ООН (UNODC)', 'Международная организация');
  await plan.addFunder('Ассоциация предпринимателей «Аламедин»', 'Бизнес');
  await plan.createPlan(PLAN, '2026', '2027');
  await plan.addPriority('Беспорядки на рынках «Аламедин» и «Дордой»');
  await plan.addObjective('Беспорядки на рынках', 'Снизить число краж на рынках на 20 %');
  await plan.addActivity('Снизить число краж', {
    title: ACTIVITIES[0]!,
    responsible: 'УВД Свердловского района',
    partners: 'ОПОП № 3, администрация рынка',
    start: '2026-Q1',
    end: '2026-Q4',
  });
  await plan.addActivity('Снизить число краж', {
    title: ACTIVITIES[1]!,
    responsible: 'Ак-Өргө айылдык кеңеши',
    start: '2026-Q2',
  });
  await plan.fillLine(ACTIVITIES[0]!, {
    item: 'Видеокамеры',
    unit: 'шт.',
    quantity: '2,5',
    unitCost: '10 000,50',
    year: '2026',
    code: '2215100',
    shares: { localBudget: '10 000', business: '5 000', donors: '7 000', residents: '1 000' },
    funders: { donors: 'УНП ООН (UNODC)', business: 'Ассоциация предпринимателей «Аламедин»' },
    inKind: true,
  });
  // Live total before saving: 2.5 × 10 000.50 = 25 001.25; unfunded 2 001.25.
  await page.getByTestId('line-live').filter({ hasText: '25 001,25' }).waitFor();
  expect(await page.getByTestId('line-live').textContent()).toContain(nb('2 001,25'));
  await plan.saveLine();
  await plan.fillLine(ACTIVITIES[1]!, {
    item: '=1+1',
    unit: 'шт.',
    quantity: '4',
    unitCost: '1500',
    year: '2027',
    shares: { localBudget: '6000' },
  });
  await plan.saveLine();
  return plan;
}

describe('plan and budget', () => {
  it('builds a co-financed plan, exports the workbook, approves and locks it, makes a new version', async () => {
    const { page, context, errors } = await openApp(browser);
    await buildSmallPlan(page);
    await page.getByTestId('plan-totals').filter({ hasText: '31 001,25' }).waitFor();
    expect(await page.getByTestId('plan-totals').textContent()).toContain(nb('2 001,25'));
    await screenshot(page, 'plan-editor-ru');

    const warnings: string[] = [];
    page.on('console', (message) => warnings.push(message.text()));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-export').click(),
    ]);
    // Built off the UI thread: the page did not fall back to building the workbook itself.
    expect(warnings.filter((w) => w.includes('workbook worker unavailable'))).toEqual([]);
    expect(download.suggestedFilename()).toMatch(
      /^Первомайский район — Совместный план .* — бюджет — \d\d\.\d\d\.\d{4}\.xlsx$/,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!).buffer as ArrayBuffer);
    const budget = book.getWorksheet('Бюджет')!;
    // Row 2 states the draft; the header is row 4; № and item lead (repeated on every printed page).
    expect(budget.getCell('A2').value).toBe('Статус: Проект · версия 1 · не утверждён — проект');
    expect(budget.getCell('I5').result).toBe(25001.25);
    expect(budget.getCell('B6').value).toBe('=1+1');
    expect(budget.getCell('B6').formula).toBeUndefined();

    await page.getByTestId('plan-summary').click();
    await page.getByTestId('summary-total').filter({ hasText: '31 001,25' }).waitFor();
    await page.getByTestId('summary-chart').locator('svg').first().waitFor();
    await screenshot(page, 'plan-summary-ru');
    await page.goBack();

    await page.getByTestId('plan-approve').click();
    await page.getByTestId('approve-number').fill('45-р');
    await page.getByTestId('approve-confirm').click();
    await page.getByTestId('plan-locked').waitFor();
    expect(await page.getByTestId('plan-status').textContent()).toBe('Утверждён');
    expect(await page.getByTestId('line-add').count()).toBe(0);

    // The plan document: A4 landscape, approval block, every activity, totals per source.
    const editorUrl = page.url();
    await page.getByTestId('plan-print').click();
    await page.getByTestId('plan-totals').waitFor();
    const pdf = await printPdf(page, 'plan-document-ru');
    const info = pdfInfo(pdf);
    expect(info.width).toBeGreaterThan(info.height);
    expect(Math.round(info.width)).toBe(842);
    const text = pdfText(pdf).replace(/\u00a0/g, ' ');
    pdfPngs(pdf, 'plan-document-ru');
    expect(text).toContain('УТВЕРЖДАЮ');
    expect(text).toContain('45-р');
    expect(text).toMatch(/Асанов Нурбек Асанович/);
    // Table cells wrap beside each other: every word of every activity is there.
    for (const activity of ACTIVITIES)
      for (const word of activity.split(' ').filter((w) => w.length > 3))
        expect(text).toContain(word);
    for (const [label, amount] of [
      ['Местный бюджет', '16 000,00'],
      ['Бизнес', '5 000,00'],
      ['Доноры', '7 000,00'],
      ['Жители', '1 000,00'],
      ['Не обеспечено', '2 001,25'],
      ['Всего', '31 001,25'],
    ]) {
      expect(text).toMatch(new RegExp(`${label}\\s+${amount}`));
    }
    expect(text).toContain('Председатель рабочей группы');
    // Word export of the same document.
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('document-word').click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    await page.goto(editorUrl);
    await page.getByTestId('plan-new-version').click();
    await page.getByTestId('version-note').fill('Добавлены камеры на рынке «Аламедин»');
    await page.getByTestId('version-confirm').click();
    await page.getByText('Версия 2 от').waitFor();
    expect(await page.getByTestId('plan-status').textContent()).toBe('Проект');
    await page.getByTestId('line-add').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses bad input beside the field and saves nothing', async () => {
    const { page, context } = await openApp(browser);
    const plan = await buildSmallPlan(page);
    await plan.fillLine(ACTIVITIES[1]!, {
      item: 'Ж'.repeat(1000),
      unit: 'шт.',
      quantity: '-2',
      unitCost: 'abc',
      year: '2030',
      shares: { donors: '1000000' },
    });
    await page.getByTestId('line-save').click();
    await page.getByText('Количество не может быть отрицательным').waitFor();
    await page.getByText('Введите цену в сомах, например 1 250,50').waitFor();
    await page.getByText('Год должен входить в период плана').waitFor();
    await page.getByTestId('line-quantity').fill('1');
    await page.getByTestId('line-unit-cost').fill('100');
    await page.getByTestId('line-year').fill('2026');
    await page.getByTestId('line-save').click();
    await page.getByText('Сумма долей больше суммы строки — уменьшите одну из долей').waitFor();
    await page.getByTestId('line-quantity').fill('100000000');
    await page.getByTestId('line-unit-cost').fill('99999999999');
    await page.getByTestId('line-share-donors').fill('');
    await page.getByTestId('line-save').click();
    await page.getByText(/Сумма строки должна быть меньше 10\^12 сом/).waitFor();
    await screenshot(page, 'plan-bad-line-ru');
    await page.getByRole('button', { name: 'Отмена' }).click();
    expect(await page.getByTestId('budget-line').count()).toBe(2);
    await context.close();
  });

  it('the sample plan reorders by keyboard and prints in Kyrgyz and Russian on landscape pages', async () => {
    const { page, context, errors } = await openApp(browser);
    await startWithSample(page);
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('plan-open').click();
    await page.getByTestId('activity').first().waitFor();
    // The editor draws rows near the view only: every one is reached by scrolling.
    const editor = new PlanPage(page);
    expect(await editor.everyRow('activity')).toHaveLength(25);
    expect((await editor.everyRow('budget-line')).length).toBeGreaterThanOrEqual(50);
    const firstTitle = () => page.getByTestId('priority-row').first().textContent();
    expect(await firstTitle()).toContain('1. Жестокое обращение с детьми');
    await page.getByTestId('priority-row').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page
      .getByTestId('priority-row')
      .first()
      .filter({ hasText: 'Подростковые суициды' })
      .waitFor();
    expect((await editor.everyRow('priority-row'))[1]?.text).toContain(
      '2. Жестокое обращение с детьми',
    );
    await screenshot(page, 'plan-sample-ru');

    // Priorities can be taken from the priorities decision of the sample (already linked ones are skipped).
    await page.getByTestId('plan-from-decision').click();
    await page.getByText(/Добавлено приоритетов: \d+/).waitFor();

    // The responsible organisation can be picked from the working group's members.
    await page.getByTestId('activity-add').first().click();
    await page.getByTestId('activity-pick-responsible').click();
    await page.getByRole('listbox').getByRole('option').first().click();
    expect(await page.getByTestId('activity-responsible-ru').inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Отмена' }).click();

    const editorUrl = page.url();
    const planId = /#\/plan\/([^/?]+)/.exec(editorUrl)![1]!;
    await page.goto(editorUrl.replace(/#.*$/, `#/print/plan/${planId}?lang=ky%2Bru`));
    await page.getByTestId('plan-totals').waitFor();
    const pdf = await printPdf(page, 'plan-sample-ky-ru');
    pdfPngs(pdf, 'plan-sample-ky-ru');
    const info = pdfInfo(pdf);
    expect(info.width).toBeGreaterThan(info.height);
    expect(info.pages).toBeGreaterThan(2);
    const text = pdfText(pdf);
    expect(text).toContain('Долбоор — бекитиле элек');
    expect(text).toContain('Проект — не утверждён');
    expect(text).toContain('Жергиликтүү бюджет / Местный бюджет');
    expect(text).toMatch(/Стр\.|бет/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
