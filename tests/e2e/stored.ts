/* The app's IndexedDB records as stored, read with the browser's own API (not the app's code). */
import type { Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw stored records
export type StoredRow = Record<string, any>;

/** Every record of each named object store of the `koopsuz` database, by store. */
export function storedRecords(page: Page, stores: string[]): Promise<Record<string, StoredRow[]>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('koopsuz');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, StoredRow[]> = {};
    for (const name of names)
      out[name] = await new Promise<StoredRow[]>((resolve, reject) => {
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
    db.close();
    return out;
  }, stores);
}
