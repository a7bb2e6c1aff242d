import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * One form as the keyboard test walks it. Forms of other sections append their own cases to the
 * table in forms-keyboard.test.ts.
 */
export interface FormCase {
  name: string;
  /** From wherever the previous case left the app, opens the form. */
  open: (page: Page) => Promise<void>;
  /** The field the cursor must be in when the form opens (null: a form always open in its page). */
  firstField: string | null;
  /** A text field typed into to make the form dirty. */
  dirtyField: string;
  /** A Select (or MultiSelect, Autocomplete) picked from with the keyboard. */
  picker?: string;
  /** A value the form refuses (often '' in a required field), and its message beside the field, in Russian. */
  refused?: { field: string; value: string; message: string };
  /** Makes the form valid (after `refused` was typed). */
  fill?: (page: Page) => Promise<void>;
  /** Waits until what Ctrl+Enter saved is on the screen. */
  saved?: (page: Page) => Promise<void>;
  /** `inline`: the form is part of a page, Escape resets it instead of closing it. */
  inline?: boolean;
}

/** The data-testid of the focused element. */
export function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

/** Presses Tab until the element with `testId` has the focus (at most `limit` times). */
export async function tabTo(page: Page, testId: string, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press('Tab');
  }
  expect(await focusedTestId(page)).toBe(testId);
}

/** The form element around a field. */
export function formOf(page: Page, testId: string) {
  return page.locator('form', { has: page.getByTestId(testId) });
}

/** The message Mantine draws beside a field (its aria-describedby error element). */
export async function messageBeside(page: Page, testId: string): Promise<string> {
  const field = page.getByTestId(testId);
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  const texts = await Promise.all(
    ids.filter((id) => id.endsWith('-error')).map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return texts.join(' ');
}
