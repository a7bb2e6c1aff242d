/*
 * The base repository (architecture A4): every write validates with the zod schema from shared/,
 * stamps ids and timestamps, and writes an audit entry in the same transaction. Components never
 * write tables directly; feature repositories are built from these helpers.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';
import type { AuditEntry } from '../../shared/schemas/audit';
import { getDb } from './database';

/** A write the clerk caused that the data does not allow; `issues` carry i18n keys per field path. */
export class ValidationError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Validation failed: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}

/** A record that should exist does not. */
export class NotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** Parses with a zod schema; throws ValidationError with field paths instead of a ZodError. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ValidationError(
      result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  return result.data;
}

/** Now as an ISO instant. */
export function nowInstant(): string {
  return new Date().toISOString();
}

export interface WriteContext {
  user: string;
  batchId?: string;
}

/** Runs `fn` in one read-write transaction over every table: all or nothing. */
export async function writeTransaction<T>(
  fn: (ctx: WriteContext) => Promise<T>,
  batchId?: string,
): Promise<T> {
  const db = getDb();
  return db.transaction('rw', db.tables, async () => {
    const row = await db.settings.get('userName');
    const user = typeof row?.value === 'string' ? row.value : '';
    return fn({ user, batchId });
  });
}

function territoryIdOf(record: unknown): string | undefined {
  const value = (record as { territoryId?: unknown } | undefined)?.territoryId;
  return typeof value === 'string' ? value : undefined;
}

/** Adds an audit entry; call inside writeTransaction. */
export async function audit(
  ctx: WriteContext,
  entry: Pick<AuditEntry, 'table' | 'recordId' | 'action' | 'before' | 'after' | 'territoryId'>,
): Promise<void> {
  const db = getDb();
  await db.audit.add({
    id: crypto.randomUUID(),
    at: nowInstant(),
    user: ctx.user,
    ...(ctx.batchId ? { batchId: ctx.batchId } : {}),
    ...entry,
  });
}

type Stamped = { id: string; createdAt: string; updatedAt: string };

/** Table-level helpers for one record type; every method must run inside writeTransaction. */
export function recordWriter<S extends z.ZodType<Stamped>>(tableName: string, schema: S) {
  type Row = z.output<S>;
  const table = (): Table<Row, string> => getDb().table(tableName);

  return {
    /** Creates a record with a new UUID and timestamps. */
    async insert(
      ctx: WriteContext,
      input: Omit<Row, 'id' | 'createdAt' | 'updatedAt'>,
    ): Promise<Row> {
      const at = nowInstant();
      const record = validate(schema, {
        ...input,
        id: crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
      });
      await table().add(record);
      await audit(ctx, {
        table: tableName,
        recordId: record.id,
        action: 'create',
        after: record,
        territoryId: tableName === 'territories' ? record.id : territoryIdOf(record),
      });
      return record;
    },
    /** Applies a patch to an existing record. */
    async update(
      ctx: WriteContext,
      id: string,
      patch: Partial<Omit<Row, 'id' | 'createdAt'>>,
    ): Promise<Row> {
      const before = await table().get(id);
      if (!before) throw new NotFoundError(tableName, id);
      const record = validate(schema, { ...before, ...patch, id, updatedAt: nowInstant() });
      await table().put(record);
      await audit(ctx, {
        table: tableName,
        recordId: id,
        action: 'update',
        before,
        after: record,
        territoryId: tableName === 'territories' ? id : territoryIdOf(record),
      });
      return record;
    },
    /** Deletes a record; the audit entry keeps what it was. */
    async remove(ctx: WriteContext, id: string): Promise<void> {
      const before = await table().get(id);
      if (!before) throw new NotFoundError(tableName, id);
      await table().delete(id);
      await audit(ctx, {
        table: tableName,
        recordId: id,
        action: 'delete',
        before,
        territoryId: tableName === 'territories' ? id : territoryIdOf(before),
      });
    },
  };
}
