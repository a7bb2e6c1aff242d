import { z } from 'zod';
import type { DocumentLanguage, Language } from '../languages';

/** Text typed once and printed in several languages (architecture A11). */
export const localizedTextSchema = z.object({
  ru: z.string().trim().max(1000).optional(),
  ky: z.string().trim().max(1000).optional(),
  en: z.string().trim().max(1000).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

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
