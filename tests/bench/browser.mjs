/* What every benchmark shares: Debian's Chromium, its quiet flags, and a territory set up once. */
import { existsSync } from 'node:fs';

/** The Chromium the benchmarks drive (Debian's, or CHROMIUM_PATH). */
export const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

/** Flags that keep Chromium quiet on a closed network (docs/testing.md). */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Runs the first-run wizard in Russian so that start-up lands on the home screen. */
export async function completeWizard(page, url, territoryName = 'Свердловский район') {
  await page.goto(url);
  await page.getByTestId('language-ru').check();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('name-ru').fill(territoryName);
  await page.getByTestId('kind').click();
  await page.getByRole('option', { name: 'Район города' }).click();
  await page.getByTestId('parent-ru').fill('город Бишкек');
  await page.getByTestId('population').fill('300000');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('office-officeName-ru').fill('Администрация');
  await page.getByTestId('office-headPosition-ru').fill('Глава');
  await page.getByTestId('office-headName-ru').fill('Осмонова А. Т.');
  await page.getByTestId('wizard-finish').click();
  await page.getByTestId('home-title').waitFor();
}
