/*
 * Issue 17, item 10: the main screens of the sample district on the office screens the district
 * has (1024×768 and 1366×768), in Russian and Kyrgyz. Nothing is cut off or pushes the page
 * sideways (wide tables scroll in their own box), chart labels and legends do not overlap,
 * amounts on axes are written 3 200 000, a legend follows its table's order, and a dialog
 * taller than the window keeps Save in view. A problem is named alike on every screen, and the
 * home screen counts the members the roster lists. Screenshots land in test-results/office/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STANDARD_PROBLEMS } from '../../shared/domain/study/catalogue';
import { SAMPLE_PRIORITY_CODES } from '../../shared/sample/plan';
import { screenshot } from './browser';
import { FramePage } from './pages/frame';
import { brokenWords, chartProblems, layoutProblems } from './pages/layout';
import { PlanPage } from './pages/plan';
import { sharedSampleSession } from './pages/sample';
import { CHART_SCREENS, SCREENS } from './pages/screens';

const session = sharedSampleSession();
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
];

/** Sets the window and the interface language, then opens the main screen `name`. */
async function openScreen(
  size: { width: number; height: number },
  lang: 'ru' | 'ky',
  name: string,
): Promise<Page> {
  const { page } = session.current;
  await page.setViewportSize(size);
  await page.evaluate(() => (window.location.hash = '#/'));
  await new FramePage(page).setLanguage(lang);
  await SCREENS.find((s) => s.name === name)!.open(page);
  return page;
}

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
    const page = await openScreen({ width: 1024, height: 768 }, 'ru', 'plan-summary');
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

  it.each(['ky', 'ru'] as const)(
    'the budget summary in %s at 1024 px wraps its names and headings at spaces, never inside a word',
    async (lang) => {
      const page = await openScreen({ width: 1024, height: 768 }, lang, 'plan-summary');
      const cells = ['summary-sources', 'summary-priorities', 'summary-years', 'summary-funders']
        .map((id) => `[data-testid="${id}"] th, [data-testid="${id}"] td`)
        .join(', ');
      // The tables have wrapped names (else the check would pass on one-line cells alone).
      const wrapped = await page
        .getByTestId('summary-priorities')
        .locator('tbody td:first-child')
        .evaluateAll((tds) => tds.filter((td) => td.getClientRects()[0]!.height > 30).length);
      expect(wrapped).toBeGreaterThan(0);
      expect(await brokenWords(page, cells)).toEqual([]);
      await page.getByTestId('summary-priorities').screenshot({
        path: `test-results/office/${lang}-1024-summary-priorities.png`,
      });
    },
  );

  it.each(SIZES)(
    'each priorities chart is drawn as wide as its card allows (up to its size), not wider, at $width×$height',
    async (size) => {
      const page = await openScreen(size, 'ky', 'priorities-charts');
      const charts = await page
        .getByTestId('charts-panel')
        .locator('.recharts-wrapper')
        .evaluateAll((wrappers) =>
          wrappers.map((wrapper) => {
            const box = wrapper.parentElement!;
            const inGrid = !!wrapper.closest('[data-testid="stakeholder-views"]');
            return {
              id: wrapper.closest('[data-testid^="chart-"]')?.getAttribute('data-testid') ?? '',
              drawn: wrapper.getBoundingClientRect().width,
              room: box.clientWidth,
              scrolls: box.scrollWidth > box.clientWidth + 1,
              max: inGrid ? 300 : 860,
            };
          }),
        );
      expect(charts.length).toBeGreaterThan(3);
      for (const chart of charts) {
        expect(chart.scrolls, `${chart.id} scrolls`).toBe(false);
        expect(chart.drawn, chart.id).toBeLessThanOrEqual(chart.room + 1);
        expect(chart.drawn, chart.id).toBeGreaterThanOrEqual(Math.min(chart.max, chart.room) - 1);
      }
      // At 1024 px the room beside the navigation is narrower than the charts' full size.
      if (size.width === 1024) expect(charts.some((c) => c.room < c.max)).toBe(true);
      await page.getByTestId('charts-panel').screenshot({
        path: `test-results/office/ky-${size.width}-charts-panel.png`,
      });
    },
  );

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

/** The text of `testId`'s elements on the screen, run together with single spaces. */
async function shownText(page: Page, testId: string): Promise<string> {
  const texts = await page.getByTestId(testId).allTextContents();
  return texts.join(' ').replace(/\s+/g, ' ');
}

describe('names and counts alike on every screen', () => {
  it.each(['ky', 'ru'] as const)(
    "each sample priority's problem reads in %s as the catalogue names it: study, priorities, plan, its summary, monitoring and documents",
    async (lang) => {
      const { page } = session.current;
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.evaluate(() => (window.location.hash = '#/'));
      await new FramePage(page).setLanguage(lang);
      const open = (name: string) => SCREENS.find((s) => s.name === name)!.open(page);
      const names = SAMPLE_PRIORITY_CODES.map((code) => {
        const title = STANDARD_PROBLEMS.find((p) => p.code === code)!.title[lang]!;
        expect(title, code).toBeTruthy();
        return title;
      });
      const squeeze = (text: string) => text.replace(/\s+/g, ' ');
      const shown: Record<string, string> = {};
      await open('study-analysis');
      shown.study = await shownText(page, 'analysis-problems');
      await open('priorities-ranking');
      shown.priorities = await shownText(page, 'ranking-table');
      await open('plan-editor');
      shown.plan = squeeze(
        (await new PlanPage(page).everyRow('priority-row')).map((row) => row.text).join(' '),
      );
      await page.getByTestId('plan-summary').click();
      await page.getByTestId('summary-priorities').waitFor();
      shown.summary = await shownText(page, 'summary-priorities');
      await open('monitoring');
      shown.monitoring = await shownText(page, 'monitoring-screen');
      // The plan document and the priorities report, each printed in the interface language.
      for (const kind of ['plan', 'priorities']) {
        await open('documents');
        await page
          .getByTestId('document-item')
          .and(page.locator(`[data-kind="${kind}"]`))
          .first()
          .getByTestId('document-open')
          .click();
        await page.getByTestId('document-language').click();
        await page
          .getByRole('option', { name: lang === 'ky' ? 'Кыргызча' : 'Русский', exact: true })
          .click();
        await page.locator(`[data-testid="document-sheet"][lang="${lang}"]`).waitFor();
        shown[`${kind}Document`] = await shownText(page, 'document-sheet');
      }
      for (const [screen, text] of Object.entries(shown))
        for (const name of names) expect(text, `${screen} names «${name}»`).toContain(name);
    },
  );

  it.each(['ru', 'ky'] as const)(
    'the home screen counts in %s the active members the members tab counts, and says how many left',
    async (lang) => {
      const page = await openScreen({ width: 1024, height: 768 }, lang, 'working-group');
      await page.getByTestId('tab-members').click();
      const tab = (await page.getByTestId('member-count').textContent()) ?? '';
      const active = /(\d+)\s*$/.exec(tab)?.[1];
      expect(active, tab).toBeTruthy();
      await SCREENS.find((s) => s.name === 'home')!.open(page);
      const home = (await page.getByTestId('progress-workingGroup').textContent()) ?? '';
      const label = {
        ru: `Действующих членов: ${active} (и исключённых: 1), заседаний: `,
        ky: `Учурдагы мүчөлөр: ${active} (чыгарылгандар: 1), жыйындар: `,
      }[lang];
      expect(home.startsWith(label), home).toBe(true);
    },
  );
});
