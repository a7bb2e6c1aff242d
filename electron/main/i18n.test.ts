import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/languages';
import { LANGUAGE_FILE, menuLabels, readLanguage, writeLanguage } from './i18n';

const folder = mkdtempSync(path.join(tmpdir(), 'koopsuz-i18n-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Read as files (not imports) so an extra key in ky or en, which TypeScript allows, also fails.
function catalogue(language: string): Record<string, string> {
  const file = path.resolve(__dirname, '../../shared/i18n', language, 'menu.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

describe('menu catalogues', () => {
  it('have identical keys in ru, ky and en, none empty', () => {
    const keys = Object.keys(catalogue('ru')).sort();
    for (const language of LANGUAGES) {
      const labels = catalogue(language);
      expect(Object.keys(labels).sort(), language).toEqual(keys);
      for (const [key, value] of Object.entries(labels)) {
        expect(value.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('are really translated: Kyrgyz uses its own letters, English no Cyrillic', () => {
    expect(Object.values(catalogue('ky')).join(' ')).toMatch(/[ңөү]/);
    expect(Object.values(catalogue('en')).join(' ')).not.toMatch(/[А-Яа-яЁё]/);
    expect(menuLabels('ky').print).not.toBe(menuLabels('ru').print);
  });
});

describe('saved language', () => {
  it('is Russian when nothing was saved', async () => {
    expect(await readLanguage(path.join(folder, 'fresh'))).toBe('ru');
  });

  it('is Russian when the file is garbage or names an unknown language', async () => {
    const dir = path.join(folder, 'garbage');
    await writeLanguage(dir, 'en');
    writeFileSync(path.join(dir, LANGUAGE_FILE), '{"language":');
    expect(await readLanguage(dir)).toBe('ru');
    writeFileSync(path.join(dir, LANGUAGE_FILE), '{"language":"de"}');
    expect(await readLanguage(dir)).toBe('ru');
  });

  it('reads back what set-language wrote', async () => {
    const dir = path.join(folder, 'saved');
    await writeLanguage(dir, 'ky');
    expect(await readLanguage(dir)).toBe('ky');
  });
});
