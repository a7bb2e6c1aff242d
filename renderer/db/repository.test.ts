/*
 * The base repository: replace clears what it is not given, a bulk insert validates every record
 * and writes ONE audit entry, a write transaction holds only the tables it names, and an audit
 * entry about a territory's record carries the territory.
 */
import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, territoryInput } from '../../tests/fixtures/db';
import { placeSchema } from '../../shared/schemas/study';
import {
  territoryScopedTables,
  UNSCOPED_TABLES,
  type KoopsuzDatabase,
  type TableName,
} from './database';
import { recordWriter, ValidationError, writeTransaction, type AuditInput } from './repository';
import { addPlace } from './study/catalogue';
import { createTerritory } from './territories';
import { addMember, saveWorkingGroup, updateMember } from './working-group';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});
afterEach(() => {
  vi.useRealTimers();
});

const places = recordWriter('places', placeSchema);
const place = (n: number) => ({
  territoryId,
  kind: 'market' as const,
  name: { ru: `Рынок ${n}` },
  retired: false,
});

describe('replace', () => {
  it('clears an optional field the new version leaves out, keeps id and createdAt, audits both', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
    const group = await saveWorkingGroup(territoryId, { name: { ru: 'Рабочая группа' } });
    const input = {
      fullName: 'Асанова Чолпон',
      position: { ru: 'Председатель' },
      organisation: { ru: 'ОО «Гражданский союз»' },
      orgType: 'civil-society' as const,
      phone: '+996 555 00 11 22',
    };
    const member = await addMember(group.id, input);
    vi.setSystemTime(new Date('2026-03-02T08:00:00Z'));
    const { phone: _phone, ...withoutPhone } = input;
    const saved = await updateMember(member.id, withoutPhone);

    const stored = (await db.members.get(member.id))!;
    expect(stored.phone).toBeUndefined();
    expect(stored).toMatchObject({ id: member.id, groupId: group.id, active: true, territoryId });
    expect(stored.createdAt).toBe('2026-03-01T08:00:00.000Z');
    expect(stored.updatedAt).toBe('2026-03-02T08:00:00.000Z');
    expect(saved).toEqual(stored);
    const entry = await db.audit
      .where('recordId')
      .equals(member.id)
      .filter((e) => e.action === 'update')
      .first();
    expect(entry).toMatchObject({ territoryId, before: { phone: '+996 555 00 11 22' } });
    expect(entry?.after).not.toHaveProperty('phone');
  });

  it('refuses a replacement the schema does not allow and keeps the record as it was', async () => {
    const added = await addPlace(territoryId, { kind: 'market', name: { ru: 'Ошский рынок' } });
    await expect(
      writeTransaction(['places'], (ctx) =>
        places.replace(ctx, added.id, { ...place(1), kind: 'volcano' as 'market' }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.places.get(added.id)).toEqual(added);
  });
});

describe('insertMany', () => {
  it('stores every record with ONE audit entry for the batch', async () => {
    const result = await writeTransaction(['places'], (ctx) =>
      places.insertMany(
        ctx,
        Array.from({ length: 2500 }, (_, i) => place(i)),
        { summary: { source: 'test' } },
      ),
    );
    expect(result.records).toHaveLength(2500);
    expect(await db.places.count()).toBe(2500);
    expect(new Set(result.records.map((r) => r.id)).size).toBe(2500);
    const entries = await db.audit.where('table').equals('places').toArray();
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'create',
        recordId: result.batchId,
        batchId: result.batchId,
        territoryId,
        after: { count: 2500, source: 'test' },
      }),
    ]);
  });

  it('refuses the whole batch when one record is invalid: no record, no audit entry', async () => {
    const audited = await db.audit.count();
    const inputs = [place(1), place(2), { ...place(3), name: { ru: '' } }, place(4)];
    const error = await writeTransaction(['places'], (ctx) => places.insertMany(ctx, inputs)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(await db.places.count()).toBe(0);
    expect(await db.audit.count()).toBe(audited);
  });

  it('writes nothing, not even an audit entry, for an empty batch', async () => {
    const audited = await db.audit.count();
    const result = await writeTransaction(['places'], (ctx) => places.insertMany(ctx, []));
    expect(result).toEqual({ batchId: null, records: [] });
    expect(await db.audit.count()).toBe(audited);
  });
});

describe('write transactions', () => {
  it('hold exactly the named tables plus audit, settings and the origin marks', async () => {
    const names = await writeTransaction(['plans', 'planPriorities'], async () =>
      [...Dexie.currentTransaction.storeNames].sort(),
    );
    expect(names).toEqual(['audit', 'exchangeOrigins', 'planPriorities', 'plans', 'settings']);
    const all = await writeTransaction('all', async () => Dexie.currentTransaction.storeNames);
    expect([...all].sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  /** The order in which a long write on plans and a live query of territories finish. */
  async function raceWith(tables: readonly TableName[] | 'all'): Promise<string[]> {
    const finished: string[] = [];
    let answered!: Promise<void>;
    await writeTransaction(tables, async () => {
      await db.plans.put({ id: 'p0' } as never);
      // Started once the write holds its tables, outside its transaction, as the page would.
      answered = Dexie.ignoreTransaction(
        () =>
          new Promise<void>((resolve) => {
            const subscription = liveQuery(() => db.territories.count()).subscribe((count) => {
              finished.push(`query ${count}`);
              subscription.unsubscribe();
              resolve();
            });
          }),
      );
      for (let i = 1; i < 300; i += 1) await db.plans.put({ id: `p${i}` } as never);
      finished.push('write');
    });
    await answered;
    return finished;
  }

  it('let a live query on an untouched table answer while a long write runs', async () => {
    expect(await raceWith(['plans'])).toEqual(['query 1', 'write']);
    // The same query waits for the write when the write holds every table.
    expect(await raceWith('all')).toEqual(['write', 'query 1']);
  });
});

describe('territory scope', () => {
  it('UNSCOPED_TABLES are exactly the tables without a territory index', () => {
    const scoped = territoryScopedTables(db);
    const unscoped = db.tables.map((t) => t.name).filter((name) => !scoped.includes(name));
    expect(unscoped.sort()).toEqual([...UNSCOPED_TABLES].sort());
  });

  it('an audit entry about a scoped table must name its territory (checked by the type checker)', () => {
    const scoped: AuditInput = { table: 'studies', recordId: 'x', action: 'delete', territoryId };
    // @ts-expect-error: an entry about a study without its territory does not compile
    const unscoped: AuditInput = { table: 'studies', recordId: 'x', action: 'delete' };
    const global: AuditInput = { table: 'funders', recordId: 'x', action: 'delete' };
    expect([scoped, unscoped, global].map((e) => e.table)).toEqual([
      'studies',
      'studies',
      'funders',
    ]);
  });
});
