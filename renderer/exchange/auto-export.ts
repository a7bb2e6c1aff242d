/*
 * Sharing after approval (issue 19, item 4): when the clerk chose it in Settings and the desktop
 * app has an exchange folder, approving a plan or a report writes a fresh package of the
 * territory there, where Syncthing or a network share carries it to the city. The approval itself
 * never depends on it: this runs after the approval's transaction, and says what it did.
 */
import type { ExchangeOptions } from '../../shared/exchange/format';
import { getDb } from '../db/database';
import { getSetting } from '../db/settings';
import { exchangeFolder, type ExchangeFolder } from '../platform/exchange-folder';
import { createExchangePackage } from './write-package';

/** What a package made after approval carries: the default (no contacts, questionnaires, drafts). */
export const AUTO_EXPORT_OPTIONS: ExchangeOptions = {
  contacts: false,
  responses: false,
  drafts: false,
};

export type AutoExportResult =
  | { kind: 'written'; name: string }
  | { kind: 'skipped'; reason: 'off' | 'no-folder' | 'imported' }
  | { kind: 'failed' };

/** Writes a package of the territory to the exchange folder if the clerk chose so. */
export async function autoExport(
  territoryId: string,
  folder: ExchangeFolder | null = exchangeFolder(),
): Promise<AutoExportResult> {
  if ((await getSetting('exchangeAutoExport')) !== true) return { kind: 'skipped', reason: 'off' };
  if (!folder) return { kind: 'skipped', reason: 'no-folder' };
  // An imported territory is another office's to send.
  if (await getDb().exchangeOrigins.get(territoryId))
    return { kind: 'skipped', reason: 'imported' };
  try {
    if (!(await folder.status()).folder) return { kind: 'skipped', reason: 'no-folder' };
    const made = await createExchangePackage(territoryId, AUTO_EXPORT_OPTIONS);
    return { kind: 'written', name: await folder.write(made.name, made.bytes) };
  } catch (error) {
    console.error('[exchange] package after approval not written', error);
    return { kind: 'failed' };
  }
}
