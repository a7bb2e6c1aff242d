import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, openApp, type Session } from '../browser';
import { startWithSample } from './frame';

/**
 * A fresh app past the first-run wizard (ru) with the sample district loaded, once the notice of
 * the load is gone (it would cover the lower fields of the forms).
 */
export async function sampleSession(browser: Browser): Promise<Session> {
  const session = await openApp(browser);
  await startWithSample(session.page);
  await session.page.waitForFunction(
    () => document.querySelectorAll('.mantine-Notification-root').length === 0,
    null,
    { timeout: 15_000 },
  );
  return session;
}

/**
 * One browser and one sample session for a whole test file: registers its beforeAll/afterAll and
 * returns the session (read it inside the tests, after beforeAll has run).
 */
export function sharedSampleSession(): { readonly current: Session } {
  let browser: Browser | undefined;
  const holder = {} as { current: Session };
  beforeAll(async () => {
    browser = await launch();
    holder.current = await sampleSession(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return holder;
}
