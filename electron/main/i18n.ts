/*
 * Text of the main process's own UI (menu, native dialogs) and the clerk's language choice. The
 * renderer tells the main process its language over app:set-language; it is kept in
 * userData/language.json so the menu is in the right language from the next start.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/languages';
import en from '../../shared/i18n/en/menu.json';
import ky from '../../shared/i18n/ky/menu.json';
import ru from '../../shared/i18n/ru/menu.json';
import enBackup from '../../shared/i18n/en/backup.json';
import kyBackup from '../../shared/i18n/ky/backup.json';
import ruBackup from '../../shared/i18n/ru/backup.json';

export type MenuLabels = typeof ru;

// Typing every catalogue as the Russian shape makes a missing key a compile error.
const catalogues: Readonly<Record<Language, MenuLabels>> = { ru, ky, en };

/** The labels of the menu and native dialogs in one language. */
export function menuLabels(language: Language): MenuLabels {
  return catalogues[language];
}

export type BackupLabels = typeof ruBackup;
const backupCatalogues: Readonly<Record<Language, BackupLabels>> = {
  ru: ruBackup,
  ky: kyBackup,
  en: enBackup,
};

/** The renderer's backup texts, for the notice at start-up that an automatic backup failed. */
export function backupLabels(language: Language): BackupLabels {
  return backupCatalogues[language];
}

/** Fills {{name}} placeholders, as i18next would. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

// The main process serves one window, so one current language is enough.
let current: Language = DEFAULT_LANGUAGE;

/** The language the menu and native dialogs currently use. */
export function currentLanguage(): Language {
  return current;
}

export function setCurrentLanguage(language: Language): void {
  current = language;
}

export const LANGUAGE_FILE = 'language.json';
const languageFileSchema = z.object({ language: z.enum(LANGUAGES) });

/** The language saved by the last app:set-language; Russian when none or unreadable. */
export async function readLanguage(userDataDir: string): Promise<Language> {
  try {
    const text = await readFile(path.join(userDataDir, LANGUAGE_FILE), 'utf8');
    const parsed = languageFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.language : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Saves the language; written to a temporary file first so a crash never leaves half a file. */
export async function writeLanguage(userDataDir: string, language: Language): Promise<void> {
  await mkdir(userDataDir, { recursive: true });
  const target = path.join(userDataDir, LANGUAGE_FILE);
  const temporary = `${target}.tmp`;
  await writeFile(temporary, JSON.stringify({ language }), 'utf8');
  await rename(temporary, target);
}
