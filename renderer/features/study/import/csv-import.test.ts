/* Survey CSV files generated here: Windows-1251 with semicolons, UTF-8 with a BOM and commas. */
import { describe, expect, it } from 'vitest';
import { autoMap, convertRows } from '../../../../shared/domain/study/import/mapper';
import { catalogue } from '../../../../tests/fixtures/import-catalogue';
import { readTable } from './read-table';

describe('CSV import', () => {
  it('reads Windows-1251 with semicolons and labels', async () => {
    const text =
      'Пол;Возраст;Проблемы;Безопасность ночью;Комментарий\r\nМужчина;30–44;fraud racketeering;2;Темно у рынка\r\n';
    const bytes = new Uint8Array(
      Buffer.from(new TextDecoder().decode(new TextEncoder().encode(text)), 'utf8'),
    );
    // Encode as Windows-1251 by hand: Cyrillic А..я = 0xC0..0xFF, – = 0x96.
    const cp1251 = Uint8Array.from(
      [...text].map((ch) =>
        ch === '–'
          ? 0x96
          : ch.charCodeAt(0) >= 0x410 && ch.charCodeAt(0) <= 0x44f
            ? ch.charCodeAt(0) - 0x350
            : ch.charCodeAt(0),
      ),
    );
    expect(bytes.length).toBeGreaterThan(cp1251.length);
    for (const input of [cp1251, bytes]) {
      const table = await readTable(input);
      expect(table.headers).toEqual([
        'Пол',
        'Возраст',
        'Проблемы',
        'Безопасность ночью',
        'Комментарий',
      ]);
      const result = convertRows(
        table,
        { columns: autoMap(table.headers, catalogue), values: {} },
        catalogue,
      );
      expect(result.rows[0]!.answers).toEqual({
        gender: 'male',
        ageGroup: '30-44',
        problems: [{ code: 'fraud' }, { code: 'racketeering' }],
        safeNight: 2,
        comment: 'Темно у рынка',
      });
    }
  });

  it('reads comma-separated UTF-8 with a BOM and skips identical rows without _uuid', async () => {
    const text =
      '\uFEFFgender,age_group,problems,safe_day\nfemale,18_29,burglary,5\nfemale,18_29,burglary,5\n';
    const table = await readTable(new TextEncoder().encode(text));
    const result = convertRows(
      table,
      { columns: autoMap(table.headers, catalogue), values: {} },
      catalogue,
    );
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]!.answers.ageGroup).toBe('18-29');
    expect(result.skipped).toEqual([{ rowNumber: 3, reason: 'duplicateRow', ofRow: 2 }]);
  });
});
