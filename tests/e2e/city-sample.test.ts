/*
 * The city sample as a clerk opens it (issue 19, item 5): Settings → «Открыть пример: город
 * Бишкек» builds three districts, each exported as a signed package and imported through the real
 * import; the city view shows them side by side, its city column the sum of theirs (added up
 * here from the screen); an imported district is read, with its edit controls gone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { FramePage } from './pages/frame';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DISTRICTS = ['Ленинский район', 'Октябрьский район', 'Первомайский район'];
const SOURCES = ['localBudget', 'business', 'donors', 'residents'] as const;

/** Money as the city view writes it (`1 234 567,89`), in tyiyn. */
function tyiyn(text: string): number {
  const match = /-?[\d\s\u00a0]+(?:,\d{1,2})?/.exec(text);
  if (!match) throw new Error(`no amount in ${text}`);
  const [whole, fraction = ''] = match[0].replace(/[\s\u00a0]/g, '').split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

async function cells(page: Page, row: string): Promise<{ districts: number[]; city: number }> {
  const base = `[data-testid=city-budgets] tr[data-row="${row}"]`;
  const districts = await page
    .locator(`${base} td[data-district]:not([data-district=city])`)
    .allTextContents();
  const city = (await page.locator(`${base} td[data-district=city]`).textContent())!;
  return { districts: districts.map(tyiyn), city: tyiyn(city) };
}

describe('the city sample', () => {
  it('opens Bishkek with three districts, sums them, and keeps the districts read-only', async () => {
    const { page, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const frame = new FramePage(page);
    await frame.openSettings();
    await page.getByTestId('city-sample-load').click();
    // Three districts are built, signed and imported in a worker: done when the button stays off.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=city-sample-load]')?.hasAttribute('disabled') &&
        !document.querySelector('[data-testid=city-sample-progress]'),
      null,
      { timeout: 300_000, polling: 500 },
    );
    const options = await frame.territoryOptions();
    for (const name of ['город Бишкек', ...DISTRICTS])
      expect(
        options.some((o) => o.includes(name)),
        name,
      ).toBe(true);

    await frame.switchTerritory(/город Бишкек/);
    await page.getByTestId('nav-city').click();
    await page.getByTestId('city-budgets').waitFor();
    const headers = await page.locator('[data-testid=city-budgets] thead th').allTextContents();
    for (const name of DISTRICTS)
      expect(
        headers.some((h) => h.includes(name)),
        name,
      ).toBe(true);

    // Every source: three districts with money, and the city column their sum to the tyiyn.
    let cityTotal = 0;
    for (const source of SOURCES) {
      const row = await cells(page, source);
      expect(row.districts, source).toHaveLength(3);
      expect(row.city, source).toBe(row.districts.reduce((a, b) => a + b, 0));
      cityTotal += row.city;
    }
    const total = await cells(page, 'total');
    expect(total.districts.every((d) => d > 0)).toBe(true);
    const unfunded = await cells(page, 'unfunded');
    expect(total.city).toBe(cityTotal + unfunded.city);
    await screenshot(page, 'city-sample-ru');

    // An imported district: the banner says so, and no edit controls are offered.
    await frame.switchTerritory(/Ленинский район/);
    await page.getByTestId('nav-workingGroup').click();
    await page.getByTestId('imported-banner').waitFor();
    await page.getByTestId('tab-members').click();
    await page.getByTestId('member-row').first().waitFor();
    expect(await page.getByTestId('member-add').count()).toBe(0);
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('imported-banner').waitFor();
    expect(await page.getByTestId('plan-create').count()).toBe(0);
    await page.getByTestId('plan-open').first().click();
    await page.getByTestId('plan-heading').waitFor();
    await page.getByTestId('plan-totals').waitFor();
    expect(await page.getByTestId('plan-status').textContent()).toBe('Утверждён');
    expect(await page.getByTestId('plan-new-version').count()).toBe(0);
    await screenshot(page, 'city-sample-district-plan-ru');
    expect(errors).toEqual([]);
  }, 420_000);
});
