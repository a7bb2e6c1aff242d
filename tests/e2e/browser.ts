/*
 * Launches Debian's Chromium through playwright-core with the flags that keep it quiet on a closed
 * network. Each test gets a fresh browser context, hence an empty IndexedDB.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where e2e runs leave screenshots and PDF pages for a person to look at. */
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');

export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? CANDIDATES.find((path) => existsSync(path));
}

/** Flags that keep Chromium quiet on a closed network (docs/testing.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      'Chromium not found. On Debian/Ubuntu: `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh profile and a page at the app, with console errors collected. */
export async function openApp(
  browser: Browser,
  options: { locale?: string; initScript?: () => void } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'ru-RU',
    timezoneId: 'Asia/Bishkek',
    acceptDownloads: true,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseUrl());
  return { context, page, errors };
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Saves a screenshot under test-results/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
