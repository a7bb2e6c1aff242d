/*
 * From district to city in two browser profiles (issue 19): the district (the sample) makes a
 * package, the city imports it after confirming the key's fingerprint, and holds the district's
 * figures exactly; the same package again, a tampered one and one signed by another office's key
 * are refused with the reason on screen and the city's database unchanged.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zip } from '../fixtures/zip';
import { ARTIFACTS, launch, openApp, screenshot } from './browser';
import { digest, setUpWithSample } from './pages/backup';
import { ExchangePage, storeRows } from './pages/exchange';
import { FramePage } from './pages/frame';
import { WIZARD_DATA, WizardPage } from './pages/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Row = Record<string, unknown>;

/** JSON with object keys sorted: the same record, whatever order its fields were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/** The package's entries changed by `edit`; signed again by `signer` when given. */
function repack(
  path: string,
  name: string,
  edit: (manifest: Row, files: Record<string, Uint8Array>) => void,
  signer?: Parameters<typeof sign>[2],
): string {
  const files = unzipSync(readFileSync(path));
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']!)) as Row;
  edit(manifest, files);
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  if (signer) files['manifest.sig'] = sign(null, files['manifest.json'], signer);
  const out = resolve(ARTIFACTS, name);
  writeFileSync(out, zip(Object.entries(files).map(([entry, data]) => ({ name: entry, data }))));
  return out;
}

describe('exchange between a district and the city', () => {
  it('the city imports the district’s package and refuses a replayed, tampered or foreign one', async () => {
    // The district: the sample territory, its package.
    const district = await openApp(browser);
    await setUpWithSample(district.page);
    const sample = (await storeRows(district.page, 'territories')).find((t) => t.isSample)!;
    const districtExchange = new ExchangePage(district.page);
    await districtExchange.open();
    expect(await districtExchange.fingerprint()).toContain('создаётся');
    const made = await districtExchange.export();
    expect(made.name).toMatch(/^koopsuz-.+-0001\.koopsuz-exchange$/);
    const fingerprint = /: ([0-9A-F ]{39})$/.exec(await districtExchange.fingerprint())?.[1];
    expect(fingerprint).toBeDefined();

    // The city: its own workspace, then the import.
    const city = await openApp(browser);
    await new WizardPage(city.page).complete({ ...WIZARD_DATA.ru, name: 'Мэрия города Бишкек' });
    const cityExchange = new ExchangePage(city.page);
    await cityExchange.open();
    const untouched = await digest(city.page);
    expect(await cityExchange.choose(made.path)).toBe('trust');
    expect(await city.page.getByTestId('exchange-trust-fingerprint').textContent()).toBe(
      fingerprint,
    );
    await screenshot(city.page, 'exchange-trust-ru');
    await city.page.getByTestId('exchange-trust-confirm').click();
    await city.page.getByTestId('exchange-imported').waitFor();
    // The list of imported districts is a live query: it may draw a moment after the message.
    await expect.poll(() => city.page.getByTestId('exchange-imported-row').count()).toBe(1);

    // The city holds the district's figures exactly: plans, budget lines, police figures, study
    // aggregates, priority snapshots, monitoring.
    const ofSample = async (page: typeof city.page, store: string) =>
      (await storeRows(page, store))
        .filter((r) => r.territoryId === sample.id)
        .map(canonical)
        .sort();
    const plans = (await storeRows(district.page, 'plans')).filter(
      (p) => p.territoryId === sample.id && p.status !== 'draft',
    );
    expect(plans.length).toBeGreaterThan(0);
    expect((await ofSample(city.page, 'plans')).length).toBe(plans.length);
    for (const store of [
      'budgetLines',
      'policeStats',
      'studyCubes',
      'prioritySnapshots',
      'expenditures',
    ]) {
      const own = await ofSample(district.page, store);
      const planIds = new Set(plans.map((p) => p.id));
      const shared =
        store === 'budgetLines'
          ? own.filter((r) => planIds.has((JSON.parse(r) as Row).planId))
          : own;
      expect(await ofSample(city.page, store), store).toEqual(shared);
    }
    expect(untouched).not.toEqual(await digest(city.page));

    // Refusals: each says why, and the database stays as it was.
    const imported = await digest(city.page);
    const refused = async (path: string) => {
      expect(await cityExchange.choose(path)).toBe('refused');
      const code = await cityExchange.refusalCode();
      expect(await digest(city.page)).toEqual(imported);
      return code;
    };
    const replayed = resolve(ARTIFACTS, 'replayed.koopsuz-exchange');
    copyFileSync(made.path, replayed);
    expect(await refused(replayed)).toBe('alreadyImported');
    await expect
      .poll(() => city.page.getByTestId('exchange-refused').textContent())
      .toContain('уже загружен');

    const tampered = repack(made.path, 'tampered.koopsuz-exchange', (_m, files) => {
      const part = files['parts/budgetLines.json']!;
      files['parts/budgetLines.json'] = new TextEncoder().encode(
        new TextDecoder().decode(part).replace(/"unitCostTyiyn":(\d)/, '"unitCostTyiyn":9$1'),
      );
    });
    expect(await refused(tampered)).toBe('checksum');

    const other = generateKeyPairSync('ed25519');
    const der = other.publicKey.export({ format: 'der', type: 'spki' });
    const foreign = repack(
      made.path,
      'foreign.koopsuz-exchange',
      (manifest) => {
        manifest.publicKey = der.subarray(der.length - 32).toString('base64');
        manifest.sequence = 2;
        manifest.packageId = crypto.randomUUID();
      },
      other.privateKey,
    );
    expect(await refused(foreign)).toBe('foreignKey');
    await screenshot(city.page, 'exchange-refused-ru');

    // The imported district is read-only in the city, and says so.
    await new FramePage(city.page).switchTerritory(
      new RegExp(`^${(sample.name as Row).ru as string}`),
    );
    await city.page.getByTestId('imported-banner').waitFor();
    expect(district.errors).toEqual([]);
    expect(city.errors).toEqual([]);
    await district.context.close();
    await city.context.close();
  });
});
