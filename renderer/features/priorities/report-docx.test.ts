import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prioritiesDocument } from '../../../shared/documents/priorities';
import { defaultCriteria } from '../../../shared/domain/priorities/criteria';
import { rankedChart } from '../../../shared/domain/priorities/charts';
import { rankProblems } from '../../../shared/domain/priorities/scoring';
import { documentToDocx } from '../../export/docx-document';

/** One file of a zip (a .docx), read through the central directory. */
function unzipEntry(bytes: Uint8Array, name: string): string {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i += 1) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (buf.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = buf.readUInt32LE(at + 42);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${name} not in the zip`);
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every table of a WordprocessingML body after `from`: rows of cell texts. */
function tablesAfter(xml: string, from: number): string[][][] {
  return [...xml.slice(from).matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) =>
        unescape(
          [...cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
        ),
      ),
    ),
  );
}

describe('priorities report as Word', () => {
  it('writes each chart as a table of its numbers', async () => {
    // Only two criteria have data: public concern (weight 20) and the police rate (weight 10), so
    // every problem's coverage is 30 and a criterion contributes weight × normalised / 30.
    //   share a 0.1, b 0.4, c 0.25 → min–max normalised 0, 100, 50
    //   rate  a 8,   b 2,   c 5    → normalised 100, 0, 50
    //   scores: b 66.67 + 0, c 33.33 + 16.67, a 0 + 33.33 → ranks b, c, a
    const ranking = rankProblems(defaultCriteria(), [
      { code: 'a', share: 0.1, policeRate: 8, policeTrend: null, complaints: null },
      { code: 'b', share: 0.4, policeRate: 2, policeTrend: null, complaints: null },
      { code: 'c', share: 0.25, policeRate: 5, policeTrend: null, complaints: null },
    ]);
    const label = (key: string) => `Критерий ${key}`;
    const chart = rankedChart(ranking, (code) => `Проблема ${code}`, label, 'Рейтинг: вклад');
    const model = prioritiesDocument(
      {
        territoryName: { ru: 'Свердловский район' },
        assessmentTitle: { ru: 'Приоритеты' },
        criteria: defaultCriteria(),
        rows: ranking.rows,
        selected: ['b'],
        titles: { a: { ru: 'Кражи' }, b: { ru: 'Дороги' }, c: { ru: 'Драки' } },
        takenOn: null,
        decision: null,
        charts: [{ chart, height: 200 }],
      },
      'ru',
    );
    const bytes = await documentToDocx(model, 'Стр.');
    const xml = unzipEntry(bytes, 'word/document.xml');
    const title = xml.indexOf('>Рейтинг: вклад<');
    expect(title).toBeGreaterThan(0);
    const [table] = tablesAfter(xml, title);
    const keys = defaultCriteria().map((c) => c.key);
    expect(table![0]).toEqual(['', ...keys.map(label)]);
    // Contributions by hand, rounded to one decimal, with the document's decimal comma;
    // criteria without data contribute 0.
    const row = (name: string, concern: string, rate: string) => [
      name,
      concern,
      rate,
      ...keys.slice(2).map(() => '0'),
    ];
    expect(table!.slice(1)).toEqual([
      row('1. Проблема b', '66,7', '0'), //    20 × 100 / 30 = 66.67; 10 × 0 / 30
      row('2. Проблема c', '33,3', '16,7'), // 20 × 50 / 30 = 33.33;  10 × 50 / 30 = 16.67
      row('3. Проблема a', '0', '33,3'), //    20 × 0 / 30;           10 × 100 / 30 = 33.33
    ]);
  });
});
