import type { Page } from 'playwright-core';

/** Page object of the Priorities section. */
export class PrioritiesPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-priorities').click();
    await this.page.getByTestId('priorities-screen').waitFor();
  }

  async tab(
    name: 'weights' | 'sheets' | 'ranking' | 'sensitivity' | 'decision' | 'snapshots' | 'charts',
  ) {
    await this.page.getByTestId(`priorities-tab-${name}`).click();
  }

  /** Problem codes of the ranking table, top first, with their ranks. */
  async ranking(): Promise<{ code: string; rank: string }[]> {
    await this.page.getByTestId('ranking-table').waitFor();
    return this.page.$$eval('[data-testid="ranking-row"]', (rows) =>
      rows.map((row) => ({
        code: row.getAttribute('data-code') ?? '',
        rank: row.getAttribute('data-rank') ?? '',
      })),
    );
  }

  async setWeight(key: string, value: number) {
    const input = this.page.getByTestId(`weight-${key}`);
    await input.fill(String(value));
    await input.press('Enter');
  }

  /** Problem codes of the ranked chart's table view, top first. */
  async rankedChartTable(): Promise<string[]> {
    await this.page
      .getByTestId('chart-view-ranked')
      .getByText(/Таблица/)
      .click();
    await this.page.getByTestId('chart-table-ranked').waitFor();
    return this.page.$$eval('[data-testid="chart-table-ranked"] tbody tr', (rows) =>
      rows.map((row) => row.getAttribute('data-code') ?? ''),
    );
  }
}
