/*
 * PT Sans embedded in the Word file (issue 17, point 7): the font table names each face with its
 * key, the part is the font obfuscated as ECMA-376 says (first 32 bytes XOR the key's bytes in
 * reverse order), and LibreOffice Writer, which does not have PT Sans installed here, sets the
 * document in it from the file alone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/documents/model';
import { docxToPdf } from '../../tests/fixtures/writer';
import { runLibreOfficeTests } from '../../tests/fixtures/libreoffice';
import { documentToDocx } from './docx-document';

const require = createRequire(import.meta.url);
const face = (path: string) =>
  new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/pt-sans/${path}`)));
const fonts = {
  regular: face('400Regular/PTSans_400Regular.ttf'),
  bold: face('700Bold/PTSans_700Bold.ttf'),
};

const model: DocumentModel = {
  title: 'Протокол № 1',
  fileName: 'протокол',
  orientation: 'portrait',
  lang: 'ky',
  blocks: [
    { kind: 'heading', level: 1, text: 'Протокол № 1 «Коопсуз шаар»' },
    { kind: 'paragraph', runs: [{ text: 'Өкүлдөр: 12 – аялдар 5, жаңы мүчөлөр… ' }] },
  ],
};

/** ECMA-376 part 1, 17.8.1: the key's 32 hex digits as 16 bytes, last first, XORed over 32 bytes. */
function deobfuscate(part: Uint8Array, fontKey: string): Uint8Array {
  const hex = fontKey.replace(/[{}-]/g, '');
  expect(hex).toMatch(/^[0-9A-Fa-f]{32}$/);
  const key = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
  const font = part.slice();
  for (let i = 0; i < 32; i += 1) font[i] = font[i]! ^ key[i % 16]!;
  return font;
}

describe('PT Sans in the Word file', () => {
  it('embeds the regular and bold faces, each obfuscated with its own key', async () => {
    const files = unzipSync(await documentToDocx(model, 'Бет', fonts));
    const table = strFromU8(files['word/fontTable.xml']!);
    const rels = strFromU8(files['word/_rels/fontTable.xml.rels']!);
    const font = /<w:font w:name="PT Sans">[\s\S]*?<\/w:font>/.exec(table)?.[0] ?? '';
    const faces = { embedRegular: fonts.regular, embedBold: fonts.bold };
    for (const [element, original] of Object.entries(faces)) {
      const found = new RegExp(`<w:${element} [^>]*/>`).exec(font)?.[0] ?? '';
      const id = /r:id="([^"]+)"/.exec(found)?.[1];
      const key = /w:fontKey="([^"]+)"/.exec(found)?.[1];
      expect(id, element).toBeDefined();
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
      expect(target).toMatch(/\.odttf$/);
      const part = files[`word/${target}`]!;
      // Stored obfuscated: not a font as it lies in the zip…
      expect(Array.from(part.slice(0, 4))).not.toEqual([0, 1, 0, 0]);
      // …and the font itself once the key is applied: TrueType's sfnt version, the same bytes.
      const plain = deobfuscate(part, key!);
      expect(Array.from(plain.slice(0, 4))).toEqual([0, 1, 0, 0]);
      expect(Buffer.from(plain).equals(Buffer.from(original))).toBe(true);
    }
    // Word keeps the fonts embedded when the clerk saves the file again.
    expect(strFromU8(files['word/settings.xml']!)).toMatch(
      /<w:embedTrueTypeFonts\/>|<w:embedTrueTypeFonts w:val="(true|1)"\/>/,
    );
    expect(strFromU8(files['[Content_Types].xml']!)).toContain(
      'application/vnd.openxmlformats-officedocument.obfuscatedFont',
    );
  });

  it.runIf(runLibreOfficeTests())(
    'is the font LibreOffice Writer sets the document in, though PT Sans is not installed',
    async () => {
      const pdf = docxToPdf(await documentToDocx(model, 'Бет', fonts), 'docx-fonts');
      const listed = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter(Boolean);
      // name, type, encoding, emb, sub, uni, object: every font of the pages is PT Sans, embedded.
      expect(listed.map((line) => /^\S+?\+?(\S+)/.exec(line)?.[1])).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/PTSans-Regular$/),
          expect.stringMatching(/PTSans-Bold$/),
        ]),
      );
      for (const line of listed) {
        expect(line).toMatch(/PTSans/);
        expect(line.split(/\s+/).slice(-5, -4)).toEqual(['yes']);
      }
    },
    120_000,
  );
});
