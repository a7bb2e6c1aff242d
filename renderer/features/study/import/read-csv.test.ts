/* CSV as offices save it: each encoding from bytes built without the decoder, each delimiter, quoting. */
import { describe, expect, it } from 'vitest';
import { buildImport, guessMapping } from '../../../../shared/domain/member-import';
import { cp1251 } from '../../../../tests/fixtures/cp1251';
import { memberTable } from '../../working-group/read-table';
import { decodeText, detectDelimiter, readTable } from './read-table';

const TEXT = 'ФИО;Организация\r\nАсанова Айгүл;Мектеп №5\r\n';

/** UTF-16 BE: Node writes LE, the bytes of each unit swapped. */
function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('CSV encodings', () => {
  it('reads UTF-8 with and without a BOM, UTF-16 LE and BE with a BOM, and Windows-1251', () => {
    const simple = 'ФИО;Должность\r\nЁлкина Пётр;Директор №5\r\n';
    const utf8 = Buffer.from(simple, 'utf8');
    expect(decodeText(utf8)).toBe(simple);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe(simple);
    expect(
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(simple, 'utf16le')])),
    ).toBe(simple);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(simple)]))).toBe(simple);
    expect(decodeText(cp1251(simple))).toBe(simple);
  });

  it('reads a UTF-16 file (Excel\'s "Unicode text": BOM, tabs) as a table, not as binary', async () => {
    const text = 'ФИО\tОрганизация\r\nАсанова Айгүл\tМектеп\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await readTable(bytes)).toEqual({
      headers: ['ФИО', 'Организация'],
      rows: [['Асанова Айгүл', 'Мектеп']],
    });
  });

  it('keeps Kyrgyz letters of a UTF-8 file (not valid as Windows-1251 text would be)', async () => {
    expect(await readTable(Buffer.from(TEXT, 'utf8'))).toEqual({
      headers: ['ФИО', 'Организация'],
      rows: [['Асанова Айгүл', 'Мектеп №5']],
    });
  });
});

describe('CSV delimiters and quoting', () => {
  it('finds ; , and tab, counting only outside quotes and preferring the steady one', () => {
    expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    // Commas inside values of a semicolon file (Excel quotes only fields holding the delimiter).
    expect(
      detectDelimiter('ФИО;Адрес\nИванов И.И.;ул. Ленина, 5, кв. 2\nПетров;ул. Токтогула, 1\n'),
    ).toBe(';');
    // Semicolons inside quoted values of a comma file.
    expect(detectDelimiter('"a; b; c",d\n"x; y",z\n')).toBe(',');
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside, CRLF and a last line without one', async () => {
    const text =
      'ФИО;Примечание;Телефон\r\n' +
      '"Иванов; Пётр";"Сказал ""да""";0555 123\r\n' +
      '"Сидорова\r\nАнна";;\r\n' +
      'Бекова;"с ;;; внутри";0312';
    const table = await readTable(Buffer.from(text, 'utf8'));
    expect(table).toEqual({
      headers: ['ФИО', 'Примечание', 'Телефон'],
      rows: [
        ['Иванов; Пётр', 'Сказал "да"', '0555 123'],
        ['Сидорова\r\nАнна'],
        ['Бекова', 'с ;;; внутри', '0312'],
      ],
    });
  });

  it('imports a member list saved by Russian Excel as CSV (Windows-1251, ;, CRLF, quoted ; inside) with correct names', async () => {
    const csv = cp1251(
      'ФИО;Должность;Организация;Тип организации;Телефон\r\n' +
        '"Ёлкина; Анна Петровна";Заместитель главы;"Администрация; Свердловский район";Администрация района;0312 000 000\r\n' +
        'Щукин Эдуард;Инспектор;Школа-гимназия № 5;Школа;\r\n',
    );
    const table = memberTable(await readTable(csv, { profile: 'members', fileName: 'Члены.csv' }));
    const built = buildImport(table, guessMapping(table[0]!), 'ru');
    expect(built.ok && built.preview.skipped).toEqual([]);
    const rows = built.ok ? built.preview.rows : [];
    expect(rows.map((r) => r.input.fullName)).toEqual(['Ёлкина; Анна Петровна', 'Щукин Эдуард']);
    expect(rows[0]!.input.organisation).toEqual({ ru: 'Администрация; Свердловский район' });
    expect(rows.map((r) => r.input.orgType)).toEqual(['district-administration', 'school']);
  });
});
