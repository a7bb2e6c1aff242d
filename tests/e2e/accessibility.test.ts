/*
 * Issue 17, item 13: axe-core over every main screen, the form dialogs and a document preview of
 * the sample district, in Russian and Kyrgyz — no serious or critical violation (no rule is
 * excluded) — and the keyboard focus visible on every control Tab reaches.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './pages/axe';
import { FramePage } from './pages/frame';
import { sharedSampleSession } from './pages/sample';
import { SCREENS } from './pages/screens';

const session = sharedSampleSession();

/** The frame (a document preview has none), then the UI language. */
async function speak(page: import('playwright-core').Page, lang: 'ru' | 'ky') {
  await page.evaluate(() => (window.location.hash = '#/'));
  await new FramePage(page).setLanguage(lang);
}

/** Dialogs of the cycle, each opened from its screen: [screen, the button opening it, one inside]. */
const DIALOGS: [string, string, string][] = [
  ['study', 'study-edit', 'study-save'],
  ['plan-editor', 'line-edit', 'line-save'],
  ['plan-editor', 'activity-edit', 'activity-save'],
];

/**
 * Tabs through the first `count` stops of the screen and returns those whose focus cannot be
 * seen: no outline and no focus shadow on the control or its own box.
 */
async function invisibleFocus(page: import('playwright-core').Page, count: number) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const hidden: string[] = [];
  for (let step = 0; step < count; step++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      // The ring may be drawn on the control's own box: the field around a multi-picker's text
      // input, or the label of a segmented choice.
      const boxes = [element, element.parentElement, element.parentElement?.parentElement];
      if (element.id)
        boxes.push(document.querySelector(`label[for="${element.id}"]`) as HTMLElement);
      const ring = boxes.some((box) => {
        if (!box) return false;
        const style = getComputedStyle(box);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return outline || (box === element && style.boxShadow !== 'none');
      });
      const name = `${element.tagName.toLowerCase()}[${element.dataset.testid ?? element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 30)}]`;
      return { name, visible: ring };
    });
    if (seen && !seen.visible) hidden.push(seen.name);
  }
  return hidden;
}

describe.each(['ru', 'ky'] as const)('accessibility in %s', (lang) => {
  it('no serious or critical axe violation on any main screen', async () => {
    const { page } = session.current;
    await page.setViewportSize({ width: 1366, height: 768 });
    await speak(page, lang);
    const found: Record<string, unknown> = {};
    for (const screen of SCREENS) {
      await screen.open(page);
      // Contrast is measured at rest, not under the pointer left on the last button clicked.
      await page.mouse.move(0, 0);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[screen.name] = violations;
    }
    expect(found).toEqual({});
  });

  it('no serious or critical axe violation in the form dialogs', async () => {
    const { page } = session.current;
    await speak(page, lang);
    const found: Record<string, unknown> = {};
    for (const [screenName, opener, inside] of DIALOGS) {
      await SCREENS.find((s) => s.name === screenName)!.open(page);
      await page.getByTestId(opener).first().click();
      await page.getByTestId(inside).waitFor();
      const violations = await seriousViolations(page, '.mantine-Modal-root');
      if (violations.length > 0) found[opener] = violations;
      await page.getByTestId('form-cancel').click();
      await page.getByTestId(inside).waitFor({ state: 'detached' });
    }
    expect(found).toEqual({});
  });

  it('the keyboard focus is visible on every stop of the main screens', async () => {
    const { page } = session.current;
    await speak(page, lang);
    const found: Record<string, string[]> = {};
    for (const screen of SCREENS) {
      await screen.open(page);
      const hidden = await invisibleFocus(page, 25);
      if (hidden.length > 0) found[screen.name] = hidden;
    }
    expect(found).toEqual({});
  });
});
