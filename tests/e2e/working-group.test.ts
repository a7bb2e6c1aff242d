import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openApp, screenshot } from './browser';
import { WIZARD_DATA, WizardPage } from './pages/wizard';
import {
  docxText,
  pdfPageSize,
  pdfPngs,
  pdfText,
  savePdf,
  WorkingGroupPage,
} from './pages/working-group';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MEMBERS = [
  {
    name: 'Осмонова Айгүл Бакытовна',
    position: 'Заместитель главы администрации',
    organisation: 'Администрация района',
    type: 'Администрация района',
  },
  {
    name: 'Токтосунов Нурлан Маратович',
    position: 'Заместитель начальника УВД',
    organisation: 'УВД района',
    type: 'Милиция (УВД, ОВД)',
  },
  {
    name: 'Исаева Мээрим Таалайбековна',
    position: 'Главный специалист',
    organisation: 'Администрация района',
    type: 'Администрация района',
    email: 'meerim@admin.kg',
  },
  {
    name: 'Сатыбалдиева Айнура Кеңешовна',
    position: 'Председатель',
    organisation: 'Совет женщин',
    type: 'Совет женщин',
  },
];
const DECISIONS = ['Установить освещение у рынка «Аламедин»', 'Провести рейд в Ж/м Ак-Өргө'];

async function countMembers(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const request = indexedDB.open('koopsuz');
        request.onsuccess = () => {
          const count = request.result.transaction('members').objectStore('members').count();
          count.onsuccess = () => done(count.result);
        };
      }),
  );
}

describe('working group', () => {
  it('a clerk sets up the group, holds a meeting with two decisions and prints the minutes as PDF and Word', async () => {
    const { page, context, errors } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    const wg = new WorkingGroupPage(page);
    await wg.open();

    await page.getByTestId('group-order-number').fill('45-р');
    await page.getByTestId('group-order-date').fill('10.02.2026');
    await page
      .getByTestId('group-order-issuer-ru')
      .fill('главы администрации Первомайского района');
    await page.getByTestId('group-save').click();
    await page.getByTestId('tab-members').waitFor();

    // Bad member input: messages in Russian beside the fields, nothing saved.
    await wg.tab('members');
    await page.getByTestId('member-add').click();
    await page.getByTestId('member-email').fill('без-собаки');
    await page.getByTestId('member-save').click();
    await page.getByText('Заполните это поле').first().waitFor();
    await page.getByText('Адрес электронной почты должен содержать @').waitFor();
    await page.getByRole('button', { name: 'Отмена' }).click();
    expect(await countMembers(page)).toBe(0);

    for (const member of MEMBERS) await wg.addMember(member);
    // The list is a live query: the last member is drawn a moment after its dialog closed.
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(4);
    await wg.choose('member-filter-type', 'Администрация района');
    expect(await page.getByTestId('member-row').count()).toBe(2);
    await screenshot(page, 'working-group-members');

    await wg.tab('group');
    await wg.choose('group-chairId', MEMBERS[0]!.name);
    await wg.choose('group-secretaryId', MEMBERS[2]!.name);
    await page.getByTestId('group-save').click();
    await page.getByText('Сохранено').first().waitFor();

    // A meeting: 31.02 is refused, then saved with an agenda item; Сатыбалдиева absent.
    await wg.tab('meetings');
    await page.getByTestId('meeting-new').click();
    await page.getByTestId('meeting-date').fill('31.02.2026');
    await page.getByTestId('meeting-place-ru').fill('Актовый зал администрации');
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('agenda-0-title-ru').fill('О безопасности на рынке «Аламедин»');
    await page.getByTestId('agenda-0-heard').fill('Токтосунова Н.М. — о кражах на рынке');
    await page.getByTestId('agenda-0-decided').fill('Информацию принять к сведению.');
    await page.getByTestId('attendance-present').nth(3).uncheck();
    await page.getByTestId('attendance-reason').fill('командировка');
    await page.getByTestId('meeting-save').click();
    await page.getByText('Такой даты нет — введите дату в виде дд.мм.гггг').waitFor();
    await page.getByTestId('meeting-date').fill('05.03.2026');
    await page.getByTestId('meeting-save').click();
    await page.getByTestId('decision-add').waitFor();

    await page.getByTestId('decision-text-ru').fill(DECISIONS[0]!);
    await wg.choose('decision-responsible', MEMBERS[1]!.name);
    await page.getByTestId('decision-due').fill('01.06.2026');
    await page.getByTestId('decision-add').click();
    await page.getByTestId('decision-row').first().waitFor();
    await page.getByTestId('decision-text-ru').fill(DECISIONS[1]!);
    await page.getByTestId('decision-organisation-ru').fill('ОПОП Ж/м Ак-Өргө');
    await page.getByTestId('decision-add').click();
    await page.getByTestId('decision-row').nth(1).waitFor();
    await page.getByTestId('decision-status').nth(1).click();
    await page.getByRole('option', { name: 'Выполнено' }).click();
    await screenshot(page, 'working-group-meeting');

    await wg.tab('decisions');
    expect(await page.getByTestId('decision-row').first().textContent()).toContain(DECISIONS[0]);

    // The minutes on the print route: A4 portrait from the document's own @page.
    await wg.tab('meetings');
    await page.getByTestId('meeting-row').getByRole('link').click();
    await page.getByTestId('meeting-minutes').click();
    await page.getByTestId('document-sheet').waitFor();
    await screenshot(page, 'minutes-preview');
    const minutesRu = await savePdf(page, 'minutes-ru');
    const size = pdfPageSize(minutesRu);
    expect(Math.round(size.width)).toBe(595);
    expect(Math.round(size.height)).toBe(842);
    const ru = pdfText(minutesRu).replace(/\s+/g, ' ');
    expect(ru).toContain('ПРОТОКОЛ № 1');
    expect(ru).toContain('СЛУШАЛИ:');
    expect(ru).toContain('РЕШИЛИ:');
    for (const member of MEMBERS) expect(ru).toContain(member.name);
    for (const decision of DECISIONS) expect(ru).toContain(decision);
    expect(ru).toContain('Стр. 1 / 1');
    expect(ru).not.toContain('Word');
    pdfPngs(minutesRu, 'minutes-ru');

    // Word through the app's own button: the same content.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('document-word').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docxPath = resolve(ARTIFACTS, 'minutes-ru.docx');
    await download.saveAs(docxPath);
    const word = docxText(docxPath).replace(/\s+/g, ' ');
    expect(word).toContain('ПРОТОКОЛ № 1');
    for (const member of MEMBERS) expect(word).toContain(member.name);
    for (const decision of DECISIONS) expect(word).toContain(decision);

    // The same minutes in Kyrgyz.
    await page.getByTestId('document-language').click();
    await page.getByRole('option', { name: 'Кыргызча', exact: true }).click();
    await page.getByText('№ 1 ПРОТОКОЛ').waitFor();
    const minutesKy = await savePdf(page, 'minutes-ky');
    const ky = pdfText(minutesKy).replace(/\s+/g, ' ');
    for (const label of [
      '№ 1 ПРОТОКОЛ',
      'УГУЛДУ:',
      'ЧЕЧТИ:',
      'КҮН ТАРТИБИ:',
      'Бет 1 / 1',
      '2026-жылдын 5-марты',
    ])
      expect(ky).toContain(label);
    for (const member of MEMBERS) expect(ky).toContain(member.name);
    for (const decision of DECISIONS) expect(ky).toContain(decision);
    const [kyDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('document-word').click(),
    ]);
    const kyDocx = resolve(ARTIFACTS, 'minutes-ky.docx');
    await kyDownload.saveAs(kyDocx);
    const kyWord = docxText(kyDocx).replace(/\s+/g, ' ');
    for (const text of ['№ 1 ПРОТОКОЛ', 'УГУЛДУ:', ...MEMBERS.map((m) => m.name), ...DECISIONS])
      expect(kyWord).toContain(text);
    pdfPngs(minutesKy, 'minutes-ky');

    // The roster, annex to the order.
    await page.getByTestId('document-back').click();
    await page.getByTestId('decision-add').waitFor();
    await page.getByTestId('group-roster').click();
    await page.getByTestId('document-sheet').waitFor();
    const roster = await savePdf(page, 'roster-ru');
    expect(Math.round(pdfPageSize(roster).width)).toBe(595);
    const rosterText = pdfText(roster).replace(/\s+/g, ' ');
    expect(rosterText).toContain('Приложение к распоряжению');
    expect(rosterText).toContain('45-р');
    // Long names wrap inside their cell: the PDF has each surname, the sheet each full name.
    for (const member of MEMBERS) expect(rosterText).toContain(member.name.split(' ')[0]);
    const sheet = await page.getByTestId('roster-table').textContent();
    for (const member of MEMBERS) expect(sheet).toContain(member.name);
    expect(rosterText).not.toContain('Word');
    pdfPngs(roster, 'roster-ru');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('bad import files: a clear message in the clerk language, skipped rows by number, nothing half-saved', async () => {
    const { page, context } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ky);
    const wg = new WorkingGroupPage(page);
    await wg.open();
    await page.getByTestId('group-save').click();
    await wg.tab('members');
    await page.getByTestId('member-import').click();
    const input = page.locator('input[type="file"]');
    const file = (name: string, text: string | Buffer) => ({
      name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
    });

    await input.setInputFiles(file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])));
    await page.getByText('Бул XLSX же CSV таблицасы эмес').waitFor();
    await input.setInputFiles(file('list.xlsx', 'not really a zip'));
    await page.getByText('Бул XLSX же CSV таблицасы эмес').waitFor();
    await input.setInputFiles(
      file(
        'noise.csv',
        ['a;b;c', ...Array.from({ length: 10_000 }, (_, i) => `${i};x;y`)].join('\n'),
      ),
    );
    await page.getByText('саптан ашык').waitFor();
    await input.setInputFiles(file('no-name.csv', 'Кызматы,Уюм\nДиректор,Мектеп\n'));
    await page.getByText('Аты-жөнү жазылган мамыча табылган жок').waitFor();
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);

    const csv = [
      'Аты-жөнү,Кызматы,Уюм,Түрү,Электрондук почта',
      'Абдыкадырова Жылдыз,Директор,№ 61 мектеп,Мектеп,',
      ',Жок,,,',
      'Бекова Гүлнара,Төрайым,Аялдар кеңеши,Аялдар кеңеши,почтасыз',
    ].join('\n');
    await input.setInputFiles(file('members.csv', csv));
    await page.getByTestId('import-skipped').waitFor();
    const skipped = await page.getByTestId('import-skipped').textContent();
    expect(skipped).toContain('3-сап: аты-жөнү жок');
    expect(skipped).toContain('4-сап: Электрондук почтанын дарегинде @ болушу керек');
    expect(await page.getByTestId('import-will-add').textContent()).toBe('Кошулат: 1');
    expect(await countMembers(page)).toBe(0);
    await screenshot(page, 'working-group-import-ky');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('member-row').first().waitFor();
    expect(await countMembers(page)).toBe(1);
    await context.close();
  });

  it('the sample district prints its roster and minutes in ky+ru', async () => {
    const { page, context } = await openApp(browser);
    await new WizardPage(page).complete(WIZARD_DATA.ru);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('sample-load').click();
    await page.getByTestId('sample-badge').waitFor();
    await page.getByTestId('nav-documents').click();
    await page.getByTestId('documents-language').click();
    await page.getByRole('option', { name: 'Кыргызча + русский' }).click();
    await page.getByTestId('document-item').first().getByRole('link').click();
    await page.getByTestId('document-sheet').waitFor();
    const roster = await savePdf(page, 'sample-roster-kyru');
    const text = pdfText(roster).replace(/\s+/g, ' ');
    expect(text).toContain('КУРАМЫ');
    expect(text).toContain('СОСТАВ');
    expect(text).toContain('Осмонова Айгүл Бакытовна');
    expect(text).not.toContain('Усенов Марат');
    pdfPngs(roster, 'sample-roster-kyru');
    expect(readFileSync(roster).byteLength).toBeGreaterThan(1000);
    await context.close();
  });
});
