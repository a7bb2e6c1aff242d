/*
 * Every schema version, in order, over data written by the versions before it (issue 8): a database
 * created by version 1 is opened by version 2, 3, … up to the current one; at each step rows are
 * added to every table that version has, and every row written so far must still be there with
 * every field it had. Generic over SCHEMA_VERSIONS, so a new version is covered without editing
 * this file.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { territoryInput } from '../../../tests/fixtures/db';
import { KoopsuzDatabase } from '../database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './index';

/**
 * Fields an upgrade function is allowed to add or rewrite, per table, with the reason. Anything
 * not listed must survive unchanged.
 */
const REWRITTEN: Record<string, string[]> = {
  // upgradeToV2 backfills the territory of version-1 audit entries.
  audit: ['territoryId'],
};

function storesUpTo(version: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > version) break;
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) delete out[name];
      else out[name] = spec;
    }
  }
  return out;
}

/** Every key path a store definition names (primary key, indexes, parts of compound indexes). */
function keyPaths(spec: string): string[] {
  return spec
    .split(',')
    .map((part) => part.trim().replace(/^(\+\+|&|\*)/, ''))
    .flatMap((part) => (part.startsWith('[') ? part.slice(1, -1).split('+') : [part]))
    .filter(Boolean);
}

const AT = '2026-01-15T08:00:00.000Z';

/** A row for `table` that fills every indexed field with a unique value. */
function rowFor(table: string, spec: string, territoryId: string, version: number, n: number) {
  if (table === 'territories') {
    return {
      ...territoryInput(),
      id: crypto.randomUUID(),
      isSample: false,
      createdAt: AT,
      updatedAt: AT,
    };
  }
  const row: Record<string, unknown> = {
    note: `v${version} ${table} #${n} — Ж/м Ак-Өргө, ң ө ү`,
    amountTyiyn: 123_456_789 + n,
    nested: { list: [1, 2, 3], text: { ru: 'Рынок Дордой', ky: 'Дордой базары' } },
    createdAt: AT,
    updatedAt: AT,
  };
  for (const path of keyPaths(spec)) {
    row[path] = path === 'territoryId' ? territoryId : `${table}.${path}.v${version}.${n}`;
  }
  if (table === 'audit') {
    Object.assign(row, {
      at: AT,
      user: 'Айгүл',
      table: 'territories',
      recordId: territoryId,
      action: 'update',
    });
    delete row.territoryId;
    row.after = { territoryId };
  }
  return row;
}

describe('migrations from version 1 to the current one', () => {
  it('versions are listed oldest first', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('every row written by every earlier version survives every upgrade', async () => {
    const name = `migrations-${crypto.randomUUID()}`;
    const written = new Map<string, { row: Record<string, unknown>; key: unknown }[]>();
    let territoryId = '';
    for (const { version } of SCHEMA_VERSIONS) {
      const db = new KoopsuzDatabase(name, version);
      await db.open();
      expect(db.verno).toBe(version);

      // Everything written so far is still there.
      for (const [table, rows] of written) {
        if (!(table in storesUpTo(version))) continue;
        for (const { row, key } of rows) {
          const stored = (await db.table(table).get(key as string)) as
            Record<string, unknown> | undefined;
          expect(stored, `${table} ${String(key)} lost at v${version}`).toBeDefined();
          const kept = Object.fromEntries(
            Object.entries(row).filter(([field]) => !(REWRITTEN[table] ?? []).includes(field)),
          );
          expect(stored, `${table} ${String(key)} changed at v${version}`).toMatchObject(kept);
        }
      }
      if (version === 2) {
        // upgradeToV2 did its job on the version-1 audit entries.
        expect(
          await db.table('audit').where('territoryId').equals(territoryId).count(),
        ).toBeGreaterThan(0);
      }

      // This version writes a row in every table it has.
      const stores = storesUpTo(version);
      if (!territoryId) {
        const territory = rowFor('territories', stores.territories!, '', version, 0);
        await db.table('territories').add(territory);
        territoryId = territory.id as string;
        written.set('territories', [{ row: territory, key: territory.id }]);
      }
      for (const [table, spec] of Object.entries(stores)) {
        if (table === 'territories') continue;
        const row = rowFor(table, spec, territoryId, version, written.get(table)?.length ?? 0);
        const key = await db.table(table).add(row);
        written.set(table, [...(written.get(table) ?? []), { row, key }]);
      }
      db.close();
    }
    expect(SCHEMA_VERSIONS.at(-1)!.version).toBe(LATEST_VERSION);
    await Dexie.delete(name);
  });
});
