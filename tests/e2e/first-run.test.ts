import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/languages';
import { launch, openApp, screenshot } from './browser';
import { WIZARD_DATA, WizardPage } from './pages/wizard';
import { pdfFonts, pdfText, printPdf } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TITLES = {
  ru: 'Добро пожаловать в «Коопсуз»',
  ky: '«Коопсуз» тиркемесине кош келиңиз',
  en: 'Welcome to Koopsuz',
};
const NAV_SETTINGS = { ru: 'Настройки', ky: 'Жөндөөлөр', en: 'Settings' };

describe('first run', () => {
  for (const lang of LANGUAGES) {
    it(`the wizard in ${lang} ends on the home screen, and the data is there after a reload`, async () => {
      const { page, context, errors } = await openApp(browser);
      const wizard = new WizardPage(page);
      await wizard.chooseLanguage(lang);
      await page.getByText(TITLES[lang]).waitFor();
      await wizard.complete(WIZARD_DATA[lang]);
      expect(await page.getByTestId('home-title').textContent()).toBe(WIZARD_DATA[lang].name);
      expect(await page.getByTestId('nav-settings').textContent()).toContain(NAV_SETTINGS[lang]);
      await screenshot(page, `home-${lang}`);

      await page.reload();
      await page.getByTestId('home-title').waitFor();
      expect(await page.getByTestId('home-title').textContent()).toBe(WIZARD_DATA[lang].name);
      expect(await page.getByTestId('nav-settings').textContent()).toContain(NAV_SETTINGS[lang]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('prints Kyrgyz letters ң ө ү with the bundled PT Sans font', async () => {
    const { page, context } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ky);
    const pdf = await printPdf(page, 'home-ky');
    const text = pdfText(pdf);
    expect(text).toContain('Төлөгөнов Үмүт Өмүрбекович');
    expect(text).toContain('Биргелешкен пландын цикли');
    expect(text).toContain('Жаңы-Ноокат айыл аймагы');
    expect(text).toMatch(/ң/);
    expect(pdfFonts(pdf)).toMatch(/PTSans/);
    await context.close();
  });

  it('refuses bad input beside the field, in the clerk language, and saves nothing', async () => {
    const { page, context } = await openApp(browser);
    const wizard = new WizardPage(page);
    await wizard.chooseLanguage('ky');
    await wizard.next();
    await page.getByTestId('population').fill('-5');
    await wizard.next();
    await page.getByText('Бул талааны толтуруңуз').first().waitFor();
    await page.getByText('Сан нөлдөн чоң болушу керек').waitFor();
    await page.getByTestId('population').fill('көп');
    await page.getByText('Сан киргизиңиз').waitFor();
    await page.getByTestId('name-ky').fill('Ж'.repeat(500));
    await page.getByTestId('name-ky').press('Tab');
    await page.getByText('Текст өтө узун — кыскартыңыз').waitFor();
    // Still on the territory step; nothing was stored.
    await page.reload();
    await page.getByTestId('language-ky').waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const request = indexedDB.open('koopsuz');
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('territories')) return done(0);
            const count = db.transaction('territories').objectStore('territories').count();
            count.onsuccess = () => done(count.result);
          };
        }),
    );
    expect(stored).toBe(0);
    await context.close();
  });
});
