/*
 * Page object of backup and restore in Settings, and raw IndexedDB digests for comparing what the
 * database holds before and after (read without the app's code).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../browser';
import { startWithSample } from './frame';

/** A download's file name and where it was saved. */
export async function download(
  page: Page,
  action: () => Promise<void>,
): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = resolve(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** The wizard done, the sample district loaded, Settings open. */
export async function setUpWithSample(page: Page): Promise<void> {
  await startWithSample(page);
}

/** Backs up through the button; returns the downloaded file's path. */
export async function backUp(page: Page): Promise<string> {
  const file = await download(page, () => page.getByTestId('backup-now').click());
  await page.getByTestId('last-backup').filter({ hasText: 'Последняя' }).waitFor();
  return file.path;
}

/** The file input behind «Восстановить из файла» (Settings has others, e.g. the exchange's). */
export const backupFileInput = (page: Page) =>
  page.locator('input[type=file][accept^=".koopsuz,"]');

/** Picks a backup file in Settings. */
export async function chooseBackup(page: Page, path: string): Promise<void> {
  await backupFileInput(page).setInputFiles(path);
}

/** Waits for the dialog or a refusal; returns the refusal's text, or null for the dialog. */
export async function checkOutcome(page: Page, timeout = 120_000): Promise<string | null> {
  const dialog = page.getByTestId('restore-dialog');
  const error = page.getByTestId('backup-error');
  await dialog.or(error).waitFor({ timeout });
  return (await error.count()) > 0 ? await error.textContent() : null;
}

/**
 * SHA-256 of every store's rows (in key order), read with raw IndexedDB, plus the row counts.
 * Store by store, so a mixture of old and new shows as a store matching neither.
 */
export function digest(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('koopsuz');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const out: Record<string, string> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      const rows = await new Promise<unknown[]>((ok) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result);
      });
      const bytes = new TextEncoder().encode(JSON.stringify(rows));
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      out[name] =
        `${rows.length}:${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
    db.close();
    return out;
  });
}

/** Row count of one store, read with raw IndexedDB. */
export function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const request = indexedDB.open('koopsuz');
      request.onsuccess = () => ok(request.result);
    });
    const count = await new Promise<number>((ok) => {
      const r = db.transaction(name).objectStore(name).count();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return count;
  }, store);
}

/** Restores a file completely (whole database) and waits for the reloaded page to say so. */
export async function restoreFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('backup-now').waitFor();
  await chooseBackup(page, path);
  const refusal = await checkOutcome(page);
  if (refusal !== null) throw new Error(`restore refused: ${refusal}`);
  // The page reloads after the restore (a previous restore's notice may still be showing).
  await Promise.all([
    page.waitForEvent('load', { timeout: 120_000 }),
    page.getByTestId('restore-confirm').click(),
  ]);
  await page.getByText('Данные восстановлены из резервной копии').waitFor({ timeout: 120_000 });
}

/** Waits until the restore's write has stored at least `records` records (its progress report). */
export async function writeReached(page: Page, records: number): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const bar = document.querySelector('[data-testid=restore-progress][data-phase=write]');
      return bar !== null && Number(bar.getAttribute('data-done')) >= min;
    },
    records,
    { polling: 10, timeout: 120_000 },
  );
}
