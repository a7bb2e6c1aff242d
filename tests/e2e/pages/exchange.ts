/*
 * Page object of Settings → exchange with other offices, and raw IndexedDB reads of one
 * territory's records (without the app's code) to compare a district's figures with the city's.
 */
import type { Page } from 'playwright-core';
import { download } from './backup';

export class ExchangePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-settings').click();
    await this.page
      .getByTestId('exchange-export')
      .or(this.page.getByTestId('exchange-import-file'))
      .first()
      .waitFor();
  }

  /** Makes a package (a download in the browser); returns its path. */
  async export(): Promise<{ name: string; path: string }> {
    return download(this.page, () => this.page.getByTestId('exchange-export').click());
  }

  async fingerprint(): Promise<string> {
    return (await this.page.getByTestId('exchange-fingerprint').textContent()) ?? '';
  }

  /** Picks a package file; waits for the trust question, the result or the refusal. */
  async choose(path: string): Promise<'trust' | 'imported' | 'refused'> {
    await this.page.getByTestId('exchange-import-file').scrollIntoViewIfNeeded();
    const panel = this.page.getByTestId('exchange-import');
    const attempts = Number(await panel.getAttribute('data-attempts'));
    // The file inputs of the settings screen: the exchange one is the last.
    await this.page.locator('input[type=file]').last().setInputFiles(path);
    // The outcome of this package, not the previous one's (which goes when this one starts).
    await this.page
      .locator(`[data-testid=exchange-import][data-attempts="${attempts + 1}"]`)
      .waitFor();
    const trust = this.page.getByTestId('exchange-trust-confirm');
    const done = this.page.getByTestId('exchange-imported');
    const refused = this.page.getByTestId('exchange-refused');
    await trust.or(done).or(refused).first().waitFor({ timeout: 60_000 });
    if (await trust.isVisible()) return 'trust';
    return (await done.count()) > 0 ? 'imported' : 'refused';
  }

  async refusalCode(): Promise<string | null> {
    return this.page.getByTestId('exchange-refused').getAttribute('data-code');
  }
}

/** Every row of a store, read with raw IndexedDB. */
export function storeRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('koopsuz');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((ok) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => ok(r.result as Record<string, unknown>[]);
    });
    db.close();
    return rows;
  }, store);
}
