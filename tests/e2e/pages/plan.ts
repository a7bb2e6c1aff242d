import type { Page } from 'playwright-core';

export interface LineData {
  item: string;
  unit: string;
  quantity: string;
  unitCost: string;
  year?: string;
  code?: string;
  shares?: Partial<Record<'localBudget' | 'business' | 'donors' | 'residents', string>>;
  funders?: Partial<Record<'localBudget' | 'business' | 'donors' | 'residents', string>>;
  inKind?: boolean;
}

/** Page object of the plan section (ru UI unless said otherwise). */
export class PlanPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-plan').click();
    await this.page.getByTestId('plan-create').waitFor();
  }

  async addFunder(name: string, typeLabel: string) {
    await this.page.getByTestId('funders-open').click();
    await this.page.getByTestId('funder-add').click();
    await this.page.getByTestId('funder-name-ru').fill(name);
    await this.page.getByTestId('funder-type').click();
    await this.page.getByRole('option', { name: typeLabel }).click();
    await this.page.getByTestId('funder-save').click();
    await this.page.getByTestId('funder-row').filter({ hasText: name }).waitFor();
    await this.page.getByRole('link', { name: /Все планы/ }).click();
  }

  async createPlan(title: string, start: string, end: string) {
    await this.page.getByTestId('plan-create').click();
    await this.page.getByTestId('plan-title-ru').fill(title);
    await this.page.getByTestId('plan-start-year').fill(start);
    await this.page.getByTestId('plan-end-year').fill(end);
    await this.page.getByTestId('plan-save').click();
    await this.page.getByTestId('plan-heading').waitFor();
  }

  async addPriority(title: string) {
    await this.page.getByTestId('priority-add').click();
    await this.page.getByTestId('priority-title-ru').fill(title);
    await this.page.getByTestId('priority-title-save').click();
    await this.page.getByTestId('priority').filter({ hasText: title }).waitFor();
  }

  async addObjective(priority: string, title: string) {
    await this.page
      .getByTestId('priority')
      .filter({ hasText: priority })
      .getByTestId('objective-add')
      .click();
    await this.page.getByTestId('objective-title-ru').fill(title);
    await this.page.getByTestId('objective-title-save').click();
    await this.page.getByTestId('objective').filter({ hasText: title }).waitFor();
  }

  async addActivity(
    objective: string,
    data: { title: string; responsible: string; partners?: string; start?: string; end?: string },
  ) {
    await this.page
      .getByTestId('objective')
      .filter({ hasText: objective })
      .getByTestId('activity-add')
      .click();
    await this.page.getByTestId('activity-title-ru').fill(data.title);
    await this.page.getByTestId('activity-responsible-ru').fill(data.responsible);
    if (data.partners) await this.page.getByTestId('activity-partners-ru').fill(data.partners);
    if (data.start) {
      await this.page.getByTestId('activity-timing-kind').getByText('Кварталы').click();
      await this.page.getByTestId('activity-start').fill(data.start);
      await this.page.getByTestId('activity-end').fill(data.end ?? data.start);
    }
    await this.page.getByTestId('activity-save').click();
    await this.page.getByTestId('activity-name').filter({ hasText: data.title }).waitFor();
  }

  /** Opens the line form of an activity and fills it; does not save. */
  async fillLine(activity: string, data: LineData) {
    await this.page
      .getByTestId('activity')
      .filter({ hasText: activity })
      .getByTestId('line-add')
      .click();
    await this.fillLineForm(data);
  }

  async fillLineForm(data: LineData) {
    const p = this.page;
    await p.getByTestId('line-item-ru').fill(data.item);
    await p.getByTestId('line-unit-ru').fill(data.unit);
    await p.getByTestId('line-quantity').fill(data.quantity);
    await p.getByTestId('line-unit-cost').fill(data.unitCost);
    if (data.year) await p.getByTestId('line-year').fill(data.year);
    if (data.code) await p.getByTestId('line-code').fill(data.code);
    for (const [source, value] of Object.entries(data.shares ?? {}))
      await p.getByTestId(`line-share-${source}`).fill(value);
    for (const [source, funder] of Object.entries(data.funders ?? {})) {
      await p.getByTestId(`line-funders-${source}`).click();
      await p.getByRole('option', { name: funder }).click();
      await p.getByTestId('line-live').click();
    }
    if (data.inKind) await p.getByTestId('line-in-kind').check();
  }

  /** The budget-line rows of the activity whose row shows `title` (that activity's row must be drawn). */
  async linesOf(title: string) {
    const id = await this.page
      .getByTestId('activity')
      .filter({ hasText: title })
      .locator('[data-activity]')
      .getAttribute('data-activity');
    return this.page
      .getByTestId('budget-line')
      .filter({ has: this.page.locator(`[data-activity="${id}"]`) });
  }

  /**
   * Scrolls the editor's virtual table from top to bottom and returns the texts of every row with
   * `testId` (and of its first cell, the number), each once: a row is drawn only near the view,
   * so counting the DOM is not enough. Runs in the page: one round trip, not one per row.
   * With `until`, stops where a row showing that text is drawn (and stays scrolled there).
   */
  everyRow(testId: string, until?: string): Promise<{ number: string; text: string }[]> {
    return this.page.evaluate(
      async ({ id, until }) => {
        const grid = document.querySelector('[data-testid="plan-lines"]')!;
        const scroller = grid.parentElement!;
        const frame = () =>
          new Promise((done) => requestAnimationFrame(() => setTimeout(done, 20)));
        const firstDrawn = () => grid.querySelector('tr[data-row]')?.getAttribute('data-row');
        /** Scrolls to `top` and waits (up to 5 s) until the table has drawn other rows. */
        const scrollTo = async (top: number) => {
          const before = firstDrawn();
          scroller.scrollTop = top;
          for (let waited = 0; waited < 5000 && firstDrawn() === before; waited += 20)
            await frame();
        };
        const seen = new Map<number, { number: string; text: string }>();
        if (scroller.scrollTop > 0) await scrollTo(0);
        for (;;) {
          for (const row of grid.querySelectorAll(`tr[data-testid="${id}"]`))
            seen.set(Number(row.getAttribute('aria-rowindex')), {
              number: row.querySelector('td')?.textContent ?? '',
              text: row.textContent ?? '',
            });
          if (until && [...seen.values()].some((row) => row.text.includes(until))) return [];
          const top = scroller.scrollTop;
          if (top + scroller.clientHeight >= scroller.scrollHeight - 1) break;
          await scrollTo(top + scroller.clientHeight / 2);
        }
        await scrollTo(0);
        return [...seen].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
      },
      { id: testId, until },
    );
  }

  async saveLine() {
    await this.page.getByTestId('line-save').click();
    await this.page.getByTestId('line-save').waitFor({ state: 'detached' });
  }
}
