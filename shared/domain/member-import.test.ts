import { describe, expect, it } from 'vitest';
import { buildImport, guessMapping, MAX_IMPORT_ROWS, parseOrgType } from './member-import';

describe('member import', () => {
  it('guesses columns from Russian, Kyrgyz and English headers', () => {
    expect(
      guessMapping(['№', 'Ф.И.О.', 'Должность', 'Организация', 'Тип', 'Телефон', 'Эл. почта']),
    ).toEqual({
      fullName: 1,
      position: 2,
      organisation: 3,
      orgType: 4,
      phone: 5,
      email: 6,
    });
    expect(guessMapping(['Аты-жөнү', 'Кызматы', 'Уюм'])).toMatchObject({
      fullName: 0,
      position: 1,
      organisation: 2,
    });
    expect(guessMapping(['Full name', 'Position', 'Organisation', 'E-mail'])).toMatchObject({
      fullName: 0,
      email: 3,
    });
  });

  it('knows organisation types by label in any language', () => {
    expect(parseOrgType('Мектеп')).toBe('school');
    expect(parseOrgType('Совет женщин')).toBe('womens-council');
    expect(parseOrgType('police')).toBe('police');
    expect(parseOrgType('Марс')).toBeUndefined();
  });

  it('refuses a file without a name column, without rows, or with thousands of rows', () => {
    expect(
      buildImport(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        {},
        'ru',
      ),
    ).toEqual({ ok: false, refusal: 'noNameColumn' });
    expect(buildImport([['ФИО'], ['']], { fullName: 0 }, 'ru')).toEqual({
      ok: false,
      refusal: 'noRows',
    });
    const noise = [['ФИО'], ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`x${i}`])];
    expect(buildImport(noise, { fullName: 0 }, 'ru')).toEqual({
      ok: false,
      refusal: 'tooManyRows',
    });
  });

  it('reports skipped rows with spreadsheet row numbers and puts texts in the clerk language', () => {
    const result = buildImport(
      [
        ['Аты-жөнү', 'Уюм', 'Түрү', 'Качантан'],
        ['Токтосунов Нурлан', 'ИИБ', 'Милиция (ИИБ)', '10.02.2026'],
        ['Марсов', '', 'Марс', '31.02.2026'],
      ],
      { fullName: 0, organisation: 1, orgType: 2, memberFrom: 3 },
      'ky',
    );
    expect(result).toEqual({
      ok: true,
      preview: {
        rows: [
          {
            rowNumber: 2,
            input: expect.objectContaining({
              fullName: 'Токтосунов Нурлан',
              organisation: { ky: 'ИИБ' },
              orgType: 'police',
              memberFrom: '2026-02-10',
            }),
          },
        ],
        skipped: [
          { rowNumber: 3, reasons: ['workingGroup:import.unknownOrgType', 'errors:invalidDate'] },
        ],
      },
    });
  });
});
