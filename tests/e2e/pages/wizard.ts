import type { Page } from 'playwright-core';
import type { Language } from '../../../shared/languages';

export interface WizardData {
  language: Language;
  name: string;
  parent: string;
  population: string;
  officeName: string;
  headPosition: string;
  headName: string;
  kindLabel: string;
}

/** Page object of the first-run wizard. */
export class WizardPage {
  constructor(readonly page: Page) {}

  async chooseLanguage(language: Language) {
    await this.page.getByTestId(`language-${language}`).check();
  }

  async next() {
    await this.page.getByTestId('wizard-next').click();
  }

  async fillTerritory(data: WizardData) {
    const lang = data.language;
    await this.page.getByTestId(`name-${lang}`).fill(data.name);
    await this.page.getByTestId('kind').click();
    await this.page.getByRole('option', { name: data.kindLabel }).click();
    await this.page.getByTestId(`parent-${lang}`).fill(data.parent);
    await this.page.getByTestId('population').fill(data.population);
  }

  async fillOffice(data: WizardData) {
    const lang = data.language;
    await this.page.getByTestId(`office-officeName-${lang}`).fill(data.officeName);
    await this.page.getByTestId(`office-headPosition-${lang}`).fill(data.headPosition);
    await this.page.getByTestId(`office-headName-${lang}`).fill(data.headName);
  }

  async finish() {
    await this.page.getByTestId('wizard-finish').click();
  }

  /** Runs the whole wizard and waits for the home screen. */
  async complete(data: WizardData) {
    await this.chooseLanguage(data.language);
    await this.next();
    await this.fillTerritory(data);
    await this.next();
    await this.fillOffice(data);
    await this.finish();
    await this.page.getByTestId('home-title').waitFor();
  }
}

export const WIZARD_DATA: Record<Language, WizardData> = {
  ru: {
    language: 'ru',
    name: 'Первомайский район',
    parent: 'город Бишкек',
    population: '250 000',
    officeName: 'Администрация Первомайского района',
    headPosition: 'Глава администрации',
    headName: 'Асанов Нурбек Асанович',
    kindLabel: 'Район города',
  },
  ky: {
    language: 'ky',
    name: 'Жаңы-Ноокат айыл аймагы',
    parent: 'Ош облусу',
    population: '18500',
    officeName: 'Ноокат айыл өкмөтү',
    headPosition: 'Айыл өкмөтүнүн башчысы',
    headName: 'Төлөгөнов Үмүт Өмүрбекович',
    kindLabel: 'Айыл аймак',
  },
  en: {
    language: 'en',
    name: 'Kant town',
    parent: 'Chui region',
    population: '25000',
    officeName: 'Kant town municipality',
    headPosition: 'Mayor',
    headName: 'Aibek Sydykov',
    kindLabel: 'Town',
  },
};
