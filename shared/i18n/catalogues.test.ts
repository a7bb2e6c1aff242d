import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../languages';
import { NAMESPACES, resources } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  for (const ns of NAMESPACES) {
    const reference = flatten(resources.ru[ns] as Tree);
    for (const lang of LANGUAGES) {
      it(`${lang}/${ns} has exactly the keys of ru/${ns}, none empty, same placeholders`, () => {
        const catalogue = flatten(resources[lang][ns] as Tree);
        expect([...catalogue.keys()].sort()).toEqual([...reference.keys()].sort());
        for (const [key, text] of catalogue) {
          expect(text.trim(), `${lang}/${ns}:${key}`).not.toBe('');
          expect(placeholders(text), `${lang}/${ns}:${key}`).toEqual(
            placeholders(reference.get(key) ?? ''),
          );
        }
      });
    }
  }

  it('every namespace exists in every language', () => {
    for (const lang of LANGUAGES)
      expect(Object.keys(resources[lang]).sort()).toEqual([...NAMESPACES].sort());
  });
});
