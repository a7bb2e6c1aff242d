/* The working-group and study forms as rows of the keyboard test (forms-keyboard.test.ts). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FormCase } from './form';

const REQUIRED = 'Заполните это поле';

async function workingGroupTab(page: Page, tab: 'group' | 'members' | 'meetings') {
  await page.getByTestId('nav-workingGroup').click();
  await page.getByTestId(`tab-${tab}`).click();
}

async function studyTab(page: Page, tab: 'police' | 'catalogue') {
  await page.getByTestId('nav-study').click();
  await page.getByTestId(`study-tab-${tab}`).click();
}

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export const WORKING_GROUP_FORMS: FormCase[] = [
  {
    name: 'working group (founding order, officers)',
    open: (page) => workingGroupTab(page, 'group'),
    firstField: null,
    inline: true,
    dirtyField: 'group-order-number',
    picker: 'group-chairId',
    refused: { field: 'group-order-date', value: '31.02.2026', message: 'Такой даты нет' },
    fill: (page) => page.getByTestId('group-order-date').fill('10.02.2026'),
    saved: async (page) => {
      // Read back from the database: the tab is drawn afresh.
      await page.getByTestId('tab-members').click();
      await page.getByTestId('tab-group').click();
      await expect.poll(() => page.getByTestId('group-order-date').inputValue()).toBe('10.02.2026');
    },
  },
  {
    name: 'member',
    open: async (page) => {
      await workingGroupTab(page, 'members');
      await page.getByTestId('member-add').click();
    },
    firstField: 'member-name',
    dirtyField: 'member-phone',
    picker: 'member-org-type',
    refused: { field: 'member-name', value: '', message: REQUIRED },
    fill: async (page) => {
      await page.getByTestId('member-name').fill('Жумабаев Азамат Русланович');
      await pick(page, 'member-org-type', 'Милиция (УВД, ОВД)');
    },
    saved: (page) =>
      page.getByTestId('member-row').filter({ hasText: 'Жумабаев Азамат' }).waitFor(),
  },
  {
    // A page of its own: Escape on the untouched form goes back to the list, as a dialog closes.
    name: 'meeting',
    open: async (page) => {
      await workingGroupTab(page, 'meetings');
      await page.getByTestId('meeting-new').click();
    },
    firstField: 'meeting-number',
    dirtyField: 'meeting-time',
    refused: { field: 'meeting-date', value: '31.02.2026', message: 'Такой даты нет' },
    fill: async (page) => {
      await page.getByTestId('meeting-number').fill('17-к');
      await page.getByTestId('meeting-date').fill('12.03.2026');
    },
    saved: async (page) => {
      await page.getByTestId('decision-add').waitFor();
      await page.getByRole('button', { name: /К списку заседаний/ }).click();
      await page.getByTestId('meeting-row').filter({ hasText: '17-к' }).waitFor();
    },
  },
  {
    name: 'decision of a meeting',
    open: async (page) => {
      await workingGroupTab(page, 'meetings');
      await page.getByTestId('meeting-row').filter({ hasText: '17-к' }).getByRole('link').click();
      await page.getByTestId('decision-add').waitFor();
    },
    firstField: null,
    inline: true,
    dirtyField: 'decision-organisation-ru',
    picker: 'decision-responsible',
    refused: { field: 'decision-text-ru', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('decision-text-ru').fill('Провести сход жителей у рынка'),
    saved: (page) =>
      page.getByTestId('decision-row').filter({ hasText: 'Провести сход жителей' }).waitFor(),
  },
];

let countBefore: string | null = null;

export const STUDY_FORMS: FormCase[] = [
  {
    name: 'study',
    open: async (page) => {
      await page.getByTestId('nav-study').click();
      await page.getByTestId('study-new').click();
    },
    firstField: 'study-title-ru',
    dirtyField: 'study-to',
    refused: { field: 'study-title-ru', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('study-title-ru').fill('Опрос предпринимателей 2026'),
    saved: (page) =>
      expect
        .poll(() => page.getByTestId('study-select').inputValue())
        .toBe('Опрос предпринимателей 2026'),
  },
  {
    name: 'problem of the catalogue',
    open: async (page) => {
      await studyTab(page, 'catalogue');
      await page.getByTestId('problem-add').click();
    },
    firstField: 'problem-name-ru',
    dirtyField: 'problem-name-ru',
    picker: 'problem-kind',
    refused: { field: 'problem-name-ru', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('problem-name-ru').fill('Кражи скота на пастбищах'),
    saved: (page) => page.getByTestId('problem-table').getByText('Кражи скота').waitFor(),
  },
  {
    name: 'place',
    open: async (page) => {
      await studyTab(page, 'catalogue');
      await page.getByTestId('place-add').click();
    },
    firstField: 'place-name-ru',
    dirtyField: 'place-code',
    picker: 'place-kind',
    refused: { field: 'place-name-ru', value: '', message: REQUIRED },
    fill: (page) => page.getByTestId('place-name-ru').fill('Сквер у Дома культуры'),
    saved: (page) => page.getByTestId('place-table').getByText('Сквер у Дома культуры').waitFor(),
  },
  {
    name: 'complaints counted',
    open: (page) => studyTab(page, 'police'),
    firstField: null,
    inline: true,
    dirtyField: 'complaint-count',
    picker: 'complaint-kind',
    refused: { field: 'complaint-count', value: '', message: 'Введите число' },
    fill: async (page) => {
      await page.getByTestId('complaint-count').fill('3');
      await page.getByTestId('complaint-period').fill('2 кв. 2024');
    },
    // Typed the Russian way, shown as the language in use writes it.
    saved: (page) =>
      page.getByTestId('complaints-table').getByText('II\u00a0кв.\u00a02024').waitFor(),
  },
  {
    name: 'questionnaire',
    // The section opens on data entry (a click on its tab would take the cursor to the tab).
    open: async (page) => {
      await page.getByTestId('nav-study').click();
      await page.getByTestId('questionnaire').waitFor();
    },
    firstField: 'q-group',
    inline: true,
    dirtyField: 'q-comment',
    refused: { field: 'q-problems', value: '99', message: 'Такого номера нет' },
    fill: async (page) => {
      countBefore = await page.getByTestId('entry-count').textContent();
      await page.getByTestId('q-problems').fill('9');
    },
    saved: (page) =>
      expect
        .poll(async () => (await page.getByTestId('entry-count').textContent()) !== countBefore)
        .toBe(true),
  },
];
