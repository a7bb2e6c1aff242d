/*
 * A new territory imports real-shaped KoBoToolbox exports (tests/fixtures/kobo: our own XLSX
 * writer, laid out as KoBo's exporter does) accepting everything the app proposes, the one "add to
 * the lists" confirmation aside; the Analysis tab then shows the figures computed here from the
 * generated submissions. Also with the survey's XLSForm given first, and the blocking warning that
 * stands between the clerk and a silent 0 %.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../shared/format';
import { exportRows, layoutName, type Layout } from '../fixtures/kobo/kobo-export';
import { formSheets, submissions, type Submission } from '../fixtures/kobo/safety-form';
import { writeXlsx, type XCell } from '../fixtures/kobo/xlsx-writer';
import { ARTIFACTS, launch, openApp } from './browser';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SUBS = submissions(80, 29);

function file(name: string, bytes: Uint8Array): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, name);
  writeFileSync(path, bytes);
  return path;
}

const exportFile = (layout: Layout, rows?: XCell[][]) =>
  file(
    `kobo-${layoutName(layout)}.xlsx`,
    writeXlsx([{ name: 'Опрос жителей', rows: rows ?? exportRows(SUBS, layout) }]),
  );

/** The figures of the Analysis tab, computed from the submissions themselves. */
function figures(subs: readonly Submission[], noiseTitle = 'Шум по ночам') {
  const answered = subs.filter((s) => s.consent === 'yes');
  const problem = (code: string) => {
    const named = answered.filter((s) => (s.main_problems as string[]).includes(code));
    const concerns = named.flatMap((s) => (s[`worry_${code}`] ? [Number(s[`worry_${code}`])] : []));
    return {
      named: named.length,
      mean: concerns.length ? concerns.reduce((a, b) => a + b, 0) / concerns.length : null,
    };
  };
  const mean = (q: string) => {
    const values = answered.flatMap((s) => (s[q] ? [Number(s[q])] : []));
    return values.reduce((a, b) => a + b, 0) / values.length;
  };
  return {
    n: answered.length,
    problems: {
      'Кражи и беспорядки на рынках': problem('market_theft'),
      'Наркотики и алкоголь': problem('drugs'),
      'Неосвещённые улицы': problem('dark'),
      'Бродячие собаки': problem('dogs'),
      [noiseTitle]: problem('noise'),
    },
    safeDay: mean('safe_daytime'),
    safeNight: mean('safe_evening'),
    trust: mean('police_trust'),
  };
}

async function newStudy(page: Page) {
  await new WizardPage(page).complete(WIZARD_DATA.ru);
  await page.getByTestId('nav-study').click();
  await page.getByTestId('study-new').click();
  await page.getByTestId('study-title-ru').fill('Опрос жителей о безопасности');
  await page.getByTestId('study-save').click();
  await page.getByTestId('questionnaire').waitFor();
  await page.getByTestId('study-tab-import').click();
}

async function giveForm(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-form-pick').click();
  await (await chooser).setFiles(file('safety-form.xlsx', writeXlsx(formSheets())));
  await page.getByTestId('import-form-loaded').waitFor();
}

async function importAccepting(page: Page, path: string) {
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByTestId('import-add-entries').click();
  await page.getByTestId('import-new-entries').waitFor({ state: 'detached' });
  const expected = figures(SUBS);
  const refused = SUBS.length - expected.n;
  await expect
    .poll(() => page.getByTestId('import-counts').textContent())
    .toBe(
      `В файле анкет: ${SUBS.length}. Уже импортированы раньше: 0. Без согласия: ${refused}. Будет добавлено: ${expected.n}.`,
    );
  expect(await page.getByTestId('import-block').count()).toBe(0);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').waitFor();
}

/** `noiseTitle`: the new problem's name (an XML-name export without the form knows only its code). */
async function checkAnalysis(page: Page, noiseTitle?: string) {
  const expected = figures(SUBS, noiseTitle);
  await page.getByTestId('study-tab-analysis').click();
  await page.getByText(`Респондентов в выборке: ${expected.n}`).waitFor();
  const table = page.getByTestId('analysis-problems');
  for (const [title, f] of Object.entries(expected.problems)) {
    const cells = await table
      .getByRole('row', { name: new RegExp(title) })
      .locator('td')
      .allTextContents();
    expect(cells[1], title).toBe(`${f.named} / ${expected.n}`);
    expect(cells[3], title).toBe(f.mean === null ? '—' : formatNumber(f.mean, 'ru', 2));
  }
  const total = await page
    .getByTestId('analysis-safety')
    .getByRole('row', { name: /^Всего/ })
    .locator('td')
    .allTextContents();
  expect(total.slice(1, 5)).toEqual([
    String(expected.n),
    formatNumber(expected.safeDay, 'ru', 2),
    formatNumber(expected.safeNight, 'ru', 2),
    formatNumber(expected.trust, 'ru', 2),
  ]);
}

const LAYOUTS: { layout: Layout; form: boolean }[] = [
  { layout: { lang: 'xml', groups: true, multiple: 'both', typed: true }, form: false },
  { layout: { lang: 'ru', groups: true, multiple: 'details', typed: true }, form: false },
  { layout: { lang: 'ky', groups: false, multiple: 'summary', typed: false }, form: true },
];

describe('KoBoToolbox import into a new territory', () => {
  it.each(LAYOUTS.map((c) => [`${layoutName(c.layout)}${c.form ? ' + form' : ''}`, c] as const))(
    '%s: accepted as proposed, the analysis equals the figures of the records',
    async (_, { layout, form }) => {
      const { page, context, errors } = await openApp(browser);
      await newStudy(page);
      if (form) await giveForm(page);
      const path = exportFile(layout);
      await importAccepting(page, path);
      await checkAnalysis(page, layout.lang === 'xml' && !form ? 'noise' : undefined);
      // The same file again adds nothing, and says so in neutral words.
      await page.getByTestId('study-tab-import').click();
      await page.locator('input[type=file]').setInputFiles(path);
      await expect
        .poll(() => page.getByTestId('import-counts').textContent())
        .toContain(`Уже импортированы раньше: ${figures(SUBS).n}.`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("every column's select offers all the choices (drawn a few rows a frame), and a choice re-counts", async () => {
    const { page, context, errors } = await openApp(browser);
    await newStudy(page);
    const layout: Layout = { lang: 'xml', groups: false, multiple: 'both', typed: false };
    await page.locator('input[type=file]').setInputFiles(exportFile(layout));
    await expect
      .poll(() => page.getByTestId('import-counts').textContent())
      .toContain(`Без согласия: ${SUBS.length - figures(SUBS).n}.`);
    const selects = page.locator('[data-testid^=import-col-]');
    const count = await selects.count();
    expect(count).toBe(exportRows(SUBS, layout)[0]!.length);
    // The full list: the fields and, per catalogue problem, its option and concern columns
    // (counted without the suggestions group, which repeats some).
    const full = (i: number) =>
      selects
        .nth(i)
        .evaluate(
          (el) =>
            new Set(
              [...(el as HTMLSelectElement).options]
                .map((o) => o.value)
                .filter((v) => v.startsWith('concern:')),
            ).size,
        );
    await expect.poll(() => full(0)).toBeGreaterThan(5);
    const first = await full(0);
    for (let i = 0; i < count; i += 1) await expect.poll(() => full(i)).toBe(first);
    await page.locator('select[aria-label="consent"]').selectOption('ignore');
    await expect
      .poll(() => page.getByTestId('import-counts').textContent())
      .toContain('Без согласия: 0.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file whose problems column is gone blocks the import until the clerk chooses to go on', async () => {
    const { page, context, errors } = await openApp(browser);
    await newStudy(page);
    const layout: Layout = { lang: 'xml', groups: true, multiple: 'both', typed: false };
    const rows = exportRows(SUBS, layout);
    const keep = rows[0]!
      .map((h, i) => (String(h).includes('main_problems') ? -1 : i))
      .filter((i) => i >= 0);
    await page.locator('input[type=file]').setInputFiles(
      exportFile(
        layout,
        rows.map((r) => keep.map((i) => r[i])),
      ),
    );
    await page.getByTestId('import-block-noProblems').waitFor();
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await page.getByTestId('import-anyway').check();
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
