/*
 * Budget entry as office people do it (issue 17): a clerk copies five lines in Excel and pastes
 * them into an activity (the clipboard text written here as Excel writes it: tabs, CRLF, a quoted
 * cell with a line break and doubled quotes, decimal commas, no-break-space thousands), sees the
 * preview, confirms with the keyboard; duplicates a line; names default funders once and adds a
 * line that starts with them. Totals are compared with sums worked out by hand.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { PlanPage } from './pages/plan';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const NB = '\u00a0';
const nb = (text: string) => text.replace(/ /g, NB);
const UNODC = 'УНП ООН (UNODC)';
const BUSINESS = 'Ассоциация предпринимателей «Аламедин»';
const ACTIVITY = 'Информационная кампания против мошенничества';
const OTHER = 'Освещение дворов Ж/м Ак-Өргө';

const excel = (...rows: string[]) => rows.join('\r\n') + '\r\n';
const HEADER = 'Статья\tЕд. изм.\tКол-во\tЦена, сом\tМестный бюджет\tБизнес\tДоноры\tЖители';
// Hand sums: 30 000 + 67 575 + 3 000 + 75 000 + 125,00 (0,125 × 1 000,01 = 125,00125) = 175 700,00;
// funded 30 000 + 50 000 + 15 000 + 60 000 = 155 000,00; unfunded 20 700,00.
const FIVE = excel(
  HEADER,
  `Баннеры\tшт.\t12\t2${NB}500,00\t\t\t30${NB}000,00\t`,
  `"Футболки с логотипом\nдля волонтёров"\tшт.\t150\t450,50\t\t50${NB}000,00\t\t`,
  `Аренда зала\tчас\t2,5\t1${NB}200\t\t\t\t`,
  `"Стенд ""Осторожно, мошенники"""\tшт.\t4\t18${NB}750,00 сом\t15${NB}000,00\t\t60${NB}000,00\t`,
  `Канцтовары\tкомплект\t0,125\t1${NB}000,01\t\t\t\t`,
);

async function pasteFromClipboard(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByTestId('paste-text').fill('');
  await page.getByTestId('paste-text').focus();
  await page.keyboard.press('Control+V');
}

const activity = (page: Page, title: string) =>
  page.getByTestId('activity').filter({ hasText: title });

describe('budget entry as office people do it', () => {
  it('pastes five lines from Excel, duplicates one, and gives new lines the default funders', async () => {
    const { page, context, errors } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const plan = new PlanPage(page);
    await plan.open();
    await plan.addFunder(UNODC, 'Международная организация');
    await plan.addFunder(BUSINESS, 'Бизнес');
    await plan.createPlan('Совместный план 2026–2027', '2026', '2027');
    await plan.addPriority('Мошенничество');
    await plan.addObjective('Мошенничество', 'Снизить число обманутых пожилых людей');
    for (const title of [ACTIVITY, OTHER])
      await plan.addActivity('Снизить число', { title, responsible: 'Администрация района' });

    // Default funders, named once for the activity.
    await activity(page, ACTIVITY).getByTestId('line-defaults').click();
    for (const [source, name] of [
      ['donors', UNODC],
      ['business', BUSINESS],
    ] as const) {
      await page.getByTestId(`default-funders-${source}`).click();
      await page.getByRole('option', { name }).click();
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('default-funders-save').click();
    await activity(page, ACTIVITY).getByTestId('line-defaults-names').waitFor();
    expect(await activity(page, ACTIVITY).getByTestId('line-defaults-names').textContent()).toBe(
      `по умолчанию: ${BUSINESS}, ${UNODC}`,
    );

    // A paste with a wrong number: the row says what is wrong, nothing can be added.
    await activity(page, ACTIVITY).getByTestId('lines-paste').click();
    await pasteFromClipboard(page, excel(HEADER, 'Баннеры\tшт.\tдвенадцать\t100'));
    await page.getByTestId('paste-problems').waitFor();
    expect(await page.getByTestId('paste-row-problems').textContent()).toBe(
      'Количество: Введите количество числом, например 2,5',
    );
    expect(await page.getByTestId('paste-confirm').isDisabled()).toBe(true);

    // The five lines: preview first, then Ctrl+Enter adds them.
    await pasteFromClipboard(page, FIVE);
    await page.getByTestId('paste-row').nth(4).waitFor();
    expect(await page.getByTestId('paste-row').count()).toBe(5);
    expect(await page.getByTestId('paste-problems').count()).toBe(0);
    const summary = await page.getByTestId('paste-summary').textContent();
    expect(summary).toContain(`Строк к добавлению: 5, всего ${nb('175 700,00')}`);
    expect(await (await plan.linesOf(ACTIVITY)).count()).toBe(0);
    await screenshot(page, 'budget-paste-preview');
    await page.getByTestId('paste-text').press('Control+Enter');
    await page.getByTestId('paste-dialog').waitFor({ state: 'detached' });
    const lines = await plan.linesOf(ACTIVITY);
    await lines.nth(4).waitFor();
    expect(await lines.count()).toBe(5);
    const total = activity(page, ACTIVITY).getByTestId('activity-total');
    expect(await total.textContent()).toBe(nb('175 700,00'));
    expect(await page.getByTestId('plan-totals').textContent()).toContain(nb('20 700,00'));
    expect(await lines.nth(1).locator('td.item').textContent()).toBe(
      'Футболки с логотипом\nдля волонтёров',
    );
    expect(await lines.nth(3).locator('td.item').textContent()).toBe(
      'Стенд "Осторожно, мошенники"',
    );

    // A pasted line with a donors' share got the default donor; one without shares got none.
    await lines.nth(0).getByTestId('line-edit').click();
    expect(await page.getByRole('dialog').textContent()).toContain(UNODC);
    await page.keyboard.press('Escape');
    await page.getByTestId('line-save').waitFor({ state: 'detached' });
    await lines.nth(2).getByTestId('line-edit').click();
    expect(await page.getByRole('dialog').textContent()).not.toContain(UNODC);
    await page.keyboard.press('Escape');
    await page.getByTestId('line-save').waitFor({ state: 'detached' });

    // Duplicate the second line: the copy comes right below, the total grows by 67 575,00.
    await lines.nth(1).getByTestId('line-duplicate').click();
    await lines.nth(5).waitFor();
    expect(await lines.nth(2).locator('td.item').textContent()).toBe(
      'Футболки с логотипом\nдля волонтёров',
    );
    await total.filter({ hasText: nb('243 275,00') }).waitFor();

    // A line typed in the form starts with the default funders; another activity's does not.
    await plan.fillLine(ACTIVITY, {
      item: 'Печать листовок',
      unit: 'шт.',
      quantity: '1000',
      unitCost: '5',
      shares: { donors: '5 000' },
    });
    const dialog = await page.getByRole('dialog').textContent();
    expect(dialog).toContain(UNODC);
    expect(dialog).toContain(BUSINESS);
    await plan.saveLine();
    await total.filter({ hasText: nb('248 275,00') }).waitFor();
    await activity(page, OTHER).getByTestId('line-add').click();
    expect(await page.getByRole('dialog').textContent()).not.toContain(UNODC);
    await page.keyboard.press('Escape');
    await screenshot(page, 'budget-entry-editor');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
