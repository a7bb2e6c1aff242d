import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openApp, screenshot } from './browser';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One paper questionnaire typed with the keyboard only. */
async function typeQuestionnaire(
  page: Page,
  keys: {
    group: string;
    gender: string;
    age: string;
    problems: string;
    concerns: string[];
    day: string;
    night: string;
    trust: string;
    victim: string;
    comment: string;
  },
) {
  await page.getByTestId('q-group').focus();
  for (const key of [keys.group, keys.gender, keys.age]) await page.keyboard.press(key);
  await page.keyboard.press('Enter'); // place: none listed yet
  await page.keyboard.type(keys.problems);
  await page.keyboard.press('Enter');
  for (const key of [...keys.concerns, keys.day, keys.night, keys.trust, keys.victim])
    await page.keyboard.press(key);
  await page.keyboard.type(keys.comment);
  await page.keyboard.press('Enter');
}

async function koboFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('survey');
  ws.addRow([
    'start',
    'grp/respondent_group',
    'grp/gender',
    'grp/age_group',
    'grp/problems',
    'grp/concern_market_theft',
    'safe_day',
    'safe_night',
    'trust_police',
    'consent',
    '_uuid',
    '_submission_time',
    '_index',
  ]);
  for (let i = 0; i < 20; i += 1) {
    ws.addRow([
      '',
      i % 3 ? 'resident' : 'business',
      i % 2 ? 'male' : 'female',
      [1829, 3044, 4559][i % 3],
      i % 4 ? 'market_theft fraud' : 'dark_streets',
      i % 4 ? (i % 5) + 1 : '',
      3,
      2,
      4,
      i === 7 ? 'no' : 'yes',
      `uuid-${i}`,
      45000 + i,
      i + 1,
    ]);
  }
  ws.addRow([
    '',
    'resident',
    'female',
    1829,
    'market_theft',
    7,
    3,
    2,
    4,
    'yes',
    'uuid-bad',
    45100,
    99,
  ]);
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, 'kobo-export.xlsx');
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

describe('study', () => {
  it('types three questionnaires by keyboard, imports a KoBo file, and the analysis follows', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    await page.getByTestId('nav-study').click();
    await page.getByTestId('study-new').click();
    await page.getByTestId('study-title-ru').fill('Опрос жителей 2025');
    await page.getByTestId('study-save').click();
    await page.getByTestId('questionnaire').waitFor();

    // Problem 9 = theft at markets, 14 = drugs and alcohol (the numbered list of the paper form).
    const first = {
      group: '1',
      gender: '1',
      age: '2',
      problems: '9 14',
      concerns: ['4', '5'],
      day: '4',
      night: '2',
      trust: '3',
      victim: '2',
      comment: 'Темно у рынка',
    };
    await typeQuestionnaire(page, first);
    await page.getByText('Введено анкет: 1').waitFor();
    await typeQuestionnaire(page, {
      ...first,
      group: '2',
      gender: '2',
      problems: '9',
      concerns: ['3'],
      victim: '1',
      comment: '',
    });
    // victim = yes asks whether it was reported; the comment was typed into that field's successor.
    await page.getByText('Введено анкет: 1').or(page.getByText('Введено анкет: 2')).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Введено анкет: 2').waitFor();
    // The same answers as questionnaire 1: a warning first, Enter again saves anyway.
    await typeQuestionnaire(page, first);
    await page.getByTestId('q-duplicate').waitFor();
    await page.getByTestId('q-comment').press('Enter');
    await page.getByText('Введено анкет: 3').waitFor();
    await screenshot(page, 'study-entry');

    await page.getByTestId('study-tab-analysis').click();
    await page.getByText('Респондентов в выборке: 3').waitFor();
    expect(await page.getByTestId('analysis-row-market-theft').textContent()).toContain('3 / 3');

    await page.getByTestId('study-tab-import').click();
    await page.locator('input[type=file]').setInputFiles(await koboFile());
    await page.getByTestId('import-confirm').waitFor();
    await page.getByText('Будет импортировано анкет: 20, пропущено строк: 1.').waitFor();
    await page.getByText(/Строка 9: респондент не дал согласия/).waitFor();
    await page
      .getByText(/Строка 22, столбец «grp\/concern_market_theft»: значение 7 вне шкалы/)
      .waitFor();
    await screenshot(page, 'study-import-preview');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain(
      'Импортировано анкет: 20',
    );
    // Stored by the import worker: the page's live list of batches hears of it without reloading.
    await page.getByTestId('import-batches').getByTestId('import-undo').waitFor();

    await page.getByTestId('study-tab-analysis').click();
    await page.getByText('Респондентов в выборке: 23').waitFor();
    await screenshot(page, 'study-analysis');

    // Undo the import as one batch: back to the three typed questionnaires.
    await page.getByTestId('study-tab-import').click();
    await page.getByTestId('import-undo').click();
    await page.getByTestId('import-undo-confirm').click();
    await page.getByTestId('study-tab-analysis').click();
    await page.getByText('Респондентов в выборке: 3').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
