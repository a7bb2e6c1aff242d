import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../tests/fixtures/db';
import type { KoopsuzDatabase } from './database';
import { ValidationError, writeTransaction } from './repository';
import { getSetting, setSetting } from './settings';
import { createTerritory, deleteTerritory, updateTerritory } from './territories';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

async function expectIssue(promise: Promise<unknown>, path: string, message: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues).toContainEqual({ path, message });
}

describe('territories', () => {
  it('creates a territory with a UUID, timestamps, an audit entry and makes it current', async () => {
    await setSetting('userName', 'Айгүл');
    const t = await createTerritory(territoryInput());
    expect(t.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.createdAt).toBe(t.updatedAt);
    expect(await getSetting('currentTerritoryId')).toBe(t.id);
    const entries = await db.audit.where('recordId').equals(t.id).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'create',
      table: 'territories',
      user: 'Айгүл',
      territoryId: t.id,
    });
  });

  it('refuses an empty name, a 500-character name, a negative or non-numeric population; saves nothing', async () => {
    await expectIssue(
      createTerritory(territoryInput({ name: { ru: '  ' } })),
      'name',
      'errors:required',
    );
    await expectIssue(
      createTerritory(territoryInput({ name: { ru: 'Ж'.repeat(500) } })),
      'name',
      'errors:tooLong',
    );
    await expectIssue(
      createTerritory(territoryInput({ population: -5 })),
      'population',
      'errors:positive',
    );
    await expectIssue(
      createTerritory(territoryInput({ population: Number.NaN })),
      'population',
      'errors:notANumber',
    );
    await expectIssue(
      createTerritory(territoryInput({ population: 12.5 })),
      'population',
      'errors:wholeNumber',
    );
    expect(await db.territories.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('records before and after on update', async () => {
    const t = await createTerritory(territoryInput());
    await updateTerritory(t.id, territoryInput({ population: 260_000 }));
    const update = await db.audit
      .where({ recordId: t.id })
      .filter((e) => e.action === 'update')
      .first();
    expect(update?.before).toMatchObject({ population: 250_000 });
    expect(update?.after).toMatchObject({ population: 260_000 });
  });

  it('rolls back every write of a transaction that fails half-way', async () => {
    await expect(
      writeTransaction(['territories'], async (ctx) => {
        await db.territories.add({
          ...territoryInput(),
          id: crypto.randomUUID(),
          isSample: false,
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        });
        void ctx;
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await db.territories.count()).toBe(0);
  });

  it('deletes a territory with its scoped records and nothing else', async () => {
    const keep = await createTerritory(territoryInput());
    const gone = await createTerritory(territoryInput({ name: { ru: 'Ленинский район' } }));
    await deleteTerritory(gone.id);
    expect((await db.territories.toArray()).map((t) => t.id)).toEqual([keep.id]);
    expect(await db.audit.where('territoryId').equals(keep.id).count()).toBeGreaterThan(0);
    expect(await db.audit.where('territoryId').equals(gone.id).count()).toBe(0);
    expect(await getSetting('currentTerritoryId')).toBe(keep.id);
  });
});
