import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { WIZARD_DATA, WizardPage } from './pages/wizard';
import { pdfInfo, pdfPngs, pdfText, printPdf } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('study documents', () => {
  it('prints the blank questionnaire of a study as A4 portrait in ru and ky', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    await page.getByTestId('nav-study').click();
    await page.getByTestId('study-new').click();
    await page.getByTestId('study-title-ru').fill('Опрос жителей 2026');
    await page.getByTestId('study-save').click();
    await page.getByTestId('questionnaire').waitFor();

    // A place with Kyrgyz letters in both languages.
    await page.getByTestId('study-tab-catalogue').click();
    await page.getByTestId('place-add').click();
    await page.getByTestId('place-name-ru').fill('Ж/м Ак-Өргө');
    await page.getByTestId('place-name-more').click();
    await page.getByTestId('place-name-ky').fill('Ак-Өргө турак-жай массиви');
    await page.getByTestId('place-save').click();
    await page.getByTestId('place-table').getByText('Ж/м Ак-Өргө').waitFor();

    await page.getByTestId('study-tab-entry').click();
    await page.getByTestId('blank-questionnaire-ru').click();
    await page.getByTestId('document-sheet').waitFor();
    await page.getByTestId('questionnaire-problems').waitFor();
    await screenshot(page, 'questionnaire-preview');
    const ruPdf = await printPdf(page, 'questionnaire-ru');
    const ruInfo = pdfInfo(ruPdf);
    expect(Math.round(ruInfo.width)).toBe(595);
    expect(Math.round(ruInfo.height)).toBe(842);
    const ru = flat(pdfText(ruPdf));
    for (const expected of [
      'АНКЕТА',
      'Кто вы?',
      'Ваш пол',
      'Ваш возраст',
      'Где вы живёте или работаете?',
      '1 Ж/м Ак-Өргө',
      'Жестокое обращение с детьми',
      'Вы чувствуете себя в безопасности ночью?',
      'Вы доверяете милиции?',
      'Становились ли вы жертвой',
      'Если да: сообщили ли вы в милицию?',
      'Ваш комментарий и предложения',
      'Опрос жителей 2026',
    ])
      expect(ru).toContain(expected);
    expect(ru).not.toContain('Word');
    pdfPngs(ruPdf, 'questionnaire-ru');

    await page.getByTestId('document-language').click();
    await page.getByRole('option', { name: 'Кыргызча', exact: true }).click();
    await page.getByText('Күндүз өзүңүздү коопсуз сезесизби?').waitFor();
    const kyPdf = await printPdf(page, 'questionnaire-ky');
    const kyInfo = pdfInfo(kyPdf);
    expect(Math.round(kyInfo.width)).toBe(595);
    expect(Math.round(kyInfo.height)).toBe(842);
    const ky = flat(pdfText(kyPdf));
    for (const expected of [
      'Сиз кимсиз?',
      'Жынысыңыз',
      'Ак-Өргө турак-жай массиви',
      'Өспүрүмдөрдүн өз жанын кыюусу',
      'Түнкүсүн өзүңүздү коопсуз сезесизби?',
      'Милицияга ишенесизби?',
      'Эгер ооба болсо: милицияга',
      'Катышканыңыз үчүн рахмат!',
    ])
      expect(ky).toContain(expected);
    pdfPngs(kyPdf, 'questionnaire-ky');
    // The Kyrgyz letters are drawn with the bundled font, not a fallback.
    expect(execFileSync('pdffonts', [kyPdf], { encoding: 'utf8' })).toContain('PTSans');
    expect(errors).toEqual([]);
    await context.close();
  });
});
