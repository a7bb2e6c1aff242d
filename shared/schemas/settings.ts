import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { cleanString } from './text';

/** Settings are one key–value table; each key has its own schema. */
export const settingSchemas = {
  language: z.enum(LANGUAGES),
  currentTerritoryId: z.uuid(),
  userName: cleanString().max(200, { error: 'errors:tooLong' }),
  setupDone: z.boolean(),
  /** When the clerk last saved a backup file (Settings shows it; the browser build reminds). */
  lastBackupAt: z.iso.datetime({ offset: true }),
  /** Desktop: write a fresh exchange package to the exchange folder after each plan or report approval. */
  exchangeAutoExport: z.boolean(),
} as const;
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export const settingRowSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  updatedAt: z.string(),
});
export type SettingRow = z.infer<typeof settingRowSchema>;
