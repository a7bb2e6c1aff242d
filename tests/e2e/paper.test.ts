/*
 * Paper an office signs without retyping (issue 17, points 3, 4, 5, 7, 8): the sample district's
 * documents printed by the browser in ru and ky+ru and read back with poppler, their Word files
 * rendered by LibreOffice Writer; and a plan typed in Russian only, printed in Kyrgyz.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';
import { onlyEmbeddedPtSans, pdfFonts, pdfInfo, pdfPngs, pdfText, printPdf, wordPdf } from './pdf';
import { PlanPage } from './pages/plan';
import { sampleSession } from './pages/sample';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** pdftotext with no-break spaces as spaces. */
const plain = (path: string) => pdfText(path).replace(/\u00a0/g, ' ');

/** The text of one page of a PDF. */
const pageText = (path: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
  }).replace(/\u00a0/g, ' ');

/** The address of the first document of each kind whose row in «Документы» matches. */
async function documentLinks(
  page: Page,
  want: Record<string, RegExp> = {},
): Promise<Map<string, string>> {
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('documents-table').waitFor();
  const rows = await page
    .getByTestId('document-item')
    .evaluateAll((items) =>
      items.map((row) => [
        row.getAttribute('data-kind') ?? '',
        row.textContent ?? '',
        row.querySelector('[data-testid="document-open"]')?.getAttribute('href') ?? '',
      ]),
    );
  const first = new Map<string, string>();
  for (const [kind, text, href] of rows)
    if (!first.has(kind!) && (want[kind!]?.test(text!) ?? true)) first.set(kind!, href!);
  return first;
}

/** Opens a document in `lang` and prints it to PDF (and PNG pages to look at). */
async function print(page: Page, href: string, lang: string, name: string): Promise<string> {
  // Through the list, so that no sheet of the previous document is still on screen.
  await page.goto(page.url().replace(/#.*$/, '#/documents'));
  await page.getByTestId('documents-table').waitFor();
  const address = href.replace(/lang=[^&]*/, `lang=${encodeURIComponent(lang)}`);
  await page.goto(page.url().replace(/#.*$/, address));
  await page.getByTestId('document-sheet').waitFor();
  await page.evaluate(() => document.fonts.ready);
  const pdf = await printPdf(page, name);
  pdfPngs(pdf, name);
  return pdf;
}

describe('documents of the sample district on paper', () => {
  it('prints the plan in ky+ru within 1.5 times the pages of ru, each heading once, as an office sets it', async () => {
    const { page, context, errors } = await sampleSession(browser);
    // The approved first version of the sample plan.
    const links = await documentLinks(page, { plan: /версия 1\b/ });
    const plan = links.get('plan')!;

    const ru = await print(page, plan, 'ru', 'paper-plan-ru');
    const ky = await print(page, plan, 'ky', 'paper-plan-ky');
    const kyru = await print(page, plan, 'ky+ru', 'paper-plan-ky-ru');
    const pages = { ru: pdfInfo(ru).pages, ky: pdfInfo(ky).pages, kyru: pdfInfo(kyru).pages };
    console.info('plan pages (ru, ky, ky+ru):', pages);
    expect(pages.kyru).toBeLessThanOrEqual(1.5 * pages.ru);

    const both = plain(kyru);
    // Each bilingual heading once: Kyrgyz line, Russian line; no «X / Y / Приоритет 1. X / Y».
    expect(both.match(/Приоритет 1\./g)).toHaveLength(1);
    expect(both.match(/1-артыкчылык\./g)).toHaveLength(1);
    expect(both).not.toMatch(/\/ Приоритет|\/ Задача/);

    const text = plain(ru);
    // The approval block names the administration from the office details.
    expect(text).toContain('УТВЕРЖДАЮ');
    expect(text).toMatch(/Глава администрации\s*\n\s*Муниципальная администрация мэрии/);
    // The title holds the period: it is not said again beneath.
    expect(text.match(/2026–2027/g)).toHaveLength(1);
    // No word broken mid-word: every word of these activities is there whole.
    for (const activity of [
      'Обучение педагогов и медиков признакам жестокого обращения',
      'Телефон доверия для детей: информирование в школах',
    ])
      for (const word of activity.split(/[\s:]+/).filter((w) => w.length > 3))
        expect(text, word).toContain(word);
    // Quarters whole on their line.
    expect(text).toMatch(/I кв\. 2026 –/);
    // The signatures share the last page with the plan's totals.
    const last = pageText(ru, pages.ru);
    expect(last).toContain('Председатель рабочей группы');
    expect(last).toMatch(/\d \d{3},\d\d/);
    // One font, the bundled one: no glyph fell back to another font.
    for (const pdf of [ru, kyru])
      expect(
        pdfFonts(pdf)
          .split('\n')
          .slice(2)
          .filter(Boolean)
          .every((line) => /PTSans/.test(line)),
      ).toBe(true);

    // The Word file of the same document: its name, its numbers, its pages in LibreOffice Writer.
    const word = await wordPdf(page, 'paper-plan-ky-ru-word'); // the page shows ky+ru
    expect(word.fileName).toMatch(/^Свердлов району — .+ — \d\d\.\d\d\.\d{4}\.docx$/);
    expect(word.fileName.match(/план/g)).toHaveLength(1);
    // PT Sans travels in the file: Writer, without the font installed, sets every glyph in it.
    expect(word.fonts, word.fonts.join(', ')).toSatisfy(onlyEmbeddedPtSans);
    const wordText = plain(word.path);
    console.info('plan ky+ru pages (browser, Word):', pages.kyru, pdfInfo(word.path).pages);
    expect(wordText).toContain('БЕКИТЕМИН');
    expect(wordText).toMatch(/10 226 649,25/);
    expect(wordText).not.toMatch(/→/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints roster, minutes and the priorities report; their Word files read the same', async () => {
    const { page, context, errors } = await sampleSession(browser);
    // The minutes of meeting № 1 of 20.02.2026 (held, with its agenda and decisions).
    const links = await documentLinks(page, { minutes: /№ 120\.02\.2026/ });

    const roster = await print(page, links.get('roster')!, 'ru', 'paper-roster-ru');
    // Phone numbers never break: each is whole on one line.
    expect(plain(roster)).toContain('+996 312 54 12 01');
    await print(page, links.get('roster')!, 'ky+ru', 'paper-roster-ky-ru');
    const rosterWord = await wordPdf(page, 'paper-roster-word');
    expect(rosterWord.fileName).toMatch(/^Свердлов району — .+ — \d\d\.\d\d\.\d{4}\.docx$/);
    expect(rosterWord.fonts, rosterWord.fonts.join(', ')).toSatisfy(onlyEmbeddedPtSans);

    const minutes = await print(page, links.get('minutes')!, 'ru', 'paper-minutes-ru');
    const minutesPages = pdfInfo(minutes).pages;
    // The signatures are not alone on the last page.
    const last = pageText(minutes, minutesPages);
    expect(last).toContain('Секретарь рабочей группы');
    expect(last.split('\n').filter((line) => line.trim()).length).toBeGreaterThan(4);
    await print(page, links.get('minutes')!, 'ky', 'paper-minutes-ky');
    const minutesWord = await wordPdf(page, 'paper-minutes-word');
    expect(minutesWord.fileName).toMatch(/№ 1 протокол — \d\d\.\d\d\.\d{4}\.docx$/);
    expect(minutesWord.fonts, minutesWord.fonts.join(', ')).toSatisfy(onlyEmbeddedPtSans);

    await print(page, links.get('priorities')!, 'ru', 'paper-priorities-ru');
    const report = await wordPdf(page, 'paper-priorities-word');
    expect(report.fonts, report.fonts.join(', ')).toSatisfy(onlyEmbeddedPtSans);
    const reportText = plain(report.path);
    // The charts' numbers are tables in the document's number format: «18,8», never «18.8».
    expect(reportText).toMatch(/\b\d+,\d\b/);
    expect(reportText).not.toMatch(/\b\d+\.\d\b(?!\.)/);
    // The table of the criteria's contributions (eight columns on a portrait page): each header
    // word whole in Writer's layout, none broken as «Обеспокоенност / ь» (the criteria table
    // before it names them too, so only the chart's table is read).
    const contributions = reportText.slice(
      reportText.indexOf('Рейтинг проблем: вклад критериев'),
      reportText.indexOf('Жители: доля назвавших'),
    );
    expect(contributions.length).toBeGreaterThan(200);
    for (const header of [
      'Обеспокоенность жителей',
      'Данные милиции: уровень на 100 000',
      'Данные милиции: динамика',
      'Затронуты уязвимые группы',
      'Тяжесть вреда',
      'Реализуемость',
      'Стоимость (чем ниже, тем лучше)',
    ])
      for (const word of header.split(/[\s:()]+/).filter((w) => w.length > 3))
        expect(contributions, word).toContain(word);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a plan typed in Russian only, printed in Kyrgyz', () => {
  it('lists the missing translations before printing, fills one in place, marks the rest once', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const plan = new PlanPage(page);
    await plan.open();
    await plan.createPlan('Безопасный двор', '2026', '2026');
    await plan.addPriority('Кражи во дворах');
    await plan.addObjective('Кражи во дворах', 'Снизить число краж во дворах');
    await plan.addActivity('Снизить число краж', {
      title: 'Освещение дворов',
      responsible: 'Администрация района',
      start: '2026-Q2',
      end: '2026-Q3',
    });
    const editor = page.url();
    await page.getByTestId('plan-print').click();
    await page.getByTestId('document-sheet').waitFor();
    const href = (await page.evaluate(() => window.location.hash)).replace(/lang=ru/, 'lang=ky');
    await page.goto(editor.replace(/#.*$/, href));
    await page.getByTestId('preview-missing').waitFor();
    // No working group yet: the preview says the signature lines will have no names.
    expect(
      await page
        .getByTestId('preview-warning')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-warning'))),
    ).toEqual(['noChair', 'noSecretary']);
    const items = page.getByTestId('missing-item');
    expect(await items.count()).toBeGreaterThanOrEqual(5); // plan, priority, objective, activity, responsible
    await screenshot(page, 'paper-preview-missing-ky');

    // Fill the activity's title in Kyrgyz right here; the list shrinks and the sheet shows it.
    const before = await items.count();
    const title = items.and(page.locator('[data-kind="activity"][data-field="title"]'));
    await title.getByTestId('missing-fill').click();
    await title.getByTestId('missing-input-ky').fill('Короолорду жарыктандыруу');
    await title.getByTestId('missing-save').click();
    await page
      .getByTestId('document-sheet')
      .filter({ hasText: 'Короолорду жарыктандыруу' })
      .waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="missing-item"]').length === n - 1,
      before,
    );

    // Approved, the signer's name comes from the office details: never marked.
    await page.goto(editor);
    await page.getByTestId('plan-approve').click();
    await page.getByTestId('approve-number').fill('7-р');
    await page.getByTestId('approve-confirm').click();
    await page.getByTestId('plan-locked').waitFor();
    await page.goto(editor.replace(/#.*$/, href));
    await page.getByTestId('preview-missing').waitFor();
    const pdf = await printPdf(page, 'paper-ru-only-ky');
    pdfPngs(pdf, 'paper-ru-only-ky');
    const text = plain(pdf);
    expect(text).not.toMatch(/\[ru\]/);
    expect(text).toContain('Короолорду жарыктандыруу');
    // The fallback is marked discreetly and explained once, in a footnote.
    expect(text).toMatch(/Администрация района\s?\*/);
    expect(text.match(/Кыргыз тилиндеги котормосу жок/g)).toHaveLength(1);
    expect(text).toContain(WIZARD_DATA.ru.headName);
    expect(text).not.toMatch(new RegExp(`${WIZARD_DATA.ru.headName}\\s?\\*`));
    // A translation of an approved plan is refused in place, with the reason.
    const locked = page.getByTestId('missing-item').first();
    await locked.getByTestId('missing-fill').click();
    await locked.locator('input').first().fill('Коопсуз короо');
    await locked.getByTestId('missing-save').click();
    await page.getByText(/План утверждён и закрыт для изменений/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
