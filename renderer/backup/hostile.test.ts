/*
 * Hostile backups with a VALID checksum (issue 14, items 1–3): the forger recomputed the SHA-256
 * and the header's counts, so only the record checks stand between the file and IndexedDB. Each
 * case asserts what the database holds afterwards.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '../../shared/backup/format';
import { seedTwoTerritories, snapshot } from '../../tests/fixtures/backup';
import { countsOf, handEdit, pack, unpack, type Payload } from '../../tests/fixtures/backup-file';
import { freshDatabase } from '../../tests/fixtures/db';
import type { KoopsuzDatabase } from '../db/database';
import { BACKUP_LIMITS } from './codec';
import { createBackup } from './create';
import { prepareRestore, restoreAll } from './restore';

let db: KoopsuzDatabase;
let good: Uint8Array;
let before: Record<string, string[]>;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  ({ a: territoryId } = await seedTwoTerritories(db));
  good = (await createBackup()).bytes;
  before = await snapshot(db);
});

const noSafety = vi.fn(async () => undefined);

/** The BackupError a restore of `bytes` ends with (code and detail), or 'accepted'. */
async function outcome(bytes: Uint8Array) {
  try {
    await restoreAll(await prepareRestore(bytes), noSafety);
    return 'accepted';
  } catch (error) {
    if (error instanceof BackupError) return { code: error.code, ...error.detail };
    throw error;
  }
}

/** The payload text with `inject` written at the start of the first territory record. */
function injectIntoTerritory(inject: string): Uint8Array {
  const { header, payloadText } = unpack(good);
  const opening = '"territories":[{';
  const at = payloadText.indexOf(opening) + opening.length;
  expect(at).toBeGreaterThan(opening.length);
  const text = `${payloadText.slice(0, at)}${inject},${payloadText.slice(at)}`;
  return pack(header, text, { counts: countsOf(JSON.parse(text) as Payload) });
}

const territory = (p: Payload) =>
  p.tables.territories!.find((row) => (row as { id: string }).id === territoryId) as Record<
    string,
    unknown
  > & { name: Record<string, string> };

describe('a backup with a valid checksum and poisoned records', () => {
  it('an own __proto__ key (written in the JSON text) is refused while parsing; nothing changes', async () => {
    const bytes = injectIntoTerritory('"__proto__":{"isAdmin":true}');
    expect(await outcome(bytes)).toMatchObject({ code: 'forbidden-key', path: '__proto__' });
    expect(await snapshot(db)).toEqual(before);
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });

  it.each(['constructor', 'prototype'])('a nested %s key is refused', async (key) => {
    const bytes = injectIntoTerritory(`"meta":{"${key}":{"x":1}}`);
    expect(await outcome(bytes)).toMatchObject({ code: 'forbidden-key', path: key });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a hidden 1 MB extra field is refused with the table and field named', async () => {
    const bytes = handEdit(good, (_h, p) => (territory(p).notes = 'x'.repeat(1_000_000)), {
      fixChecksum: true,
    });
    expect(await outcome(bytes)).toEqual({
      code: 'unknown-field',
      table: 'territories',
      recordId: territoryId,
      path: 'notes',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('an extra field inside a nested object is named by its path', async () => {
    const bytes = handEdit(good, (_h, p) => (territory(p).name.secret = 'y'), {
      fixChecksum: true,
    });
    expect(await outcome(bytes)).toMatchObject({ code: 'unknown-field', path: 'name.secret' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a territory name padded to 50,010 characters is stored trimmed', async () => {
    const padded = `${' '.repeat(25_000)}Свердловский район${' '.repeat(24_992)}`;
    expect(padded).toHaveLength(50_010);
    const bytes = handEdit(good, (_h, p) => (territory(p).name.ru = padded), { fixChecksum: true });
    expect(await outcome(bytes)).toBe('accepted');
    expect((await db.territories.get(territoryId))?.name.ru).toBe('Свердловский район');
  });

  it('bidi control characters in a restored name are removed (it prints as typed)', async () => {
    const bytes = handEdit(good, (_h, p) => (territory(p).name.ru = 'Свердловский\u202E район'), {
      fixChecksum: true,
    });
    expect(await outcome(bytes)).toBe('accepted');
    expect((await db.territories.get(territoryId))?.name.ru).toBe('Свердловский район');
  });

  it('a territory name of 50,010 real characters is refused (limit 200)', async () => {
    const bytes = handEdit(good, (_h, p) => (territory(p).name.ru = 'Я'.repeat(50_010)), {
      fixChecksum: true,
    });
    expect(await outcome(bytes)).toMatchObject({
      code: 'invalid-record',
      table: 'territories',
      path: 'name',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['__proto__', 'forbidden-key'],
    ['constructor', 'forbidden-key'],
    ['toString', 'unknown-table'],
    ['hasOwnProperty', 'unknown-table'],
  ])('a table named %s gets the backup error %s, not a TypeError', async (name, code) => {
    const { header, payloadText } = unpack(good);
    const text = `{"tables":{"${name}":[{"id":"x"}],${payloadText.slice('{"tables":{'.length)}`;
    const counts = { ...(header.counts ?? {}) };
    Object.defineProperty(counts, name, { value: 1, enumerable: true });
    expect(await outcome(pack(header, text, { counts }))).toMatchObject({ code });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('the restore dialog’s figures come from the checked data', () => {
  it('a header announcing 4 records over many more is refused', async () => {
    const bytes = handEdit(
      good,
      (h, p) => {
        h.counts = { territories: 4 };
        for (let i = 0; i < 2000; i++)
          p.tables.audit!.push({ ...(p.tables.audit![0] as object), id: crypto.randomUUID() });
      },
      { fixChecksum: true, keepCounts: true },
    );
    expect(await outcome(bytes)).toMatchObject({ code: 'header-mismatch' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('counts and territory names are the records’, whatever the header’s list of names says', async () => {
    const bytes = handEdit(
      good,
      (h) => (h.territories = [{ id: territoryId, name: { ru: 'Ложное имя' } }]),
      { fixChecksum: true },
    );
    const { summary } = await prepareRestore(bytes);
    const held = Object.values(before).reduce((sum, rows) => sum + rows.length, 0);
    expect(summary.records).toBe(held);
    expect(summary.territories.map((t) => t.name.ru).sort()).toEqual([
      'Ленинский район',
      'Свердловский район',
    ]);
  });
});

describe('limits', () => {
  it('more records in a table than the limit: refused, naming the table', async () => {
    const limits = { ...BACKUP_LIMITS, maxRecordsPerTable: 1 };
    await expect(prepareRestore(good, { limits })).rejects.toMatchObject({
      code: 'too-many-records',
      detail: { table: 'territories', limit: 1 },
    });
  });

  it('more unpacked bytes than the limit: refused while unpacking', async () => {
    const limits = { ...BACKUP_LIMITS, maxBytes: 1024 * 1024 };
    const big = handEdit(
      good,
      (_h, p) => (territory(p).name.ru = ` ${'x'.repeat(2 * 1024 * 1024)} `),
      { fixChecksum: true },
    );
    await expect(prepareRestore(big, { limits })).rejects.toMatchObject({
      code: 'too-large',
      detail: { limit: 1 },
    });
  });
});
