import type { Browser } from 'playwright-core';
import { openApp, type Session } from '../browser';
import { FramePage } from './frame';
import { WIZARD_DATA, WizardPage } from './wizard';

/** A fresh profile through the Russian wizard, with the sample district loaded and current. */
export async function openSampleDistrict(browser: Browser): Promise<Session> {
  const session = await openApp(browser);
  await new WizardPage(session.page).complete(WIZARD_DATA.ru);
  const frame = new FramePage(session.page);
  await frame.openSettings();
  await frame.loadSample();
  await session.page.getByTestId('sample-badge').waitFor();
  return session;
}
