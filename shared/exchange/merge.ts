/*
 * How a city workspace takes in a district's package (issue 19): whether it may, and what changes.
 * Pure: the caller reads the workspace's state, asks decideImport, and writes planMerge's result
 * in one transaction — or nothing, when either refuses.
 *
 * Packages of one territory are ordered by the office's sequence number, never by clocks (office
 * PCs' clocks can be years off). A package is a full copy of what the district shares, plus the
 * ids of records deleted since they were first shared (tombstones): the receiver replaces what
 * changed, removes what was deleted, and keeps what it has otherwise.
 */
import {
  compareVersions,
  EXCHANGE_FORMAT,
  exchangeKeyOf,
  GLOBAL_EXCHANGE_TABLES,
  type ExchangeRefusal,
  type ExchangeTable,
  type Manifest,
  type Tombstone,
} from './format';

/** What the receiving workspace knows about the package's territory and key. */
export interface ImportState {
  /** The territory the packages are imported into (the city workspace). */
  workspaceId: string;
  /** Whether the workspace itself is an imported territory (then it cannot take packages). */
  workspaceImported: boolean;
  /** This app's version and newest schema version. */
  appVersion: string;
  schemaVersion: number;
  /** SHA-256 (hex) of the package's public key, computed by the caller from the manifest. */
  fingerprint: string;
  /** Fingerprints the workspace trusts. */
  trusted: readonly string[];
  /** The territory as the workspace has it: absent, its own, or imported under a key. */
  territory:
    | { kind: 'absent' }
    | { kind: 'own' }
    | { kind: 'imported'; fingerprint: string; sequence: number };
  /** Whether a package with this id was imported before. */
  seenPackage: boolean;
}

export type ImportDecision =
  | { kind: 'refuse'; code: ExchangeRefusal }
  /** A key the workspace has not trusted yet: ask the clerk (fingerprint shown), then apply. */
  | { kind: 'ask-trust' }
  | { kind: 'apply' };

/** Decides whether a verified package may be merged into the workspace. */
export function decideImport(manifest: Manifest, state: ImportState): ImportDecision {
  const refuse = (code: ExchangeRefusal): ImportDecision => ({ kind: 'refuse', code });
  if (
    manifest.format > EXCHANGE_FORMAT ||
    manifest.app.schema > state.schemaVersion ||
    compareVersions(manifest.app.version, state.appVersion) > 0
  )
    return refuse('newerVersion');
  if (state.workspaceImported) return refuse('readOnlyWorkspace');
  if (manifest.territoryId === state.workspaceId || state.territory.kind === 'own')
    return refuse('ownTerritory');
  if (state.territory.kind === 'imported') {
    if (state.territory.fingerprint !== state.fingerprint) return refuse('foreignKey');
    if (state.seenPackage) return refuse('alreadyImported');
    if (manifest.sequence <= state.territory.sequence) return refuse('older');
    return { kind: 'apply' };
  }
  if (state.seenPackage) return refuse('alreadyImported');
  return state.trusted.includes(state.fingerprint) ? { kind: 'apply' } : { kind: 'ask-trust' };
}

type Row = Record<string, unknown>;
export type TableRows = Partial<Record<ExchangeTable, readonly Row[]>>;

/** The writes that bring the workspace's copy of a district up to its package. */
export interface MergePlan {
  /** Records to store (new, or different from the workspace's copy), per table. */
  put: Partial<Record<ExchangeTable, Row[]>>;
  /** Keys to delete, per table (tombstoned records the workspace has). */
  remove: Partial<Record<ExchangeTable, string[]>>;
  /** Records stored and removed, over all tables. */
  changed: number;
}

/** The same JSON value, whatever the order of object keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Row)[k], (b as Row)[k]));
}

/**
 * Compares a package's records with the workspace's current copy of the district (`local`: the
 * district's records it holds, and for global tables the records with the package's keys). Global
 * records are only added where missing; a tombstone never removes a global record.
 */
export function planMerge(
  incoming: TableRows,
  tombstones: readonly Tombstone[],
  local: TableRows,
): MergePlan {
  const plan: MergePlan = { put: {}, remove: {}, changed: 0 };
  const tables = new Set([...Object.keys(incoming), ...Object.keys(local)]) as Set<ExchangeTable>;
  const dead = new Map<ExchangeTable, Set<string>>();
  for (const { table, id } of tombstones) {
    if (GLOBAL_EXCHANGE_TABLES.includes(table)) continue;
    if (!dead.has(table)) dead.set(table, new Set());
    dead.get(table)!.add(id);
  }
  for (const table of tables) {
    const key = exchangeKeyOf(table);
    const mine = new Map((local[table] ?? []).map((row) => [String(row[key]), row]));
    const global = GLOBAL_EXCHANGE_TABLES.includes(table);
    const gone = dead.get(table) ?? new Set<string>();
    const put = (incoming[table] ?? []).filter((row) => {
      const id = String(row[key]);
      if (gone.has(id)) return false;
      const have = mine.get(id);
      return global ? !have : !have || !sameValue(have, row);
    });
    const remove = [...gone].filter((id) => mine.has(id));
    if (put.length) plan.put[table] = put;
    if (remove.length) plan.remove[table] = remove;
    plan.changed += put.length + remove.length;
  }
  return plan;
}
