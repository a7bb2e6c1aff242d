/*
 * Issue 17, item 10: the main screens of the sample district on the office screens the district
 * has (1024×768 and 1366×768), in Russian and Kyrgyz. Nothing is cut off or pushes the page
 * sideways (wide tables scroll in their own box), chart labels and legends do not overlap,
 * amounts on axes are written 3 200 000, a legend follows its table's order, and a dialog
 * taller than the window keeps Save in view. Screenshots land in test-results/office/.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { FramePage } from './pages/frame';
import { chartProblems, layoutProblems } from './pages/layout';
import { sharedSampleSession } from './pages/sample';
import { CHART_SCREENS, SCREENS } from './pages/screens';

const session = sharedSampleSession();
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
];

describe.each(['ru', 'ky'] as const)('office screens in %s', (lang) => {
  it.each(SIZES)('every main screen reads whole at $width×$height', async (size) => {
    const { page } = session.current;
    await page.setViewportSize(size);
    await page.evaluate(() => (window.location.hash = '#/'));
    await new FramePage(page).setLanguage(lang);
    for (const screen of SCREENS) {
      await screen.open(page);
      await screenshot(page, `office/${lang}-${size.width}-${screen.name}`);
      expect(await layoutProblems(page), `${screen.name}`).toEqual([]);
      if (CHART_SCREENS.includes(screen.name))
        expect(await chartProblems(page), `${screen.name} charts`).toEqual([]);
    }
  });
});

describe('charts and dialogs', () => {
  it("the budget chart's legend follows the table's columns; its axis writes amounts in full", async () => {
    const { page } = session.current;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => (window.location.hash = '#/'));
    await new FramePage(page).setLanguage('ru');
    await SCREENS.find((s) => s.name === 'plan-summary')!.open(page);
    const legend = await page
      .getByTestId('summary-chart')
      .locator('.recharts-legend-item-text')
      .allTextContents();
    const header = await page
      .getByTestId('summary-priorities')
      .locator('thead th')
      .allTextContents();
    // The table: (name), Total, the four sources, Unfunded, In kind; the chart stacks the sources
    // and the unfunded rest.
    expect(legend).toEqual(header.slice(2, 7));
    const ticks = await page
      .getByTestId('summary-chart')
      .locator('.recharts-yAxis-tick-labels text')
      .allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.filter((tick) => /^\d{1,3}(\u00a0\d{3})+$/.test(tick)).length).toBe(
      ticks.length - 1,
    );
  });

  it('a long chart label is cut only with its full name on pointing', async () => {
    const { page } = session.current;
    await page.setViewportSize({ width: 1024, height: 768 });
    await SCREENS.find((s) => s.name === 'priorities-charts')!.open(page);
    const stakeholders = page.getByTestId('stakeholder-views');
    const labels = await stakeholders
      .locator('.recharts-cartesian-axis-tick-label')
      .evaluateAll((ticks) =>
        ticks.map((tick) => ({
          shown: tick.querySelector('text')?.textContent ?? '',
          full: tick.querySelector('title')?.textContent ?? '',
        })),
      );
    const cut = labels.filter((label) => label.shown.includes('…'));
    // The sample's problem names are longer than a 300-pixel chart's label room.
    expect(cut.length).toBeGreaterThan(0);
    // Lines are separate <tspan>s, so the shown text runs together: compare without spaces.
    const squeeze = (text: string) => text.replace(/\s/g, '');
    for (const label of cut) {
      const shown = squeeze(label.shown).replace(/…$/, '');
      expect(squeeze(label.full).length).toBeGreaterThan(shown.length);
      expect(squeeze(label.full).startsWith(shown), label.full).toBe(true);
    }
  });

  it.each(SIZES)('a budget line dialog keeps Save in view at $width×$height', async (size) => {
    const { page } = session.current;
    await page.setViewportSize(size);
    await SCREENS.find((s) => s.name === 'plan-editor')!.open(page);
    await page.getByTestId('line-edit').first().click();
    const save = page.getByTestId('line-save');
    await save.waitFor();
    const inView = () =>
      save.evaluate((button) => {
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.bottom <= window.innerHeight && box.top >= 0 && !!hit && button.contains(hit);
      });
    expect(await inView()).toBe(true);
    // The form is taller than the window: it scrolls, and Save stays where it was.
    const content = page.locator('.mantine-Modal-content');
    expect(await content.evaluate((box) => box.scrollHeight > box.clientHeight)).toBe(true);
    await content.evaluate((box) => box.scrollTo(0, box.scrollHeight));
    expect(await inView()).toBe(true);
    await screenshot(page, `office/ru-${size.width}-line-dialog`);
    await page.getByTestId('form-cancel').click();
    await save.waitFor({ state: 'detached' });
  });
});
