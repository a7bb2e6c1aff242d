import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError, type BackupErrorCode } from '../../shared/backup/format';
import { freshDatabase, seedAtVersion, territoryInput } from '../../tests/fixtures/db';
import { seedTwoTerritories, snapshot } from '../../tests/fixtures/backup';
import { handEdit } from '../../tests/fixtures/backup-file';
import { KoopsuzDatabase, type KoopsuzDatabase as Db } from '../db/database';
import { LATEST_VERSION } from '../db/schema';
import { updateTerritory } from '../db/territories';
import { gzip } from './codec';
import { createBackup } from './create';
import { prepareRestore, restoreAll, restoreTerritory } from './restore';

let db: Db;
beforeEach(() => {
  db = freshDatabase();
});

const noSafety = vi.fn(async () => undefined);

async function refusal(promise: Promise<unknown>): Promise<BackupErrorCode | 'accepted'> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof BackupError) return error.code;
    throw error;
  }
}

describe('backup and restore', () => {
  it('round trip: every table of the database comes back exactly, after a safety backup', async () => {
    await seedTwoTerritories(db);
    const before = await snapshot(db);
    const backup = await createBackup();
    expect(backup.name).toMatch(/^koopsuz-\d{4}-\d{2}-\d{2}-\d{6}\.koopsuz$/);
    expect(backup.header.territories).toHaveLength(2);

    const target = freshDatabase();
    await createTerritoryInTarget();
    const safety = vi.fn(async (_bytes: Uint8Array, _name: string) => undefined);
    await restoreAll(await prepareRestore(backup.bytes), safety);
    expect(await snapshot(target)).toEqual(before);
    // The safety backup holds what was there before, and is itself a valid backup.
    expect(safety).toHaveBeenCalledOnce();
    const [safetyBytes, safetyName] = safety.mock.calls[0]!;
    expect(safetyName).toMatch(/^koopsuz-safety-/);
    const safetyPrepared = await prepareRestore(safetyBytes);
    expect(safetyPrepared.header.territories.map((t) => t.name.ru)).toEqual(['Первомайский район']);
  });

  it('round trip of the sample district with every feature’s sample records', async () => {
    await import('../features/sample/contributors');
    const { loadSample } = await import('../features/sample/sample');
    await createTerritoryInTarget();
    expect(await loadSample()).toBe('loaded');
    const before = await snapshot(db);
    const backup = await createBackup();
    freshDatabase();
    await restoreAll(await prepareRestore(backup.bytes), noSafety);
    const after = await snapshot((await import('../db/database')).getDb());
    expect(after).toEqual(before);
    expect(Object.values(after).flat().length).toBeGreaterThan(10);
  }, 60_000);

  it('a backup of an older schema version is migrated by the real upgrade functions', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const territoryId = crypto.randomUUID();
    const at = '2026-01-15T08:00:00.000Z';
    await seedAtVersion(name, 1, async (old) => {
      await old.table('territories').add({
        ...territoryInput(),
        id: territoryId,
        isSample: false,
        createdAt: at,
        updatedAt: at,
      });
      await old.table('audit').add({
        id: crypto.randomUUID(),
        at,
        user: 'u',
        table: 'territories',
        recordId: territoryId,
        action: 'create',
        after: {},
      });
    });
    const old = new KoopsuzDatabase(name, 1);
    await old.open();
    const backup = await createBackup('backup', old);
    old.close();
    expect(backup.header.schemaVersion).toBe(1);

    const prepared = await prepareRestore(backup.bytes);
    await restoreAll(prepared, noSafety);
    expect(await db.territories.get(territoryId)).toMatchObject({ population: 250_000 });
    // upgradeToV2 ran: the v1 audit entry now carries its territory.
    expect(await db.audit.where('territoryId').equals(territoryId).count()).toBe(1);
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('restores one territory of several, leaving the others and the settings as they are', async () => {
    const { a, b } = await seedTwoTerritories(db);
    const prepared = await prepareRestore((await createBackup()).bytes);
    await updateTerritory(a, territoryInput({ name: { ru: 'Изменено А' } }));
    await updateTerritory(b, territoryInput({ name: { ru: 'Изменено Б' } }));
    await db.settings.put({
      key: 'userName',
      value: 'Другой',
      updatedAt: new Date().toISOString(),
    });
    const auditA = await db.audit.where('territoryId').equals(a).count();

    await restoreTerritory(prepared, a, noSafety);
    expect((await db.territories.get(a))?.name.ru).toBe('Свердловский район');
    expect((await db.territories.get(b))?.name.ru).toBe('Изменено Б');
    expect((await db.settings.get('userName'))?.value).toBe('Другой');
    // A's trail is the backup's again (one entry fewer: the later update is gone).
    expect(await db.audit.where('territoryId').equals(a).count()).toBe(auditA - 1);
    expect(await refusal(restoreTerritory(prepared, crypto.randomUUID(), noSafety))).toBe(
      'territory-missing',
    );
  });

  it('does nothing when the safety backup cannot be written', async () => {
    await seedTwoTerritories(db);
    const prepared = await prepareRestore((await createBackup()).bytes);
    await db.territories.clear();
    const before = await snapshot(db);
    const failing = vi.fn(async () => {
      throw new Error('disk full');
    });
    expect(await refusal(restoreAll(prepared, failing))).toBe('safety-failed');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a restore aborted half-way (error in the transaction) leaves the database exactly as before', async () => {
    await seedTwoTerritories(db);
    const prepared = await prepareRestore((await createBackup()).bytes);
    await updateTerritory(
      (await db.territories.toArray())[0]!.id,
      territoryInput({ name: { ru: 'После копии' } }),
    );
    const before = await snapshot(db);
    // The audit table is cleared and refilled after others: fail there, mid-way through.
    db.audit.hook('creating', () => {
      throw new Error('injected failure');
    });
    expect(await refusal(restoreAll(prepared, noSafety))).toBe('write-failed');
    expect(await snapshot(db)).toEqual(before);
    const territoryId = (await db.territories.toArray())[0]!.id;
    expect(await refusal(restoreTerritory(prepared, territoryId, noSafety))).toBe('write-failed');
    expect(await snapshot(db)).toEqual(before);
  });

  describe('refuses a bad file with its reason, changing nothing', () => {
    let good: Uint8Array;
    let before: Record<string, string[]>;
    beforeEach(async () => {
      await seedTwoTerritories(db);
      good = (await createBackup()).bytes;
      before = await snapshot(db);
    });

    const cases: [string, () => Promise<Uint8Array>, BackupErrorCode][] = [
      ['an empty file', async () => new Uint8Array(), 'empty'],
      [
        'another application’s JSON',
        async () => new TextEncoder().encode('{"version":3,"items":[]}'),
        'not-a-backup',
      ],
      [
        'another application’s JSON, gzipped',
        async () => gzip(new TextEncoder().encode('{"a":1}\n{"b":2}')),
        'not-a-backup',
      ],
      [
        'a spreadsheet',
        async () => new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]),
        'not-a-backup',
      ],
      ['a truncated file', async () => good.slice(0, Math.floor(good.length / 2)), 'corrupt'],
      ['an empty gzip', async () => gzip(new Uint8Array()), 'empty'],
      [
        'a hand-edited record (checksum kept)',
        async () =>
          handEdit(
            good,
            (_h, p) => ((p.tables.territories![0] as { population: number }).population = 1),
            { fixChecksum: false },
          ),
        'checksum',
      ],
      [
        'a record that breaks its schema',
        async () =>
          handEdit(
            good,
            (_h, p) => ((p.tables.territories![0] as { population: number }).population = -5),
            { fixChecksum: true },
          ),
        'invalid-record',
      ],
      [
        'a record without id',
        async () =>
          handEdit(good, (_h, p) => delete (p.tables.audit![0] as { id?: string }).id, {
            fixChecksum: true,
          }),
        'invalid-record',
      ],
      [
        'a record that is not an object',
        async () => handEdit(good, (_h, p) => (p.tables.audit![0] = 'x'), { fixChecksum: true }),
        'invalid-record',
      ],
      [
        'a record twice',
        async () =>
          handEdit(good, (_h, p) => p.tables.territories!.push(p.tables.territories![0]), {
            fixChecksum: true,
          }),
        'invalid-record',
      ],
      [
        'a bad setting value',
        async () =>
          handEdit(
            good,
            (_h, p) => {
              const row = p.tables.settings!.find((r) => (r as { key: string }).key === 'userName');
              (row as { value: unknown }).value = 42;
            },
            { fixChecksum: true },
          ),
        'invalid-record',
      ],
      [
        'an unknown table',
        async () => handEdit(good, (_h, p) => (p.tables.secrets = []), { fixChecksum: true }),
        'unknown-table',
      ],
      [
        'a newer schema version',
        async () =>
          handEdit(good, (h) => (h.schemaVersion = LATEST_VERSION + 1), { fixChecksum: true }),
        'newer-version',
      ],
      [
        'a newer file format',
        async () => handEdit(good, (h) => (h.format = 2), { fixChecksum: true }),
        'newer-format',
      ],
      [
        'a header without magic',
        async () => handEdit(good, (h) => delete h.magic, { fixChecksum: true }),
        'not-a-backup',
      ],
      [
        'a header with a bad date',
        async () => handEdit(good, (h) => (h.createdAt = 'yesterday'), { fixChecksum: true }),
        'corrupt',
      ],
      [
        'tables that are not a list',
        async () =>
          handEdit(good, (_h, p) => ((p.tables as Record<string, unknown>).audit = {}), {
            fixChecksum: true,
          }),
        'corrupt',
      ],
    ];

    it.each(cases)('%s', async (_label, make, code) => {
      const bytes = await make();
      const safety = vi.fn(async () => undefined);
      expect(await refusal(prepareRestore(bytes).then((p) => restoreAll(p, safety)))).toBe(code);
      expect(safety).not.toHaveBeenCalled();
      expect(await snapshot(db)).toEqual(before);
    });

    it('a flipped byte anywhere in the compressed file', async () => {
      for (const position of [12, Math.floor(good.length / 2), good.length - 6]) {
        const bytes = good.slice();
        bytes[position] = bytes[position]! ^ 0xff;
        expect(['corrupt', 'checksum', 'not-a-backup']).toContain(
          await refusal(prepareRestore(bytes)),
        );
      }
      expect(await snapshot(db)).toEqual(before);
    });
  });
});

async function createTerritoryInTarget(): Promise<void> {
  const { createTerritory } = await import('../db/territories');
  await createTerritory(territoryInput());
}
