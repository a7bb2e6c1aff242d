/* The budget-entry forms of the plan editor as rows of the keyboard test (forms-keyboard.test.ts). */
import type { Page } from 'playwright-core';
import type { FormCase } from './form';
import { scrollToStart } from './grid';

/** Opens the sample's editable plan unless it is on the screen already. */
async function toEditablePlan(page: Page) {
  if (await page.getByTestId('lines-paste').first().isVisible()) return;
  await page.getByTestId('nav-plan').click();
  await page.getByTestId('plan-open').first().click();
  await page.getByTestId('lines-paste').first().waitFor();
}

export const PLAN_ENTRY_FORMS: FormCase[] = [
  {
    name: 'budget lines pasted from Excel',
    open: async (page) => {
      await toEditablePlan(page);
      await scrollToStart(page, 'plan-lines');
      await page.getByTestId('lines-paste').first().click();
    },
    firstField: 'paste-text',
    dirtyField: 'paste-text',
    refused: { field: 'paste-year', value: '', message: 'Заполните это поле' },
    fill: async (page) => {
      await page.getByTestId('paste-text').fill('Плакаты А2\tшт.\t40\t85,00\r\n');
      await page.getByTestId('paste-year').fill('2026');
      await page.getByTestId('paste-row').waitFor();
    },
    saved: (page) => page.getByTestId('budget-line').filter({ hasText: 'Плакаты А2' }).waitFor(),
  },
];
