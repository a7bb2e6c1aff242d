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

describe('priorities report as Word', () => {
  it('writes each chart as a table of its numbers', async () => {
    const ranking = rankProblems(defaultCriteria(), [
      { code: 'a', share: 0.1, policeRate: 5, policeTrend: null, complaints: null },
      { code: 'b', share: 0.4, policeRate: 2, policeTrend: null, complaints: null },
    ]);
    const chart = rankedChart(
      ranking,
      (code) => `Проблема ${code}`,
      (key) => key,
      'Рейтинг проблем: вклад',
    );
    const model = prioritiesDocument(
      {
        territoryName: { ru: 'Свердловский район' },
        assessmentTitle: { ru: 'Приоритеты' },
        criteria: defaultCriteria(),
        rows: ranking.rows,
        selected: ['b'],
        titles: { a: { ru: 'Кражи' }, b: { ru: 'Дороги' } },
        takenOn: null,
        decision: null,
        charts: [{ chart, height: 200 }],
      },
      'ru',
    );
    const bytes = await documentToDocx(model, 'Стр.');
    const xml = unzipEntry(bytes, 'word/document.xml');
    expect(xml).toContain('Рейтинг проблем: вклад');
    expect(xml).toContain('1. Проблема b');
    expect(xml).toContain('public-concern');
  });
});
