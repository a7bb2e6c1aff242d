/* Virtual grids (renderer/components/VirtualTable): only a screenful of rows is drawn. */
import type { Locator, Page } from 'playwright-core';

/**
 * Moves the scrolling area of the grid with test id `testId`: to its start, its end, or half a
 * view down; answers whether it was already at its end (for 'down').
 */
function scroll(page: Page, testId: string, to: 'start' | 'end' | 'down'): Promise<boolean> {
  return page.evaluate(
    async ([id, where]) => {
      const grid = document.querySelector(`[data-testid="${id}"]`);
      const scroller = grid!.parentElement!;
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
      if (where === 'start') scroller.scrollTop = 0;
      else if (where === 'end') scroller.scrollTop = scroller.scrollHeight;
      else if (!atEnd) scroller.scrollTop += scroller.clientHeight / 2;
      // The rows of the new position are drawn on the next frames.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return atEnd;
    },
    [testId, to] as const,
  );
}

export const scrollToStart = (page: Page, testId: string) => scroll(page, testId, 'start');
export const scrollToEnd = (page: Page, testId: string) => scroll(page, testId, 'end');

/**
 * Scrolls the grid from its start down by half a view at a time, calling `visit` at each step
 * until it answers true (stops there) or the end is reached; answers whether `visit` stopped it.
 */
export async function scrollThrough(
  page: Page,
  testId: string,
  visit: () => Promise<boolean>,
): Promise<boolean> {
  await scrollToStart(page, testId);
  for (;;) {
    if (await visit()) return true;
    if (await scroll(page, testId, 'down')) return false;
  }
}

/** Scrolls the grid until `row` (one of its rows) is drawn; throws if it never is. */
export async function revealRow(page: Page, testId: string, row: Locator): Promise<Locator> {
  const found = await scrollThrough(page, testId, async () => (await row.count()) > 0);
  if (!found) throw new Error(`no such row in ${testId}`);
  return row;
}

/**
 * The `attribute` of every row the grid draws at any of its scroll positions, from its start
 * down by half a view at a time to its end (scrolled inside the page: a long list is quick).
 */
export function drawnThroughout(page: Page, testId: string, attribute: string): Promise<string[]> {
  return page.evaluate(
    async ([id, name]) => {
      const grid = document.querySelector(`[data-testid="${id}"]`)!;
      const scroller = grid.parentElement!;
      const seen = new Set<string>();
      scroller.scrollTop = 0;
      for (;;) {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        for (const row of grid.querySelectorAll(`tr[${name}]`)) seen.add(row.getAttribute(name)!);
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
        scroller.scrollTop += scroller.clientHeight / 2;
      }
      return [...seen];
    },
    [testId, attribute] as const,
  );
}
