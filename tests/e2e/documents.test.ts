import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { startWithSample } from './pages/frame';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openDocuments(page: Page) {
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('documents-table').waitFor();
}

/** Presses «Назад» once and waits until the document is gone. */
async function backOnce(page: Page) {
  await page.getByTestId('document-back').click();
  await page.getByTestId('document-toolbar').waitFor({ state: 'detached' });
}

describe('documents list', () => {
  it('lists every kind of document of the sample district; Back returns in one click', async () => {
    const { page, context, errors } = await openApp(browser);
    const frame = await startWithSample(page);
    await openDocuments(page);
    const items = page.getByTestId('document-item');
    const kinds = new Set(
      await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind'))),
    );
    expect([...kinds].sort()).toEqual([
      'councilReport',
      'donorReport',
      'minutes',
      'plan',
      'priorities',
      'questionnaire',
      'residentsReport',
      'roster',
    ]);
    // The sample's plan: version 1 approved (and followed by monitoring), version 2 a draft.
    const plans = items.and(page.locator('[data-kind="plan"]'));
    const texts = await plans.allTextContents();
    const first = texts.find((text) => text.includes('План, версия 1'));
    expect(first).toContain('Утверждён, № 12-р');
    expect(first).toContain('Заменён новой версией');
    expect(texts.find((text) => text.includes('План, версия 2'))).toContain('Проект');
    const plan = plans.filter({ hasText: 'План, версия 1' }).first();

    // From the list: the plan document, Back once → the list again.
    await plan.getByTestId('document-open').click();
    await page.getByTestId('document-sheet').waitFor();
    await backOnce(page);
    await page.getByTestId('documents-table').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/documents');

    // From the plan editor (its button navigates in code): Back once → the editor again.
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('plan-open').first().click();
    await page.getByTestId('plan-heading').waitFor();
    const editor = await page.evaluate(() => window.location.hash);
    await page.getByTestId('plan-print').click();
    await page.getByTestId('document-sheet').waitFor();
    // The language travels inside the hash, nothing is left before it.
    expect(await page.evaluate(() => window.location.search)).toBe('');
    expect(await page.evaluate(() => window.location.hash)).toMatch(
      /^#\/print\/plan\/.+\?lang=ru$/,
    );
    await backOnce(page);
    await page.getByTestId('plan-heading').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(editor);

    // The list in Kyrgyz, looked at as a clerk would.
    await frame.setLanguage('ky');
    await openDocuments(page);
    await page.getByRole('heading', { name: 'Документтер' }).waitFor();
    expect(
      await items
        .and(page.locator('[data-kind="plan"]'))
        .filter({ hasText: '2-версия' })
        .first()
        .textContent(),
    ).toContain('Долбоор');
    await screenshot(page, 'documents-list-ky');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Back from the roster, the priorities report and the blank questionnaire returns to their screen', async () => {
    const { page, context, errors } = await openApp(browser);
    await startWithSample(page);
    const cases: { open: () => Promise<void>; link: string }[] = [
      { open: () => page.getByTestId('nav-workingGroup').click(), link: 'group-roster' },
      { open: () => page.getByTestId('nav-priorities').click(), link: 'priorities-report' },
      {
        open: async () => {
          await page.getByTestId('nav-study').click();
          await page.getByTestId('study-tab-entry').click();
        },
        link: 'blank-questionnaire-ky',
      },
    ];
    for (const { open, link } of cases) {
      await open();
      const screen = await page.evaluate(() => window.location.hash);
      await page.getByTestId(link).click();
      await page.getByTestId('document-sheet').waitFor();
      await backOnce(page);
      await page.getByTestId(link).waitFor();
      expect(await page.evaluate(() => window.location.hash), link).toBe(screen);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
