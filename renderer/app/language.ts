import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import 'dayjs/locale/ky';
import 'dayjs/locale/en';
import type { Language } from '../../shared/languages';
import { platform } from '../platform';
import { i18next, loadLanguage, rememberLanguage } from './i18n';

/** Switches the UI language everywhere: catalogues, date pickers, the stored setting, the desktop menu. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  dayjs.locale(language);
  document.documentElement.lang = language;
  rememberLanguage(language);
  // Settings writes validate with zod, which the first screen does not load.
  const { setSetting } = await import('../db/settings');
  await setSetting('language', language);
  try {
    await platform().setLanguage(language);
  } catch (error) {
    // The menu stays in the old language; the app itself has switched.
    console.error('app:set-language failed', error);
  }
}
