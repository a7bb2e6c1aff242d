import type { Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw stored records
export type Row = Record<string, any>;

/** Every record of the named stores, read with the browser's own IndexedDB API. */
export function rawStores(page: Page, stores: string[]): Promise<Row[][]> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('koopsuz');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<Row[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const lists = await Promise.all(names.map(all));
    db.close();
    return lists;
  }, stores);
}
