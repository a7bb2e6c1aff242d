import type { Page } from 'playwright-core';

/** Page object of the app frame and the settings screen. */
export class FramePage {
  constructor(readonly page: Page) {}

  async openSettings() {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByTestId('sample-load').waitFor();
  }

  async switchTerritory(label: string | RegExp) {
    await this.page.getByTestId('territory-switcher').click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async territoryOptions(): Promise<string[]> {
    await this.page.getByTestId('territory-switcher').click();
    const options = await this.page.getByRole('option').allTextContents();
    await this.page.keyboard.press('Escape');
    return options;
  }

  async setLanguage(code: 'ru' | 'ky' | 'en') {
    await this.page
      .getByTestId('language-switcher')
      .getByText(code.toUpperCase(), { exact: true })
      .click();
  }

  async loadSample() {
    await this.page.getByTestId('sample-load').click();
  }

  async removeSample() {
    await this.page.getByTestId('sample-remove').click();
    await this.page.getByTestId('sample-remove-confirm').click();
  }
}
