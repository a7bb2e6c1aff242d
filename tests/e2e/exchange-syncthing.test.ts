/*
 * The exchange folder carried by Syncthing (issue 19): two Syncthing instances on 127.0.0.1 share
 * one folder; the district's package, written into its folder by the main-process folder writer,
 * appears in the city's folder, whose folder reader hands it to the import, which merges it.
 * The import runs in Node over fake-indexeddb, as the other data-layer tests.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  listExchangeFolder,
  readExchangeFile,
  writeExchangeFile,
} from '../../electron/main/exchange-folder';
import { importPackage } from '../../renderer/exchange/import';
import { readExchangePackage } from '../../renderer/exchange/read-package';
import { createExchangePackage } from '../../renderer/exchange/write-package';
import { cityOffice, districtOffice } from '../fixtures/exchange';
import { shareFolder, startSyncthing, waitFor, type Syncthing } from '../fixtures/syncthing';

const root = mkdtempSync(path.join(tmpdir(), 'koopsuz-syncthing-'));
const running: Syncthing[] = [];
afterAll(async () => {
  await Promise.all(running.map((instance) => instance.stop()));
  rmSync(root, { recursive: true, force: true });
});

describe('the exchange folder through Syncthing', () => {
  it('a package written in the district’s folder reaches the city’s, and the city imports it', async () => {
    const folders = { a: path.join(root, 'district-folder'), b: path.join(root, 'city-folder') };
    mkdirSync(folders.a);
    mkdirSync(folders.b);
    const district = await startSyncthing(path.join(root, 'district-home'));
    running.push(district);
    const city = await startSyncthing(path.join(root, 'city-home'));
    running.push(city);
    await shareFolder(district, city, 'koopsuz-exchange', folders);
    const logs = () => `\n--- district ---\n${district.log()}\n--- city ---\n${city.log()}`;
    await waitFor(`the two instances to connect${logs()}`, 30_000, async () => {
      const { connections } = await district.api<{
        connections: Record<string, { connected: boolean }>;
      }>('GET', '/rest/system/connections');
      return connections[city.id]?.connected ? true : null;
    });

    const office = await districtOffice('Октябрьский район');
    const made = await createExchangePackage(office.territory.id, {
      contacts: false,
      responses: false,
      drafts: false,
    });
    const written = await writeExchangeFile(folders.a, made.name, made.bytes);
    await district.api('POST', `/rest/db/scan?folder=koopsuz-exchange`);

    const arrived = await waitFor(`${written} in the city's folder${logs()}`, 30_000, async () => {
      const files = await listExchangeFolder(folders.b);
      return files.find((f) => f.name === written && f.size === made.bytes.length) ?? null;
    });
    const bytes = await readExchangeFile(folders.b, arrived.name);
    expect(Buffer.from(bytes).equals(readFileSync(path.join(folders.a, written)))).toBe(true);

    const { db, workspace } = await cityOffice();
    const pkg = await readExchangePackage(bytes);
    const result = await importPackage(pkg, workspace.id, { trust: true });
    expect(result.changed).toBeGreaterThan(0);
    expect((await db.territories.get(office.territory.id))?.name.ru).toBe('Октябрьский район');
    expect(await db.plans.get(office.approved.plan.id)).toMatchObject({ status: 'approved' });
    expect(await db.exchangeOrigins.get(office.territory.id)).toMatchObject({
      workspaceId: workspace.id,
    });
  });
});
