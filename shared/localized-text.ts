import type { DocumentLanguage, Language } from './languages';

/**
 * Text typed once and printed in several languages (architecture A11). The zod schema that checks
 * it lives in shared/schemas/localized-text.ts; these helpers are apart from it so the first screen
 * can show names without loading the validation library.
 */
export interface LocalizedText {
  ru?: string | undefined;
  ky?: string | undefined;
  en?: string | undefined;
}

const FALLBACK_ORDER: Record<Language, Language[]> = {
  ru: ['ru', 'ky', 'en'],
  ky: ['ky', 'ru', 'en'],
  en: ['en', 'ru', 'ky'],
};

/** Picks the text in `lang`, else the first filled fallback; `fallbackFrom` says which language was used instead. */
export function pickText(
  text: LocalizedText | undefined,
  lang: Language,
): { text: string; fallbackFrom: Language | null } {
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = text?.[candidate]?.trim();
    if (value) return { text: value, fallbackFrom: candidate === lang ? null : candidate };
  }
  return { text: '', fallbackFrom: null };
}

/** Text for a document language; `ky+ru` gives the Kyrgyz text followed by the Russian one. */
export function documentText(text: LocalizedText | undefined, lang: DocumentLanguage): string {
  if (lang === 'ky+ru') {
    const ky = pickText(text, 'ky');
    const ru = pickText(text, 'ru');
    return ky.text === ru.text ? ky.text : `${ky.text} / ${ru.text}`;
  }
  const picked = pickText(text, lang);
  return picked.fallbackFrom ? `${picked.text} [${picked.fallbackFrom}]` : picked.text;
}

/** True when at least one language is filled. */
export function hasAnyText(text: LocalizedText | undefined): boolean {
  return Boolean(text?.ru?.trim() || text?.ky?.trim() || text?.en?.trim());
}
