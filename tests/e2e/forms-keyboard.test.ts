/*
 * The keyboard rules of every form, checked once for all (issue 12): the cursor is in the first
 * field when a form opens; Enter in a picker picks and never saves; Ctrl+Enter saves from anywhere;
 * Escape closes an untouched form and asks before throwing typed changes away; no browser-native
 * validation; messages beside the field, in Russian. Each form is one row of FORMS.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot, type Session } from './browser';
import { FramePage, startWithSample } from './pages/frame';
import { focusedTestId, formOf, messageBeside, tabTo, type FormCase } from './pages/form';
import { scrollToStart } from './pages/grid';
import { PLAN_ENTRY_FORMS } from './pages/forms-plan-entry';
import { STUDY_FORMS, WORKING_GROUP_FORMS } from './pages/forms-wg-study';

let browser: Browser;
let session: Session;
let planUrl = '';

const REQUIRED = 'Заполните это поле';

async function toPlan(page: Page) {
  if (!page.url().endsWith(planUrl)) await page.goto(planUrl);
  await page.getByTestId('plan-heading').waitFor();
}

async function toMonitoring(page: Page) {
  if (!(await page.getByTestId('monitoring-screen').isVisible())) {
    await page.goto(planUrl.replace(/#.*$/, '#/monitoring'));
    await page.getByTestId('monitoring-open').click();
    await page.getByTestId('monitoring-screen').waitFor();
  }
}

/** The first activity in progress on the monitoring screen. */
const inProgress = (page: Page) =>
  page
    .getByTestId('monitoring-activity')
    .filter({ has: page.getByTestId('activity-status').filter({ hasText: 'выполняется' }) })
    .first();

async function toSettings(page: Page) {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('office-save').waitFor();
}

const FORMS: FormCase[] = [
  {
    name: 'funder',
    open: async (page) => {
      await page.goto(planUrl.replace(/#.*$/, '#/plan/funders'));
      await page.getByTestId('funder-add').click();
    },
    firstField: 'funder-name-ru',
    dirtyField: 'funder-contact',
    picker: 'funder-type',
    refused: { field: 'funder-name-ru', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('funder-name-ru').fill('Фонд «Сорос-Кыргызстан»'),
    saved: (page) =>
      page.getByTestId('funder-row').filter({ hasText: 'Сорос-Кыргызстан' }).waitFor(),
  },
  {
    name: 'plan title and period',
    open: async (page) => {
      await toPlan(page);
      await page.getByTestId('plan-edit').click();
    },
    firstField: 'plan-title-ru',
    dirtyField: 'plan-end-year',
    refused: { field: 'plan-start-year', value: '', message: 'Введите число' },
    fill: async (page) => {
      await page.getByTestId('plan-title-ru').fill('План профилактики 2026–2027');
      await page.getByTestId('plan-start-year').fill('2026');
    },
    saved: (page) => page.getByTestId('plan-heading').filter({ hasText: '2026–2027' }).waitFor(),
  },
  {
    name: 'priority',
    open: async (page) => {
      await toPlan(page);
      await page.getByTestId('priority-add').click();
    },
    firstField: 'priority-title-ru',
    dirtyField: 'priority-title-ru',
    refused: { field: 'priority-title-ru', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('priority-title-ru').fill('Кражи скота на пастбищах'),
    saved: (page) =>
      page.getByTestId('priority').filter({ hasText: 'Кражи скота' }).first().waitFor(),
  },
  {
    name: 'objective',
    open: async (page) => {
      await toPlan(page);
      await page.getByTestId('objective-add').first().click();
    },
    firstField: 'objective-title-ru',
    dirtyField: 'objective-title-ru',
    refused: { field: 'objective-title-ru', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('objective-title-ru').fill('Обучить 40 чабанов'),
    saved: (page) =>
      page.getByTestId('objective').filter({ hasText: 'Обучить 40 чабанов' }).waitFor(),
  },
  {
    name: 'activity',
    open: async (page) => {
      await toPlan(page);
      await page.getByTestId('activity-add').first().click();
    },
    firstField: 'activity-title-ru',
    dirtyField: 'activity-partners-ru',
    picker: 'activity-pick-responsible',
    refused: { field: 'activity-title-ru', value: '', message: REQUIRED },
    fill: async (page) => {
      await page.getByTestId('activity-title-ru').fill('Семинар для чабанов');
      await page.getByTestId('activity-responsible-ru').fill('Айыл өкмөтү');
      // Quarters typed the Russian and the Kyrgyz way are shown in the language in use.
      await page.getByTestId('activity-timing-kind').getByText('Кварталы').click();
      await page.getByTestId('activity-start').fill('2 кв. 2026');
      await page.getByTestId('activity-end').fill('2026-ж. IV чейрек');
    },
    saved: (page) =>
      page
        .getByTestId('activity')
        .filter({ hasText: 'Семинар для чабанов' })
        .filter({ hasText: 'II\u00a0кв.\u00a02026 – IV\u00a0кв.\u00a02026' })
        .waitFor(),
  },
  {
    name: 'budget line',
    open: async (page) => {
      await toPlan(page);
      // The first activity's button: the editor's rows are drawn near the view only.
      await page.getByTestId('plan-lines').waitFor();
      await scrollToStart(page, 'plan-lines');
      await page.getByTestId('line-add').first().click();
    },
    firstField: 'line-item-ru',
    dirtyField: 'line-code',
    picker: 'line-funders-donors',
    refused: { field: 'line-item-ru', value: '', message: REQUIRED },
    fill: async (page) => {
      await page.getByTestId('line-item-ru').fill('Буклеты');
      await page.getByTestId('line-unit-ru').fill('шт.');
      await page.getByTestId('line-quantity').fill('200');
      await page.getByTestId('line-unit-cost').fill('15,50');
    },
    saved: (page) => page.getByTestId('budget-line').filter({ hasText: 'Буклеты' }).waitFor(),
  },
  ...PLAN_ENTRY_FORMS,
  {
    name: 'user name (settings)',
    open: toSettings,
    firstField: null,
    inline: true,
    dirtyField: 'user-name',
    refused: { field: 'user-name', value: 'Я'.repeat(201), message: 'Слишком длинный текст' },
    fill: (page) => page.getByTestId('user-name').fill('Айгуль Садыкова'),
    saved: (page) => page.getByText('Сохранено').first().waitFor(),
  },
  {
    name: 'office details (settings)',
    open: toSettings,
    firstField: null,
    inline: true,
    dirtyField: 'office-headName-ru',
    refused: {
      field: 'office-headName-ru',
      value: 'Я'.repeat(201),
      message: 'Слишком длинный текст',
    },
    fill: (page) => page.getByTestId('office-headName-ru').fill('Исаков Бакыт Токтогулович'),
    saved: (page) => page.getByText('Сохранено').first().waitFor(),
  },
  ...WORKING_GROUP_FORMS,
  ...STUDY_FORMS,
  {
    name: 'new territory (wizard)',
    open: async (page) => {
      const frame = new FramePage(page);
      const add = (await frame.territoryOptions()).find((o) => o.startsWith('+'))!;
      await frame.switchTerritory(add);
    },
    firstField: 'name-ru',
    dirtyField: 'name-ru',
    picker: 'kind',
  },
  // Last: approving locks the plan, and only a locked plan gets a new version.
  {
    name: 'approval',
    open: async (page) => {
      await toPlan(page);
      await page.getByTestId('plan-approve').click();
    },
    firstField: 'approve-body',
    dirtyField: 'approve-number',
    picker: 'approve-body',
    refused: { field: 'approve-number', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('approve-number').fill('12-р'),
    saved: (page) => page.getByTestId('plan-locked').waitFor(),
  },
  {
    name: 'new version',
    open: async (page) => {
      await toPlan(page);
      await page.getByTestId('plan-new-version').click();
    },
    firstField: 'version-note',
    dirtyField: 'version-note',
    refused: { field: 'version-note', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('version-note').fill('Добавлены буклеты'),
    // The sample's plan is already at version 2 (its header says «Версия 2 от …» before the save):
    // only the new version 3's header, with the note just typed, shows the save and the navigation.
    saved: (page) => page.getByText(/^Версия 3 от .+: Добавлены буклеты$/).waitFor(),
  },
  // After the approval of version 2: monitoring now follows it, with the same records.
  {
    name: 'activity progress (monitoring)',
    open: async (page) => {
      await toMonitoring(page);
      await inProgress(page).getByTestId('activity-progress-edit').click();
    },
    firstField: 'progress-status',
    dirtyField: 'progress-percent',
    picker: 'progress-status',
    refused: { field: 'progress-percent', value: '150', message: 'Укажите процент от 0 до 100' },
    fill: (page) => page.getByTestId('progress-percent').fill('41'),
    saved: (page) =>
      inProgress(page).getByTestId('activity-percent').filter({ hasText: '41' }).waitFor(),
  },
  {
    name: 'expenditure (monitoring)',
    open: async (page) => {
      await toMonitoring(page);
      await page.getByTestId('monitoring-tab-spending').click();
      await page.getByTestId('expenditure-add').first().click();
    },
    firstField: 'expenditure-date',
    dirtyField: 'expenditure-payee',
    picker: 'expenditure-document-type',
    refused: { field: 'expenditure-amount', value: '0', message: 'Сумма должна быть больше нуля' },
    fill: async (page) => {
      await page.getByTestId('expenditure-amount').fill('1 000');
      await page.getByTestId('expenditure-document-number').fill('ПП-1');
    },
    saved: async (page) => {
      await page.getByTestId('expenditures-toggle').first().click();
      await page.getByTestId('expenditure').filter({ hasText: '№ ПП-1' }).waitFor();
    },
  },
  {
    name: 'assessment of a priority (monitoring)',
    open: async (page) => {
      await toMonitoring(page);
      await page.getByTestId('monitoring-tab-assessment').click();
      await page.getByTestId('assessment-edit').first().click();
    },
    firstField: 'assessment-implementation',
    dirtyField: 'assessment-implementation-note',
    picker: 'assessment-implementation',
    refused: { field: 'assessment-conclusion', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('assessment-conclusion').fill('Краж стало меньше'),
    saved: (page) =>
      page
        .getByTestId('assessment-conclusion-text')
        .filter({ hasText: /^Краж стало меньше$/ })
        .waitFor(),
  },
];

beforeAll(async () => {
  browser = await launch();
  session = await openApp(browser);
  const { page } = session;
  await startWithSample(page);
  await page.getByTestId('nav-plan').click();
  await page.getByTestId('plan-open').click();
  await page.getByTestId('plan-heading').waitFor();
  planUrl = page.url();
});
afterAll(async () => {
  await browser?.close();
});

/** True while the form (found by one of its fields) is on the screen. */
const isOpen = (page: Page, testId: string) => page.getByTestId(testId).isVisible();

async function checkForm(page: Page, form: FormCase) {
  // Opening puts the cursor in the first field; the form validates itself, never the browser.
  await form.open(page);
  await page.getByTestId(form.dirtyField).waitFor();
  if (form.firstField) await expect.poll(() => focusedTestId(page)).toBe(form.firstField);
  const element = formOf(page, form.dirtyField);
  expect(await element.evaluate((f: HTMLFormElement) => f.noValidate)).toBe(true);
  expect(await element.locator('[required]').count()).toBe(0);

  // Escape on an untouched form closes it (a form of a page has nothing to close).
  await page.getByTestId(form.dirtyField).focus();
  await page.keyboard.press('Escape');
  if (!form.inline) {
    await page.getByTestId(form.dirtyField).waitFor({ state: 'detached' });
    await form.open(page);
  }
  await expect(page.getByTestId('form-discard-question').isVisible()).resolves.toBe(false);

  // Escape on a changed form asks; keeping goes back to the typed text, discarding throws it away.
  const dirty = page.getByTestId(form.dirtyField);
  const before = await dirty.inputValue();
  await dirty.focus();
  await page.keyboard.type('7');
  await page.keyboard.press('Escape');
  await page.getByTestId('form-discard-question').waitFor();
  await page.getByTestId('form-discard-keep').click();
  await page.getByTestId('form-discard-question').waitFor({ state: 'detached' });
  expect(await dirty.inputValue()).toBe(`${before}7`);
  await dirty.focus();
  await page.keyboard.press('Escape');
  await page.getByTestId('form-discard-confirm').click();
  if (form.inline) await expect.poll(() => dirty.inputValue()).toBe(before);
  else await dirty.waitFor({ state: 'detached' });

  if (form.picker) {
    // Enter in a picker picks an option and saves nothing.
    if (!form.inline || !(await isOpen(page, form.picker))) await form.open(page);
    const picker = page.getByTestId(form.picker);
    await picker.focus();
    await page.evaluate(() => {
      const w = window as unknown as { submits: number };
      w.submits = 0;
      document.addEventListener('submit', () => (w.submits += 1), true);
    });
    const submits = () => page.evaluate(() => (window as unknown as { submits: number }).submits);
    // Enter on the picker with its list closed submits nothing either.
    await picker.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await isOpen(page, form.dirtyField)).toBe(true);
    expect(await page.getByTestId('form-failure').count()).toBe(0);
    expect(await submits()).toBe(0);
    expect(await isOpen(page, form.dirtyField)).toBe(true);
    // A multi-select keeps its list open for the next pick: Escape closes the list, not the form.
    if (await page.getByRole('listbox').isVisible()) {
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      expect(await page.getByTestId('form-discard-question').isVisible()).toBe(false);
    }
    // Whether the arrows landed on another option depends on where the list's highlight started
    // (Mantine loops): a changed pick makes a dialog ask before closing, the same one closes it.
    await page.keyboard.press('Escape');
    const asked =
      form.inline ||
      (await Promise.race([
        page
          .getByTestId('form-discard-question')
          .waitFor()
          .then(
            () => true,
            () => false,
          ),
        picker.waitFor({ state: 'detached' }).then(
          () => false,
          () => true,
        ),
      ]));
    if (asked) await page.getByTestId('form-discard-confirm').click();
    else expect(await picker.count()).toBe(0);
  }

  if (form.refused && form.fill && form.saved) {
    // Ctrl+Enter saves from any field; a refused value is named beside its field, in Russian.
    if (!form.inline) await form.open(page);
    await page.getByTestId(form.refused.field).fill(form.refused.value);
    await page.getByTestId(form.dirtyField).focus();
    await page.keyboard.press('Control+Enter');
    expect(await messageBeside(page, form.refused.field)).toContain(form.refused.message);
    await form.fill(page);
    await page.getByTestId(form.dirtyField).focus();
    await page.keyboard.press('Control+Enter');
    await form.saved(page);
    if (!form.inline) await page.getByTestId(form.dirtyField).waitFor({ state: 'detached' });
  }
}

describe('the keyboard in every form', () => {
  for (const form of FORMS) {
    it(form.name, async () => {
      await checkForm(session.page, form);
      if (form.name === 'budget line') {
        await scrollToStart(session.page, 'plan-lines');
        await session.page.getByTestId('line-add').first().click();
        await session.page.getByTestId('line-item-ru').waitFor();
        await screenshot(session.page, 'forms-line-modal');
        await session.page.keyboard.press('Escape');
      }
    });
  }
  it('shows no page errors', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('a budget line with the keyboard only', () => {
  it('opens, fills, picks a funder and saves without the mouse', async () => {
    const { page } = session;
    // The latest version (made by the last form above) is editable again.
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('plan-open').click();
    await page.getByTestId('plan-heading').waitFor();
    await page.getByTestId('line-add').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('line-item-ru');
    await page.keyboard.type('Светоотражающие жилеты');
    await tabTo(page, 'line-unit-ru');
    await page.keyboard.type('шт.');
    await tabTo(page, 'line-quantity');
    await page.keyboard.type('12,5');
    await tabTo(page, 'line-unit-cost');
    await page.keyboard.type('1 200 сом');
    await tabTo(page, 'line-share-donors');
    await page.keyboard.type('10 000');
    await tabTo(page, 'line-funders-donors');
    await page.keyboard.type('ПРО');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Enter picked the funder; the form is still open.
    expect(await page.getByTestId('line-item-ru').isVisible()).toBe(true);
    await page.keyboard.press('Control+Enter');
    const line = page.getByTestId('budget-line').filter({ hasText: 'Светоотражающие жилеты' });
    await line.waitFor();
    expect((await line.innerText()).replace(/\u00a0/g, ' ')).toContain('15 000,00');
  });
});
