/*
 * The change log reads as a clerk's text (issue 17 item 9) and shows every entry (issue 18 goal 3):
 * the sample district's entries open without property names, ids or UTC stamps; 2,000 entries
 * seeded straight into IndexedDB are all reachable by scrolling, by the keyboard and by a filter.
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

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const UTC_STAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A property name as code writes it: `quantityMilli`, `unitCostTyiyn`, `name.ru`. */
const PROPERTY = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.(ru|ky|en)\b/;

/** Says what in a text a clerk should not see. */
function internals(text: string): string[] {
  return [UUID, UTC_STAMP, PROPERTY].flatMap((re) => text.match(re)?.[0] ?? []);
}

async function openLog(page: Page) {
  await page.getByTestId('nav-audit').click();
  await page.getByTestId('audit-row').first().waitFor();
}

/** Chooses one option of a filter's list. */
async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('change log in words', () => {
  it('the sample district’s entries read without property names, ids or UTC times', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    await new FramePage(page).openSampleDistrict();
    await openLog(page);

    // Settings changes are off by default; the switch brings them back, told in words.
    const list = page.getByTestId('audit-table-view');
    expect(await list.textContent()).not.toContain('Настройки');
    await page.getByTestId('audit-show-settings').click();
    await choose(page, 'audit-section', 'Настройки');
    await page.getByTestId('audit-row').first().waitFor();
    expect(await list.textContent()).toContain('Текущая территория');
    await page.getByTestId('audit-row').first().getByRole('button').click();
    const settingDetail = await page.getByTestId('audit-changes').first().textContent();
    expect(settingDetail).toContain('Текущая территория');
    expect(internals(settingDetail ?? '')).toEqual([]);
    await page.getByTestId('audit-row').first().getByRole('button').click();
    await page.getByTestId('audit-section').click();
    await page.getByRole('option', { name: 'Настройки', exact: true }).click(); // deselects

    const kinds: [string, RegExp][] = [
      ['Строки бюджета', /Количество.*Цена за единицу.*\d сом/s],
      // The sample's members are written as one batch: its entry says how many.
      ['Члены рабочей группы', /Записей\s*\d+/],
      ['Заседания', /Повестка дня › № 1/],
      ['Мероприятия', /Ответственный/],
      ['Расходы', /Сумма.*\d сом/s],
      ['Планы', /Статус|Заменён новой версией/],
    ];
    for (const [table, expected] of kinds) {
      await choose(page, 'audit-table', table);
      const row = page.getByTestId('audit-row').first();
      await row.waitFor();
      const rowText = (await row.textContent()) ?? '';
      expect(internals(rowText), `${table}: ${rowText}`).toEqual([]);
      await row.getByRole('button').click();
      const detail = page.getByTestId('audit-changes');
      await detail.waitFor();
      const text = ((await detail.textContent()) ?? '').replace(/\u00a0/g, ' ');
      expect(text, table).toMatch(expected);
      expect(internals(text), `${table}: ${text}`).toEqual([]);
      if (table === 'Строки бюджета') await screenshot(page, 'audit-budget-line');
      await row.getByRole('button').click();
      await detail.waitFor({ state: 'detached' });
    }
    // Every record named on the first screen is a name, never an id.
    await page.getByTestId('audit-table').click();
    await page.getByRole('option', { name: 'Планы', exact: true }).click(); // deselects
    for (const text of await page.getByTestId('audit-row').allTextContents())
      expect(internals(text), text).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('change log of 2,000 entries', () => {
  it('shows every entry: scrolled to the last, reached by End, found by a filter', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const total = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('koopsuz');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const read = db.transaction('settings').objectStore('settings').get('currentTerritoryId');
      const territoryId = await new Promise<string>((done) => {
        read.onsuccess = () => done((read.result as { value: string }).value);
      });
      const tx = db.transaction('audit', 'readwrite');
      const store = tx.objectStore('audit');
      const start = Date.now() - 60_000;
      for (let n = 1; n <= 2000; n += 1) {
        const at = new Date(start - n * 60_000).toISOString();
        store.put({
          id: crypto.randomUUID(),
          at,
          user: 'Тест',
          table: 'members',
          recordId: crypto.randomUUID(),
          action: 'create',
          territoryId,
          after: { fullName: { ru: `Участник ${n}` }, active: true },
        });
      }
      await new Promise((done) => (tx.oncomplete = done));
      const count = db.transaction('audit').objectStore('audit').count();
      return new Promise<number>((done) => (count.onsuccess = () => done(count.result)));
    });
    await openLog(page);
    const shown = Number(await page.getByTestId('audit-count').getAttribute('data-count'));
    expect(shown).toBeGreaterThan(2000);
    expect(shown).toBeLessThanOrEqual(total);
    // Its rows open their changes: a tree grid, each row of level 1 with aria-expanded.
    const grid = page.getByRole('treegrid');
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(shown + 1));
    // Only about a screenful is drawn.
    expect(await page.getByTestId('audit-row').count()).toBeLessThan(100);
    expect(await page.getByText('Участник 2000', { exact: true }).count()).toBe(0);

    // Scrolled to the bottom, the oldest entry is there.
    await page.evaluate(() => {
      const scroller = document.querySelector('[role="treegrid"]')!.parentElement!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await page.getByText('Участник 2000', { exact: true }).waitFor();

    // From the keyboard: Home goes to the first row, End to the last, with its row index.
    await page.getByTestId('audit-row').first().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    const focused = page.locator('tr:focus');
    await focused.filter({ hasText: 'Участник 2000' }).waitFor();
    expect(await focused.getAttribute('aria-rowindex')).toBe(String(shown + 1));
    expect(await focused.getAttribute('aria-level')).toBe('1');
    expect(await focused.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.getByTestId('audit-changes').filter({ hasText: 'Участник 2000' }).waitFor();
    expect(await focused.getAttribute('aria-expanded')).toBe('true');
    // The detail is the row of level 2 under it; ← closes it, → opens it again.
    const detail = page.locator('tr[aria-level="2"]');
    expect(await detail.getByTestId('audit-changes').textContent()).toContain('Участник 2000');
    await page.keyboard.press('ArrowLeft');
    await detail.waitFor({ state: 'detached' });
    expect(await focused.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('audit-changes').filter({ hasText: 'Участник 2000' }).waitFor();
    expect(await focused.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.locator('tr:focus').filter({ hasText: 'Участник 1999' }).waitFor();

    // A filter finds the one entry among all.
    await page.getByTestId('audit-text').fill('участник 1234');
    await page.getByTestId('audit-count').filter({ hasText: 'Записей: 1' }).waitFor();
    expect(await page.getByTestId('audit-row').allTextContents()).toEqual([
      expect.stringContaining('Участник 1234'),
    ]);
    await screenshot(page, 'audit-2000-filtered');
    expect(errors).toEqual([]);
    await context.close();
  });
});
