import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
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

// Every catalogue ships with the app (it works offline), one chunk per language, so start-up
// parses only the language in use.
const CATALOGUES: Record<Language, () => Promise<{ default: Record<string, object> }>> = {
  ru: () => import('../../shared/i18n/ru'),
  ky: () => import('../../shared/i18n/ky'),
  en: () => import('../../shared/i18n/en'),
};

/** Makes sure a language's catalogue is loaded into i18next before it is used. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const { default: namespaces } = await CATALOGUES[language]();
  for (const [ns, bundle] of Object.entries(namespaces)) {
    i18next.addResourceBundle(language, ns, bundle, true, true);
  }
}

/** Initialises i18next with the language of the last session (every key exists in every language). */
export async function initI18n(): Promise<typeof i18next> {
  const language = storedLanguage();
  const { default: namespaces } = await CATALOGUES[language]();
  await i18next.use(initReactI18next).init({
    resources: { [language]: namespaces },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    partialBundledLanguages: true,
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // The catalogue is already here: initialise now rather than on a later timer tick.
    initAsync: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export { i18next };
