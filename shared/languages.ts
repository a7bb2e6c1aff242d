/** The UI and document languages. Russian is the default; Kyrgyz is the state language. */
export const LANGUAGES = ['ru', 'ky', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ru';

/** Languages a printed document can be produced in: one language or Kyrgyz first with Russian. */
export const DOCUMENT_LANGUAGES = ['ru', 'ky', 'en', 'ky+ru'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** True when the value is one of the UI languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
