/*
 * The plan editor as one virtual table (issue 18): a plan with many lines (the sample plan plus
 * 150 lines pasted from Excel) still reaches its last line by scrolling and by the keyboard, and
 * keeps its grid semantics for screen readers (row count, row indexes, one row in the Tab order).
 */
import { describe, expect, it } from 'vitest';
import { PlanPage } from './pages/plan';
import { sharedSampleSession } from './pages/sample';
import { rawStores, type Row } from './pages/stores';

const session = sharedSampleSession();
const PASTED = 150;
// Written as Excel puts cells on the clipboard: tabs between cells, CRLF after each row.
const HEADER = 'Статья\tЕд. изм.\tКол-во\tЦена, сом\tМестный бюджет';
const paste = [
  HEADER,
  ...Array.from(
    { length: PASTED },
    (_, i) => `Брошюра № ${i + 1}\tшт.\t${i + 1}\t10\t${(i + 1) * 10}`,
  ),
].join('\r\n');

describe('the plan editor’s virtual table', () => {
  it('takes many pasted lines and reaches the last line by scrolling and by End', async () => {
    const { page, context } = session.current;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('plan-open').first().click();
    await page.getByTestId('activity').first().waitFor();
    await page.getByTestId('activity').first().getByTestId('lines-paste').click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
    await page.getByTestId('paste-text').focus();
    await page.keyboard.press('Control+V');
    await page.getByTestId('paste-row').first().waitFor();
    await page.getByTestId('paste-text').press('Control+Enter');
    await page.getByTestId('paste-dialog').waitFor({ state: 'detached' });

    // What is stored, read without the app's code: the plan's lines.
    const planId = /#\/plan\/([^/?]+)/.exec(page.url())![1]!;
    const [lines, activities, objectives, priorities] = await rawStores(page, [
      'budgetLines',
      'activities',
      'objectives',
      'planPriorities',
    ]);
    const inPlan = (list: Row[]) => list.filter((r) => r.planId === planId).length;
    const lineCount = inPlan(lines!);
    expect(lineCount).toBeGreaterThan(PASTED);
    const grid = page.getByRole('grid');
    // One header row, then each priority, objective, activity and line.
    expect(await grid.getAttribute('aria-rowcount')).toBe(
      String(1 + inPlan(priorities!) + inPlan(objectives!) + inPlan(activities!) + lineCount),
    );
    // Far fewer rows are drawn than the table holds.
    expect(await page.getByTestId('budget-line').count()).toBeLessThan(lineCount / 2);

    // Scrolling from top to bottom shows every line once, numbered 1…N, the pasted ones among them.
    const editor = new PlanPage(page);
    const texts = await editor.everyRow('budget-line');
    expect(texts).toHaveLength(lineCount);
    expect(texts.map((t) => Number(t.number))).toEqual(
      Array.from({ length: lineCount }, (_, i) => i + 1),
    );
    expect(texts.filter((t) => t.text.includes('Брошюра №'))).toHaveLength(PASTED);

    // The keyboard: one row in the Tab order; ↓ moves to the next row; End to the last line.
    expect(await grid.locator('tr[tabindex="0"]').count()).toBe(1);
    await page.getByTestId('priority-row').first().focus();
    await page.keyboard.press('ArrowDown');
    const focusedRow = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'));
    await expect.poll(focusedRow, { timeout: 15_000 }).toBe('3');
    await page.keyboard.press('End');
    await expect
      .poll(focusedRow, { timeout: 15_000 })
      .toBe(await grid.getAttribute('aria-rowcount'));
    const last = page.locator(':focus');
    expect(await last.getAttribute('data-testid')).toBe('budget-line');
    expect(await last.locator('td').first().textContent()).toBe(String(lineCount));
    expect(await last.isVisible()).toBe(true);
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), {
        timeout: 15_000,
      })
      .toBe('priority-row');
  }, 240_000);

  it('shows no page errors', () => {
    expect(session.current.errors).toEqual([]);
  });
});
