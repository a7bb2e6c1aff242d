/*
 * The lookups the survey import matches cell text against: the problem catalogue, the
 * territory's places and the choice options, each keyed by normalised text, and a bounded cache
 * for text functions that thousands of rows call with a handful of values.
 */
import type { LocalizedText } from '../../../schemas/localized-text';
import { CHOICE_VALUES, normalize, OPTION_SYNONYMS } from './fields';
import type { ImportCatalogue } from './mapper';

const texts = (t: LocalizedText | undefined) =>
  [t?.ru, t?.ky, t?.en].filter((x): x is string => Boolean(x)).map(normalize);

/** Normalised problem code or title (any language) → problem code (the first that matches). */
export function problemIndex(catalogue: ImportCatalogue): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of catalogue.problems)
    for (const key of [normalize(p.code), ...texts(p.title)])
      if (!map.has(key)) map.set(key, p.code);
  return map;
}

/** Normalised place code or name (any language) → place id (the first that matches). */
export function placeIndex(catalogue: ImportCatalogue): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of catalogue.places)
    for (const key of [p.code ? normalize(p.code) : '', ...texts(p.name)])
      if (key && !map.has(key)) map.set(key, p.id);
  return map;
}

/** Per choice field: normalised option code or synonym → option (the first option that matches). */
export function choiceIndex(): Map<string, Map<string, string>> {
  const choices = new Map<string, Map<string, string>>();
  for (const field of ['respondentGroup', 'gender', 'ageGroup'] as const) {
    const index = new Map<string, string>();
    for (const option of CHOICE_VALUES[field] as readonly string[])
      for (const key of [normalize(option), ...(OPTION_SYNONYMS[field][option] ?? [])])
        if (!index.has(key)) index.set(key, option);
    choices.set(field, index);
  }
  return choices;
}

/** `fn` computed once per distinct text (up to 100,000 texts kept). */
export function cachedByText<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    const value = fn(text);
    if (seen.size < 100_000) seen.set(text, value);
    return value;
  };
}
