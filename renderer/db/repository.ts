/*
 * The base repository (architecture A4): every write validates with the zod schema from shared/,
 * stamps ids and timestamps, and writes an audit entry in the same transaction. Components never
 * write tables directly; feature repositories are built from these helpers.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';
import type { AuditEntry } from '../../shared/schemas/audit';
import { getDb, type ScopedTable, type TableName, type UnscopedTable } from './database';

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

/**
 * A write to a territory imported from another office (issue 19; not "ReadOnlyError": Dexie maps that name to its own error): its records are read-only here,
 * changed only by that office's next exchange package.
 */
export class ImportedRecordError extends Error {
  constructor(readonly territoryId: string) {
    // The message is an i18n key, so a form's failure alert says it in the clerk's language.
    super('exchange:imported.readOnly');
    this.name = 'ImportedRecordError';
  }
}

/**
 * Tables every write transaction holds: each write audits, the user's name is a setting, and the
 * audit refuses writes to imported territories, marked in exchangeOrigins.
 */
const ALWAYS_WRITTEN: readonly TableName[] = ['audit', 'settings', 'exchangeOrigins'];

/**
 * Runs `fn` in one read-write transaction: all or nothing. It holds only the named tables (plus
 * audit and settings), so live queries on other tables go on while it runs — a 50,000-row import
 * blocks nothing but what it writes. `'all'` holds every table: only for deleting a territory
 * (restore keeps its own transaction). Called inside an open transaction, it joins that one, whose
 * tables must then include the named ones (Dexie refuses otherwise).
 */
export async function writeTransaction<T>(
  tables: readonly TableName[] | 'all',
  fn: (ctx: WriteContext) => Promise<T>,
  batchId?: string,
): Promise<T> {
  const db = getDb();
  const scope =
    tables === 'all' ? db.tables.map((t) => t.name) : [...new Set([...tables, ...ALWAYS_WRITTEN])];
  return db.transaction('rw', scope, async () => {
    const row = await db.settings.get('userName');
    const user = typeof row?.value === 'string' ? row.value : '';
    return fn({ user, batchId });
  });
}

type AuditFields = Pick<AuditEntry, 'recordId' | 'action' | 'before' | 'after'>;

/**
 * What an audit entry says. An entry about a territory's record carries that territory, by type:
 * deleting the territory then deletes the entry with the rest of its records.
 */
export type AuditInput = AuditFields &
  ({ table: ScopedTable; territoryId: string } | { table: UnscopedTable; territoryId?: string });

/**
 * Adds an audit entry; call inside writeTransaction. Every write audits with its territory, so
 * this is where a write to an imported territory is refused (the transaction rolls back).
 */
export async function audit(ctx: WriteContext, entry: AuditInput): Promise<void> {
  const db = getDb();
  if (entry.territoryId && (await db.exchangeOrigins.get(entry.territoryId)))
    throw new ImportedRecordError(entry.territoryId);
  await db.audit.add({
    id: crypto.randomUUID(),
    at: nowInstant(),
    user: ctx.user,
    ...(ctx.batchId ? { batchId: ctx.batchId } : {}),
    ...entry,
  });
}

export type Stamped = { id: string; createdAt: string; updatedAt: string };
/** What a caller gives for a record: everything but its identity and timestamps. */
export type RecordInput<Row> = Omit<Row, 'id' | 'createdAt' | 'updatedAt'>;

/** Rows handed to IndexedDB per step of a bulk insert (one transaction, several awaits). */
const BULK_CHUNK = 1000;
/** Chunks handed to IndexedDB and not yet written, at most. */
const WRITES_IN_FLIGHT = 3;

export interface InsertManyOptions<Row> {
  /** The batch: its id is the audit entry's recordId and batchId (default: a new UUID). */
  batchId?: string;
  /** Said in the batch's audit entry beside `count` (what was imported, from which file). */
  summary?: Record<string, unknown>;
  /** Records the batch replaces (removed by the caller in the same transaction), for the trail. */
  replaced?: unknown[];
  /**
   * A faster check for large batches: returns the parsed record, or null to fall back to the
   * schema (which then names what is wrong). It must accept only what the schema accepts.
   */
  check?: (record: Row) => Row | null;
  /** Called with each record once validated, before it is written (aggregates, fingerprints). */
  onRecord?: (record: Row) => void;
  /** Called after each chunk is handed to IndexedDB; throwing aborts the transaction. */
  onChunk?: (stored: number) => void;
}

export interface BatchResult<Row> {
  /** null when there was nothing to insert: then nothing was written, not even an audit entry. */
  batchId: string | null;
  records: Row[];
}

/** The writer of one record type; every method must run inside writeTransaction. */
export interface RecordWriter<Row extends Stamped> {
  /** Creates a record with a new UUID and timestamps. */
  insert(ctx: WriteContext, input: RecordInput<Row>): Promise<Row>;
  /**
   * Creates many records, each validated, in chunks with writes in flight, and writes ONE audit
   * entry for the batch (recordId = batch id, after = { count, ...summary }). A record that fails
   * validation throws ValidationError, which rolls the whole transaction back.
   */
  insertMany(
    ctx: WriteContext,
    inputs: Iterable<RecordInput<Row>>,
    options?: InsertManyOptions<Row>,
  ): Promise<BatchResult<Row>>;
  /** Applies a patch: the fields given change, the others stay. */
  update(ctx: WriteContext, id: string, patch: Partial<RecordInput<Row>>): Promise<Row>;
  /**
   * Replaces everything but the identity (id, createdAt) and stamps updatedAt: a field `next`
   * leaves out is cleared. `next` may be computed from the record as it is.
   */
  replace(
    ctx: WriteContext,
    id: string,
    next: RecordInput<Row> | ((before: Row) => RecordInput<Row>),
  ): Promise<Row>;
  /** Deletes a record; the audit entry keeps what it was. */
  remove(ctx: WriteContext, id: string): Promise<void>;
}

/** The writer of a territory-scoped table: its records carry their territory. */
export function recordWriter<S extends z.ZodType<Stamped & { territoryId: string }>>(
  tableName: ScopedTable,
  schema: S,
): RecordWriter<z.output<S>>;
/** The writer of a table whose records belong to no territory. */
export function recordWriter<S extends z.ZodType<Stamped>>(
  tableName: UnscopedTable,
  schema: S,
): RecordWriter<z.output<S>>;
export function recordWriter<S extends z.ZodType<Stamped>>(
  tableName: TableName,
  schema: S,
): RecordWriter<z.output<S>> {
  type Row = z.output<S>;
  const table = (): Table<Row, string> => getDb().table(tableName);
  const entry = (record: Row, fields: AuditFields): AuditInput => {
    if (tableName === 'territories') return { ...fields, table: tableName, territoryId: record.id };
    const territoryId = territoryIdOf(record);
    // (TypeScript checks a union against a discriminated union only up to 25 members: say which side.)
    if (typeof territoryId === 'string')
      return { ...fields, table: tableName as ScopedTable, territoryId };
    // The overloads make scoped records carry a territory; an unscoped table's never do.
    return { ...fields, table: tableName as UnscopedTable };
  };
  const stamp = (input: RecordInput<Row>, at: string): Row =>
    ({ ...input, id: crypto.randomUUID(), createdAt: at, updatedAt: at }) as Row;
  const existing = async (id: string): Promise<Row> => {
    const before = await table().get(id);
    if (!before) throw new NotFoundError(tableName, id);
    return before;
  };
  const write = async (ctx: WriteContext, before: Row, next: unknown): Promise<Row> => {
    const record = validate(schema, next);
    await table().put(record);
    await audit(
      ctx,
      entry(record, { recordId: before.id, action: 'update', before, after: record }),
    );
    return record;
  };

  return {
    async insert(ctx, input) {
      const record = validate(schema, stamp(input, nowInstant()));
      await table().add(record);
      await audit(ctx, entry(record, { recordId: record.id, action: 'create', after: record }));
      return record;
    },
    async insertMany(ctx, inputs, options = {}) {
      const at = nowInstant();
      const batchId = options.batchId ?? crypto.randomUUID();
      const records: Row[] = [];
      // While IndexedDB writes earlier chunks, the next one is validated and built; up to
      // WRITES_IN_FLIGHT chunks are queued, so the database never waits for this thread.
      const writing: Promise<unknown>[] = [];
      let chunk: Row[] = [];
      const flush = async () => {
        if (writing.length >= WRITES_IN_FLIGHT) await writing.shift();
        const written = table().bulkAdd(chunk);
        written.catch(() => undefined); // awaited below; a failure rolls the transaction back
        writing.push(written);
        chunk = [];
        options.onChunk?.(records.length);
      };
      for (const input of inputs) {
        const candidate = stamp(input, at);
        const record = options.check?.(candidate) ?? validate(schema, candidate);
        options.onRecord?.(record);
        records.push(record);
        chunk.push(record);
        if (chunk.length >= BULK_CHUNK) await flush();
      }
      if (chunk.length > 0) await flush();
      await Promise.all(writing);
      const first = records[0];
      if (!first) return { batchId: null, records };
      const territoryId = territoryIdOf(first);
      if (records.some((r) => territoryIdOf(r) !== territoryId))
        throw new Error(`${tableName}: one batch holds the records of one territory`);
      const replaced = options.replaced?.length ? { before: options.replaced } : {};
      const after = { count: records.length, ...options.summary };
      await audit(
        { ...ctx, batchId },
        entry(first, { recordId: batchId, action: 'create', after, ...replaced }),
      );
      return { batchId, records };
    },
    async update(ctx, id, patch) {
      const before = await existing(id);
      return write(ctx, before, { ...before, ...patch, id, updatedAt: nowInstant() });
    },
    async replace(ctx, id, next) {
      const before = await existing(id);
      const fields = typeof next === 'function' ? next(before) : next;
      const { createdAt } = before;
      return write(ctx, before, { ...fields, id, createdAt, updatedAt: nowInstant() });
    },
    async remove(ctx, id) {
      const before = await existing(id);
      await table().delete(id);
      await audit(ctx, entry(before, { recordId: id, action: 'delete', before }));
    },
  };
}

function territoryIdOf(record: unknown): unknown {
  return (record as { territoryId?: unknown }).territoryId;
}
