import { beforeAll, describe, expect, it } from 'vitest';
import { createHash, type KeyObject } from 'node:crypto';
import {
  cityOffice,
  districtOffice,
  dump,
  otherKey,
  ownPrivateKey,
  repack,
} from '../../tests/fixtures/exchange';
import { zip } from '../../tests/fixtures/zip';
import { ExchangeError } from '../../shared/exchange/format';
import { importPackage } from './import';
import { readExchangePackage } from './read-package';
import { createExchangePackage } from './write-package';

const DEFAULT = { contacts: false, responses: false, drafts: false };
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Why reading and importing `bytes` into the city is refused, with the city's data unchanged. */
async function refused(bytes: Uint8Array): Promise<string> {
  const before = await dump(city.db);
  const error = await readExchangePackage(bytes)
    .then((pkg) => importPackage(pkg, city.workspace.id, { trust: true }))
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(ExchangeError);
  expect(await dump(city.db)).toEqual(before);
  return (error as ExchangeError).code;
}

/** Replaces a part's JSON, fixing its size and checksum in the manifest. */
function withPart(name: string, rows: (rows: unknown[]) => unknown[]) {
  return (manifest: Record<string, unknown>, files: Record<string, Uint8Array>) => {
    const file = `parts/${name}.json`;
    const next = new TextEncoder().encode(
      JSON.stringify(rows(JSON.parse(new TextDecoder().decode(files[file]!)))),
    );
    files[file] = next;
    const part = (manifest.parts as Record<string, unknown>[]).find((p) => p.name === name)!;
    Object.assign(part, { bytes: next.length, sha256: hex(next) });
  };
}

let city: Awaited<ReturnType<typeof cityOffice>>;
let made: Awaited<ReturnType<typeof createExchangePackage>>;
let later: Awaited<ReturnType<typeof createExchangePackage>>;
let districtKey: KeyObject;

beforeAll(async () => {
  const district = await districtOffice();
  made = await createExchangePackage(district.territory.id, DEFAULT);
  later = await createExchangePackage(district.territory.id, DEFAULT);
  districtKey = await ownPrivateKey(district.db);
  city = await cityOffice();
  await importPackage(await readExchangePackage(made.bytes), city.workspace.id, { trust: true });
});

describe('a package is refused, and nothing written, when it is', () => {
  it('tampered in a part (checksum)', async () => {
    const bytes = repack(later.bytes, (_, files) => {
      files['parts/policeStats.json'] = new TextEncoder().encode(
        new TextDecoder().decode(files['parts/policeStats.json']!).replace('140', '410'),
      );
    });
    expect(await refused(bytes)).toBe('checksum');
  });

  it('tampered in the manifest (signature)', async () => {
    const bytes = repack(
      later.bytes,
      withPart('policeStats', (rows) => rows.slice(1)),
    );
    expect(await refused(bytes)).toBe('signature');
  });

  it('signed by another key for a territory another key owns', async () => {
    const other = otherKey();
    const bytes = repack(
      later.bytes,
      (manifest) => {
        manifest.publicKey = other.publicKey;
        manifest.sequence = 99;
      },
      other.privateKey,
    );
    expect(await refused(bytes)).toBe('foreignKey');
  });

  it('the same package again (replayed)', async () => {
    expect(await refused(made.bytes)).toBe('alreadyImported');
  });

  it('made by a newer version of the app or format', async () => {
    const schema = repack(
      later.bytes,
      (manifest) => {
        manifest.app = { version: '0.0.0-dev', schema: 99 };
      },
      districtKey,
    );
    expect(await refused(schema)).toBe('newerVersion');
    const app = repack(
      later.bytes,
      (m) => void (m.app = { version: '9.0.0', schema: 9 }),
      districtKey,
    );
    expect(await refused(app)).toBe('newerVersion');
    const format = repack(later.bytes, (m) => void (m.format = 2), districtKey);
    expect(await refused(format)).toBe('newerVersion');
  });

  it('malformed: not a zip, no manifest, a part missing, a record of another territory', async () => {
    expect(await refused(new TextEncoder().encode('not a package'))).toBe('malformed');
    expect(await refused(zip([{ name: 'readme.txt', data: 'hello' }]))).toBe('malformed');
    const missing = repack(later.bytes, (_, files) => void delete files['parts/plans.json']);
    expect(await refused(missing)).toBe('malformed');
    const stranger = repack(
      later.bytes,
      withPart('policeStats', (rows) =>
        rows.map((r) => ({ ...(r as object), territoryId: crypto.randomUUID() })),
      ),
      districtKey,
    );
    expect(await refused(stranger)).toBe('malformed');
    const unknownField = repack(
      later.bytes,
      withPart('policeStats', (rows) => rows.map((r) => ({ ...(r as object), extra: 1 }))),
      districtKey,
    );
    expect(await refused(unknownField)).toBe('malformed');
  });

  it('too large: a manifest that declares more than its cap is never inflated', async () => {
    const bomb = zip([{ name: 'manifest.json', data: '{}', size: 50 * 1024 * 1024 }]);
    expect(await refused(bomb)).toBe('tooLarge');
  });

  it('still accepted when untouched (the cases above differ only in what they change)', async () => {
    const pkg = await readExchangePackage(repack(later.bytes, () => undefined));
    expect(await importPackage(pkg, city.workspace.id)).toMatchObject({ trusted: false });
  });
});
