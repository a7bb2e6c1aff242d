/*
 * The study's list of questionnaires (issue 18 goal 3) on the sample study, whose imported
 * questionnaires are kept in chunks: all of them, newest first, in a virtual grid that draws a
 * screenful, yet every one is reached by scrolling, by the keyboard (Home, End) and by the text
 * filter, and the grid tells a screen reader how many rows it holds. What to expect is read from
 * the raw IndexedDB records.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { drawnThroughout, scrollToEnd } from './pages/grid';
import { sharedSampleSession } from './pages/sample';
import { rawResponses, rawStores } from './pages/stores';

const shared = sharedSampleSession();

describe('the study’s questionnaires list shows every questionnaire', () => {
  it('by scrolling, by the keyboard and by the filter; a row opens its questionnaire for editing', async () => {
    const { page, errors } = shared.current;
    await page.getByTestId('nav-study').click();
    await page.getByTestId('study-tab-entry').click();
    const grid = page.getByTestId('entry-responses');
    await grid.waitFor();

    const [studies, places] = await rawStores(page, ['studies', 'places']);
    // The study the screen shows (the sample holds two, each with its imported questionnaires).
    const title = await page.getByTestId('study-select').inputValue();
    const study = studies!.find((s) => s.title.ru === title)!;
    const responses = (await rawResponses(page)).filter((r) => r.studyId === study.id);
    const numbers = responses.map((r) => r.number as number).sort((a, b) => b - a);
    expect(numbers.length).toBeGreaterThan(500);

    expect(await grid.getAttribute('role')).toBe('grid');
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(numbers.length + 1));
    const rows = page.getByTestId('entry-response');
    expect(await rows.count()).toBeLessThan(100);
    expect(await rows.first().getAttribute('data-number')).toBe(String(numbers[0]));
    const oldest = rows.and(page.locator(`[data-number="${numbers.at(-1)}"]`));
    expect(await oldest.count()).toBe(0);

    // Scrolled to its end, the oldest is there; scrolled through, every one was drawn.
    await scrollToEnd(page, 'entry-responses');
    await oldest.waitFor();
    const drawn = await drawnThroughout(page, 'entry-responses', 'data-number');
    expect(drawn.map(Number).sort((a, b) => b - a)).toEqual(numbers);

    // The keyboard: End to the oldest, Home back to the newest, each with its row index.
    await rows.first().focus();
    await page.keyboard.press('End');
    const focused = page.locator('tr:focus');
    await focused.and(page.locator(`[data-number="${numbers.at(-1)}"]`)).waitFor();
    expect(await focused.getAttribute('aria-rowindex')).toBe(String(numbers.length + 1));
    await page.keyboard.press('Home');
    await focused.and(page.locator(`[data-number="${numbers[0]}"]`)).waitFor();
    expect(await focused.getAttribute('aria-rowindex')).toBe('2');

    // The filter: a place's name finds the questionnaires filled in there (and only those). A name
    // without digits: «Школа № 61» would also find questionnaire 61, 161, 610…
    const place = places!
      .filter((p) => !/\d/.test(p.name.ru) && responses.some((r) => r.placeId === p.id))
      .sort((a, b) => (a.name.ru as string).localeCompare(b.name.ru))[0]!;
    const name = place.name.ru as string;
    const words = name.toLowerCase().split(/\s+/);
    const atPlace = responses.filter((r) => {
      const at = places!.find((p) => p.id === r.placeId)?.name.ru ?? '';
      return words.every((w) => at.toLowerCase().includes(w));
    });
    const count = page.getByTestId('entry-filter-count');
    await page.getByTestId('entry-filter').fill(name);
    await count.and(page.locator(`[data-count="${atPlace.length}"]`)).waitFor();
    expect(atPlace.length).toBeGreaterThan(0);
    expect(atPlace.length).toBeLessThan(numbers.length);
    const found = await drawnThroughout(page, 'entry-responses', 'data-number');
    expect(found.map(Number).sort((a, b) => a - b)).toEqual(
      atPlace.map((r) => r.number as number).sort((a, b) => a - b),
    );
    await screenshot(page, 'study-responses-filtered');

    // A number finds its questionnaire, and its row opens it in the form for correcting.
    const number = numbers[Math.floor(numbers.length / 2)]!;
    await page.getByTestId('entry-filter').fill(String(number));
    const matching = numbers.filter((n) => String(n).includes(String(number)));
    await count.and(page.locator(`[data-count="${matching.length}"]`)).waitFor();
    await page.getByTestId(`response-${number}-edit`).click();
    await page.getByText(`Исправление анкеты № ${number}`).waitFor();
    expect(errors).toEqual([]);
  });
});
