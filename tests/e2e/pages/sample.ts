/* A session on the sample district: the wizard done in Russian, the sample loaded, its notice gone. */
import type { Browser } from 'playwright-core';
import { openApp, type Session } from '../browser';
import { FramePage } from './frame';
import { WIZARD_DATA, WizardPage } from './wizard';

export async function sampleSession(browser: Browser): Promise<Session> {
  const session = await openApp(browser);
  await new WizardPage(session.page).complete(WIZARD_DATA.ru);
  const frame = new FramePage(session.page);
  await frame.openSettings();
  await frame.loadSample();
  await session.page.getByTestId('sample-badge').waitFor();
  // The notice of the load would cover the lower fields of the forms.
  await session.page.waitForFunction(
    () => document.querySelectorAll('.mantine-Notification-root').length === 0,
    null,
    { timeout: 15_000 },
  );
  return session;
}
