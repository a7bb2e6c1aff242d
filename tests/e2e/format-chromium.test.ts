/*
 * The formatting module in Chromium itself (architecture A10: Chromium has no Kyrgyz number or
 * date data, so the module must not depend on it). The same module is bundled as the app bundles
 * it and run in the page; the figures must be those the Node tests expect.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('formatting in Chromium', () => {
  it('gives the same money, numbers and dates as in Node, with no-break spaces', async () => {
    const bundle = await build({
      entryPoints: [resolve(import.meta.dirname, '../../shared/format.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'koopsuzFormat',
      write: false,
    });
    const context = await browser.newContext({ locale: 'ky-KG', timezoneId: 'Asia/Bishkek' });
    const page = await context.newPage();
    await page.setContent('<html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const result = await page.evaluate(() => {
      const f = (window as unknown as { koopsuzFormat: typeof import('../../shared/format') })
        .koopsuzFormat;
      return {
        moneyKy: f.formatMoney(123456750, 'ky'),
        moneyEn: f.formatMoney(123456750, 'en'),
        number: f.formatNumber(1234.5, 'ru'),
        percent: f.formatPercent(0.125, 'ky'),
        dateKy: f.formatDateLong('2026-11-26', 'ky'),
        dateRu: f.formatDateLong('2026-11-26', 'ru'),
        short: f.formatDate('2026-03-04'),
        parsed: f.parseDate('31.02.2026'),
        // 01:30 in Bishkek is still the previous day in UTC: "today" must be local.
        localDate: f.localDate(new Date('2026-11-25T19:30:00Z')),
      };
    });
    const nbsp = '\u00a0';
    expect(result).toEqual({
      moneyKy: `1${nbsp}234${nbsp}567,50${nbsp}сом`,
      moneyEn: `1${nbsp}234${nbsp}567.50${nbsp}som`,
      number: `1${nbsp}234,5`,
      percent: `12,5${nbsp}%`,
      dateKy: '2026-жылдын 26-ноябры',
      dateRu: '26 ноября 2026 г.',
      short: '04.03.2026',
      parsed: null,
      localDate: '2026-11-26',
    });
    await context.close();
  });
});
