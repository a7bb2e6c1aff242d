/*
 * The sample district agrees with itself, and the plan editor says when a plan's priorities are not
 * the ones the territory's latest priorities decision chose (issue 17), in ru, ky and en.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { startWithSample } from './pages/frame';
import { PlanPage } from './pages/plan';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('plan priorities against the priorities decision', () => {
  it('shows no warning on the sample plan, then names what differs in every language', async () => {
    const { page, context, errors } = await openApp(browser);
    const frame = await startWithSample(page);
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('plan-open').first().click();
    await page.getByTestId('plan-heading').waitFor();
    // The sample plan carries the decided priorities: the editor says so, and warns of nothing.
    await page.getByTestId('priorities-consistent').waitFor();
    expect(await page.getByTestId('priorities-consistent').textContent()).toBe(
      'Приоритеты плана соответствуют решению «Приоритеты на 2026 год».',
    );
    expect(await page.getByTestId('priorities-mismatch').count()).toBe(0);

    // Remove the markets priority and add one the decision did not choose.
    // The editor draws rows near the view only: scroll to the priority first.
    await new PlanPage(page).everyRow('priority-row', 'Кражи и беспорядки на рынках');
    await page
      .getByTestId('priority')
      .filter({ hasText: 'Кражи и беспорядки на рынках' })
      .first()
      .getByTestId('priority-remove')
      .first()
      .click();
    await page.getByTestId('remove-confirm').click();
    await new PlanPage(page).addPriority('Бродячие собаки');
    const warning = page.getByTestId('priorities-mismatch');
    await warning.getByTestId('priorities-extra').waitFor();
    expect(await warning.getByTestId('priorities-missing').textContent()).toBe(
      'Выбраны решением, но нет в плане: Кражи и беспорядки на рынках',
    );
    expect(await warning.getByTestId('priorities-extra').textContent()).toBe(
      'В плане, но не выбраны решением: Бродячие собаки',
    );
    expect(await warning.textContent()).toContain('Последнее решение: «Приоритеты на 2026 год».');
    await warning.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-priorities-mismatch-ru');

    await frame.setLanguage('ky');
    await warning.filter({ hasText: 'Пландын артыкчылыктары' }).waitFor();
    expect(await warning.getByTestId('priorities-missing').textContent()).toBe(
      'Чечим менен тандалган, бирок планда жок: Базарлардагы уурулук жана тартипсиздик',
    );
    await frame.setLanguage('en');
    await warning.filter({ hasText: 'differ from the priorities decision' }).waitFor();
    expect(await warning.getByTestId('priorities-missing').textContent()).toBe(
      'Chosen by the decision but not in the plan: Theft and disorder at markets',
    );

    // Putting the decided problems back from the decision leaves only the extra priority.
    await page.getByTestId('plan-from-decision').click();
    await warning.getByTestId('priorities-missing').waitFor({ state: 'detached' });
    expect(await warning.getByTestId('priorities-extra').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
