import type { Page } from 'playwright-core';
import { WIZARD_DATA, WizardPage } from './wizard';

/** Page object of the app frame and the settings screen. */
export class FramePage {
  constructor(readonly page: Page) {}

  async openSettings() {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByTestId('sample-load').waitFor();
  }

  /** Picks a territory in the switcher (a native list) by its visible name. */
  async switchTerritory(label: string | RegExp) {
    const options = await this.territoryOptions();
    const match = options.find((text) =>
      typeof label === 'string' ? text === label : label.test(text),
    );
    if (!match) throw new Error(`No territory ${String(label)} among ${options.join(', ')}`);
    await this.page.getByTestId('territory-switcher').selectOption({ label: match });
  }

  async territoryOptions(): Promise<string[]> {
    return this.page.getByTestId('territory-switcher').locator('option').allTextContents();
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

  /** From Settings, loads the sample district and waits until it is the current territory. */
  async openSampleDistrict() {
    await this.openSettings();
    await this.loadSample();
    await this.page.getByTestId('sample-badge').waitFor();
  }

  async removeSample() {
    await this.page.getByTestId('sample-remove').click();
    await this.page.getByTestId('sample-remove-confirm').click();
  }
}

/** From a fresh profile: the wizard in Russian, then the sample district loaded and current. */
export async function startWithSample(page: Page): Promise<FramePage> {
  await new WizardPage(page).complete(WIZARD_DATA.ru);
  const frame = new FramePage(page);
  await frame.openSettings();
  await frame.loadSample();
  await page.getByTestId('sample-badge').waitFor({ timeout: 60_000 });
  return frame;
}
