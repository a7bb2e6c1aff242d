/*
 * Every i18n key the code uses exists in the ru, ky and en catalogues (the catalogue test already
 * keeps the three equal; this one ties them to the code). Keys built from a value are checked
 * through the allow-list in tests/fixtures/i18n-dynamic-keys.ts, with every value they can take.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../shared/i18n';
import { CHANNEL_NAMES } from '../../shared/ipc-channels';
import { LANGUAGES } from '../../shared/languages';
import { DYNAMIC_KEYS } from '../../tests/fixtures/i18n-dynamic-keys';
import { keyUses, WRAPPERS, type KeyUse } from '../../tests/fixtures/i18n-usage';

type Tree = { [key: string]: string | Tree };

const { uses, problems } = keyUses(
  resolve(import.meta.dirname, '../..'),
  NAMESPACES,
  new Set<string>(CHANNEL_NAMES),
);

/** The languages whose catalogue has no text at `ns:key`. */
function missingIn(ns: string, key: string): string[] {
  return LANGUAGES.filter((lang) => {
    let node: string | Tree | undefined = (resources[lang] as Record<string, Tree>)[ns];
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node !== 'string';
  });
}

const where = (use: KeyUse) => `${use.file}:${use.line}`;

/** `sources.*` with ['a', 'b'] → ['sources.a', 'sources.b']; two stars take pairs. */
function expand(pattern: string, values: readonly (string | readonly string[])[]): string[] {
  return values.map((value) => {
    const parts = typeof value === 'string' ? [value] : value;
    let i = 0;
    const key = pattern.replace(/\*/g, () => parts[i++] ?? '*');
    expect(i, `${pattern} takes ${i} values, got ${parts.join(', ')}`).toBe(parts.length);
    return key;
  });
}

describe('i18n keys used in code', () => {
  it('finds the keys (the scan works)', () => {
    expect(problems).toEqual([]);
    const files = new Set(uses.map((u) => u.file));
    expect(files.size).toBeGreaterThan(80);
    expect(uses).toContainEqual(expect.objectContaining({ ns: 'errors', key: 'required' }));
    expect(uses).toContainEqual(
      expect.objectContaining({ ns: 'plan', key: 'workbook.planTotal', dynamic: false }),
    );
  });

  it('every fixed key is in all three catalogues', () => {
    const missing = uses
      .filter((u) => !u.dynamic)
      .flatMap((u) => {
        const langs = missingIn(u.ns, u.key);
        return langs.length ? [`${u.ns}:${u.key} (${langs.join(', ')}) at ${where(u)}`] : [];
      });
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every key built from a value is in the allow-list or is a wrapper’s own template', () => {
    const covered = new Set(WRAPPERS.map((w) => w.covers));
    const unlisted = uses
      .filter((u) => u.dynamic)
      .map((u) => ({ pattern: `${u.ns}:${u.key}`, at: where(u) }))
      .filter(({ pattern }) => !(pattern in DYNAMIC_KEYS) && !covered.has(pattern));
    expect(unlisted).toEqual([]);
  });

  it('every value of every allowed pattern is in all three catalogues', () => {
    const missing: string[] = [];
    for (const [full, values] of Object.entries(DYNAMIC_KEYS)) {
      const [ns, pattern] = full.split(/:(.*)/s) as [string, string];
      expect(values.length, full).toBeGreaterThan(0);
      for (const key of expand(pattern, values)) {
        const langs = missingIn(ns, key);
        if (langs.length) missing.push(`${ns}:${key} (${langs.join(', ')})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the allow-list has no pattern the code no longer uses', () => {
    const used = new Set(uses.filter((u) => u.dynamic).map((u) => `${u.ns}:${u.key}`));
    expect(Object.keys(DYNAMIC_KEYS).filter((pattern) => !used.has(pattern))).toEqual([]);
    for (const w of WRAPPERS) expect(used.has(w.covers), w.covers).toBe(true);
  });
});
