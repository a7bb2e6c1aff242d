/*
 * Labels of printed documents in the DOCUMENT language, which is independent of the UI language:
 * a clerk working in Russian may print Kyrgyz minutes. Labels live in the i18n catalogues (so the
 * catalogue test keeps ru/ky/en complete); `ky+ru` gives the Kyrgyz label, then the Russian one.
 */
import { resources } from '../i18n';
import type { DocumentLanguage, Language } from '../languages';

type Tree = { [key: string]: string | Tree };

function lookup(lang: Language, key: string): string {
  const [ns, path] = key.includes(':')
    ? (key.split(':', 2) as [string, string])
    : ['documents', key];
  let node: string | Tree | undefined = (resources[lang] as Record<string, Tree>)[ns];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`Missing document label ${lang}/${key}`);
  return node;
}

function interpolate(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** A label in one language (`ns:key`, namespace `documents` by default), with {{placeholders}} filled. */
export function labelIn(
  lang: Language,
  key: string,
  vars: Record<string, string | number> = {},
): string {
  return interpolate(lookup(lang, key), vars);
}

/**
 * A label in a document language; `ky+ru` joins the Kyrgyz and the Russian label with `separator`
 * (' / ' for table headers, '\n' for titles set on two lines).
 */
export function docLabel(
  lang: DocumentLanguage,
  key: string,
  vars: Record<string, string | number> = {},
  separator = ' / ',
): string {
  if (lang !== 'ky+ru') return labelIn(lang, key, vars);
  const ky = labelIn('ky', key, vars);
  const ru = labelIn('ru', key, vars);
  if (ky === ru) return ky;
  // «УГУЛДУ / СЛУШАЛИ:» — one colon after both labels.
  if (separator === ' / ' && ky.endsWith(':') && ru.endsWith(':'))
    return `${ky.slice(0, -1)}${separator}${ru}`;
  return `${ky}${separator}${ru}`;
}

/** The language whose formatting rules (dates, numbers) a document uses: Kyrgyz for `ky+ru`. */
export function formatLanguage(lang: DocumentLanguage): Language {
  return lang === 'ky+ru' ? 'ky' : lang;
}

/** Each language of a document language, in printing order. */
export function languagesOf(lang: DocumentLanguage): Language[] {
  return lang === 'ky+ru' ? ['ky', 'ru'] : [lang];
}
