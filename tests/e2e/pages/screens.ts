import type { Page } from 'playwright-core';

/**
 * The main screens of the sample district, each opened from the navigation as a clerk opens it
 * and waited for until its content is drawn. Shared by the layout and accessibility tests.
 */
export interface Screen {
  name: string;
  open(page: Page): Promise<void>;
}

async function nav(page: Page, section: string, ready: string) {
  // A document preview has no frame around it: back to the frame first.
  if ((await page.getByTestId(`nav-${section}`).count()) === 0) {
    await page.evaluate(() => (window.location.hash = '#/'));
  }
  await page.getByTestId(`nav-${section}`).click();
  await page.getByTestId(ready).first().waitFor();
}

/** Waits until Recharts has drawn its ticks (charts load on demand). */
async function chartsDrawn(page: Page) {
  await page.locator('text.recharts-cartesian-axis-tick-value').first().waitFor();
}

/** Opens the first item of a list screen (the latest plan, the approved plan's monitoring). */
async function firstOf(page: Page, section: string, opener: string, ready: string) {
  await nav(page, section, opener);
  await page.getByTestId(opener).first().click();
  await page.getByTestId(ready).waitFor();
}

/** The screens that draw charts (their axes and legends are measured too). */
export const CHART_SCREENS = ['priorities-charts', 'plan-summary', 'monitoring-spending'];

export const SCREENS: Screen[] = [
  { name: 'home', open: (page) => nav(page, 'home', 'home') },
  { name: 'working-group', open: (page) => nav(page, 'workingGroup', 'working-group') },
  { name: 'study', open: (page) => nav(page, 'study', 'study-screen') },
  {
    name: 'study-analysis',
    open: async (page) => {
      await nav(page, 'study', 'study-screen');
      await page.getByTestId('study-tab-analysis').click();
      await page.locator('[data-testid="study-screen"] table').first().waitFor();
    },
  },
  {
    name: 'priorities-ranking',
    open: (page) => nav(page, 'priorities', 'ranking-table'),
  },
  {
    name: 'priorities-charts',
    open: async (page) => {
      await nav(page, 'priorities', 'ranking-table');
      await page.getByTestId('priorities-tab-charts').click();
      await chartsDrawn(page);
    },
  },
  {
    name: 'plan-editor',
    open: (page) => firstOf(page, 'plan', 'plan-open', 'plan-heading'),
  },
  {
    name: 'plan-summary',
    open: async (page) => {
      await firstOf(page, 'plan', 'plan-open', 'plan-heading');
      await page.getByTestId('plan-summary').click();
      await chartsDrawn(page);
    },
  },
  {
    name: 'monitoring',
    open: (page) => firstOf(page, 'monitoring', 'monitoring-open', 'monitoring-screen'),
  },
  {
    name: 'monitoring-spending',
    open: async (page) => {
      await firstOf(page, 'monitoring', 'monitoring-open', 'monitoring-screen');
      await page.getByTestId('monitoring-tab-spending').click();
      await page.getByTestId('breakdown-source').waitFor();
      // Every breakdown as its chart (each shows its table first).
      for (const control of await page.getByTestId(/^breakdown-view-/).all())
        await control.locator('label').first().click();
      await chartsDrawn(page);
    },
  },
  { name: 'documents', open: (page) => nav(page, 'documents', 'documents-table') },
  {
    name: 'document-preview',
    open: async (page) => {
      await nav(page, 'documents', 'documents-table');
      await page
        .getByTestId('document-item')
        .and(page.locator('[data-kind="plan"]'))
        .first()
        .getByTestId('document-open')
        .click();
      await page.getByTestId('document-sheet').waitFor();
    },
  },
  { name: 'settings', open: (page) => nav(page, 'settings', 'sample-load') },
];
