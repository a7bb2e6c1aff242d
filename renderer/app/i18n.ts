import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, NAMESPACES } from '../../shared/i18n';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/languages';

/** Where the first paint reads the language before the database is open (architecture A10). */
const LANGUAGE_KEY = 'koopsuz.language';

/** The language of the last session, or Russian. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Remembers the language for the next first paint. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the settings table still has it.
  }
}

/** Initialises i18next with every catalogue bundled (the app works offline). */
export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export { i18next };
