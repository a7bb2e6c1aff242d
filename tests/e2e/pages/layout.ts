import type { Page } from 'playwright-core';

/**
 * What a clerk would find cut off or overlapping on the current screen, each as one line of
 * text (empty when the screen reads whole). Measured in the page from the drawn boxes.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}[${
        (el as HTMLElement).dataset?.testid ??
        el.getAttribute('aria-label') ??
        (el.textContent ?? '').trim().slice(0, 40)
      }]`;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true });
    };
    const page = document.scrollingElement!;
    if (page.scrollWidth > window.innerWidth)
      problems.push(`page scrolls sideways: ${page.scrollWidth} > ${window.innerWidth}`);

    // A control or cell must be inside the window, or inside a box that scrolls sideways (which
    // itself is inside the window), and never cut by a box that hides its overflow.
    const selector =
      'button, a[href], input:not([type=hidden]), select, textarea, [role=tab], th, td, svg.recharts-surface, h1, h2, h3, h4';
    for (const el of document.querySelectorAll(selector)) {
      if (!visible(el)) continue;
      const box = el.getBoundingClientRect();
      let right = window.innerWidth;
      let left = 0;
      for (let up = el.parentElement; up; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') {
          const outer = up.getBoundingClientRect();
          right = outer.left - up.scrollLeft + up.scrollWidth;
          left = -Infinity;
          break;
        }
        if (overflow === 'hidden' || overflow === 'clip') {
          const outer = up.getBoundingClientRect();
          right = Math.min(right, outer.right);
          left = Math.max(left, outer.left);
        }
      }
      if (box.right > right + 1 || box.left < left - 1)
        problems.push(
          `cut off: ${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
    }
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && visible(el)) {
        const box = el.getBoundingClientRect();
        if (box.right > window.innerWidth + 1)
          problems.push(`scroll box beyond the window: ${name(el)} to ${Math.round(box.right)}`);
      }
    }
    // A chosen value (a picker's read-only field) too long for its field must be readable in
    // full on pointing (title).
    for (const input of document.querySelectorAll<HTMLInputElement>('input[readonly]')) {
      if (!visible(input) || input.scrollWidth <= input.clientWidth + 1) continue;
      if (input.title !== input.value)
        problems.push(`value cut in ${name(input)}: «${input.value}»`);
    }
    return problems;
  });
}

/**
 * What is wrong with the charts on the screen: tick labels of one axis overlapping each other or
 * cut at the drawing's edge, legend entries overlapping, large numbers without thousands
 * separators, shortened labels without their full text.
 */
export function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    type Box = { left: number; right: number; top: number; bottom: number; text: string };
    const boxOf = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        text: el.textContent ?? '',
      };
    };
    const overlap = (a: Box, b: Box) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const pairs = (boxes: Box[], what: string) => {
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          if (overlap(boxes[i]!, boxes[j]!))
            problems.push(`${what} overlap: «${boxes[i]!.text}» and «${boxes[j]!.text}»`);
    };
    const surfaces = document.querySelectorAll('.recharts-wrapper > svg.recharts-surface');
    if (surfaces.length === 0) problems.push('no chart drawn');
    for (const svg of surfaces) {
      const frame = svg.getBoundingClientRect();
      for (const axis of svg.querySelectorAll('.recharts-cartesian-axis-tick-labels')) {
        const ticks = [...axis.querySelectorAll('text.recharts-cartesian-axis-tick-value')];
        const boxes = ticks.map(boxOf);
        pairs(boxes, 'tick labels');
        const numeric = boxes.some((box) => box.text.trim() === '0');
        for (const box of boxes) {
          if (
            box.left < frame.left - 0.5 ||
            box.right > frame.right + 0.5 ||
            box.bottom > frame.bottom + 0.5
          )
            problems.push(`tick label cut at the chart's edge: «${box.text}»`);
          // An axis of amounts starts at 0; one of codes (budget classification) does not.
          if (numeric && /^-?\d{5,}$/.test(box.text.trim()))
            problems.push(`number without separators: ${box.text}`);
        }
        for (const tick of ticks) {
          const shown = tick.textContent ?? '';
          const full =
            tick.querySelector('title')?.textContent ??
            tick.closest('g')?.querySelector('title')?.textContent;
          if (shown.includes('…') && !(full && full.length > shown.length))
            problems.push(`shortened label without its full text: «${shown}»`);
        }
      }
    }
    const legends = [
      ...document.querySelectorAll('.recharts-legend-item, [data-chart-legend] li'),
    ].map(boxOf);
    pairs(legends, 'legend entries');
    for (const box of legends)
      if (box.right > window.innerWidth + 0.5) problems.push(`legend entry cut: «${box.text}»`);
    return problems;
  });
}

/**
 * Words broken across lines inside the elements `selector` finds (a word drawn as boxes on two
 * lines, as «Балдар-/га» would be), each as «word» in element: empty when text wraps at spaces only.
 */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    for (const el of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (tops.size > 1) broken.push(`«${match[0]}» in ${el.tagName.toLowerCase()}`);
        }
      }
    }
    return broken;
  }, selector);
}
