/*
 * Merging a verified package into a city workspace (issue 19), in one transaction: the state is
 * read, decideImport says whether, planMerge says what, and the writes, the origin mark, the
 * package log and ONE audit entry land together — or, on any refusal, nothing at all.
 */
import {
  EXCHANGE_TABLES,
  exchangeKeyOf,
  ExchangeError,
  GLOBAL_EXCHANGE_TABLES,
  type ExchangeTable,
} from '../../shared/exchange/format';
import {
  decideImport,
  planMerge,
  type ImportDecision,
  type ImportState,
  type TableRows,
} from '../../shared/exchange/merge';
import { APP_VERSION } from '../backup/create';
import { getDb, territoryRecords } from '../db/database';
import { recomputeSpendingTotals } from '../db/monitoring/totals';
import { audit, nowInstant, writeTransaction } from '../db/repository';
import { LATEST_VERSION } from '../db/schema';
import type { ReadPackage } from './read-package';

type Row = Record<string, unknown>;

async function importState(pkg: ReadPackage, workspaceId: string): Promise<ImportState> {
  const db = getDb();
  const districtId = pkg.manifest.territoryId;
  const [origin, territory, workspaceOrigin, seen, trusted] = await Promise.all([
    db.exchangeOrigins.get(districtId),
    db.territories.get(districtId),
    db.exchangeOrigins.get(workspaceId),
    db.exchangePackages.get(pkg.manifest.packageId),
    db.trustedKeys.where('territoryId').equals(workspaceId).toArray(),
  ]);
  return {
    workspaceId,
    workspaceImported: Boolean(workspaceOrigin),
    appVersion: APP_VERSION,
    schemaVersion: LATEST_VERSION,
    fingerprint: pkg.fingerprint,
    trusted: trusted.map((k) => k.fingerprint),
    territory: origin
      ? { kind: 'imported', fingerprint: origin.fingerprint, sequence: origin.sequence }
      : territory
        ? { kind: 'own' }
        : { kind: 'absent' },
    seenPackage: Boolean(seen),
  };
}

const STATE_TABLES = ['territories', 'trustedKeys', 'exchangePackages', 'exchangeOrigins'] as const;
/** Derived from the merged records in the same transaction (the package does not carry them). */
const DERIVED_TABLES = ['spendingTotals'] as const;

/** What importing the package into the workspace would do: refuse, ask to trust, or apply. */
export async function decidePackage(
  pkg: ReadPackage,
  workspaceId: string,
): Promise<ImportDecision> {
  const db = getDb();
  return db.transaction('r', STATE_TABLES, async () =>
    decideImport(pkg.manifest, await importState(pkg, workspaceId)),
  );
}

/** The workspace's copy of what the package carries: the district's records, global ones by key. */
async function localRows(pkg: ReadPackage): Promise<TableRows> {
  const db = getDb();
  const out: Record<string, Row[]> = {};
  for (const table of EXCHANGE_TABLES) {
    const incoming = pkg.tables[table] ?? [];
    if (GLOBAL_EXCHANGE_TABLES.includes(table)) {
      const found = await db
        .table(table)
        .bulkGet(incoming.map((r) => String(r[exchangeKeyOf(table)])));
      out[table] = found.filter(Boolean) as Row[];
    } else if (table === 'territories') {
      const own = await db.territories.get(pkg.manifest.territoryId);
      out[table] = own ? [own as unknown as Row] : [];
    } else
      out[table] = (await territoryRecords(db, table, pkg.manifest.territoryId).toArray()) as Row[];
  }
  return out as TableRows;
}

/** A problem is one per code: the workspace keeps its own of a code the package also has. */
async function withoutKnownProblems(pkg: ReadPackage): Promise<TableRows> {
  const codes = new Set((await getDb().problems.toArray()).map((p) => p.code));
  const ids = new Set((await getDb().problems.toArray()).map((p) => p.id));
  const problems = (pkg.tables.problems ?? []).filter(
    (p) => ids.has(String(p.id)) || !codes.has(String(p.code)),
  );
  return { ...pkg.tables, problems };
}

export interface ImportResult {
  /** Records stored or removed. */
  changed: number;
  /** Whether the package's key was trusted with this import. */
  trusted: boolean;
}

/**
 * Merges a verified package into the workspace. `trust` confirms a key the workspace does not
 * trust yet (the clerk compared its fingerprint); without it such a package is refused
 * ('notTrusted'). Throws ExchangeError on any refusal; then nothing was written.
 */
export async function importPackage(
  pkg: ReadPackage,
  workspaceId: string,
  options: { trust?: boolean } = {},
): Promise<ImportResult> {
  const db = getDb();
  const { manifest } = pkg;
  return writeTransaction([...EXCHANGE_TABLES, ...STATE_TABLES, ...DERIVED_TABLES], async (ctx) => {
    const decision = decideImport(manifest, await importState(pkg, workspaceId));
    if (decision.kind === 'refuse') throw new ExchangeError(decision.code);
    if (decision.kind === 'ask-trust' && !options.trust) throw new ExchangeError('notTrusted');
    const at = nowInstant();
    if (decision.kind === 'ask-trust')
      await db.trustedKeys.add({
        id: crypto.randomUUID(),
        territoryId: workspaceId,
        fingerprint: pkg.fingerprint,
        publicKey: manifest.publicKey,
        firstTerritoryId: manifest.territoryId,
        trustedAt: at,
      });
    const plan = planMerge(await withoutKnownProblems(pkg), pkg.tombstones, await localRows(pkg));
    for (const table of Object.keys(plan.remove) as ExchangeTable[])
      await db.table(table).bulkDelete(plan.remove[table]!);
    for (const table of EXCHANGE_TABLES) {
      const rows = plan.put[table];
      if (rows) await db.table(table).bulkPut(rows);
    }
    if (plan.put.expenditures?.length || plan.remove.expenditures?.length) {
      const district = manifest.territoryId;
      const before = await db.spendingTotals.where('territoryId').equals(district).primaryKeys();
      const merged = (plan.put.expenditures ?? []).map((e) => String(e.seriesId));
      await recomputeSpendingTotals(district, [...before, ...merged]);
    }
    await db.exchangeOrigins.put({
      id: manifest.territoryId,
      territoryId: manifest.territoryId,
      workspaceId,
      fingerprint: pkg.fingerprint,
      sequence: manifest.sequence,
      packageId: manifest.packageId,
      packageCreatedAt: manifest.createdAt,
      importedAt: at,
    });
    const counts = Object.fromEntries(manifest.parts.map((p) => [p.name, p.count]));
    const logged = {
      id: manifest.packageId,
      territoryId: workspaceId,
      districtId: manifest.territoryId,
      fingerprint: pkg.fingerprint,
      sequence: manifest.sequence,
      createdAt: manifest.createdAt,
      importedAt: at,
      changed: plan.changed,
      counts,
    };
    await db.exchangePackages.add(logged);
    const trusted = decision.kind === 'ask-trust';
    await audit(ctx, {
      table: 'exchangePackages',
      territoryId: workspaceId,
      recordId: manifest.packageId,
      action: 'create',
      after: { ...logged, territoryName: manifest.territoryName, trusted },
    });
    return { changed: plan.changed, trusted };
  });
}
