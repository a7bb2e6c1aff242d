import type { Transaction } from 'dexie';
import { SCHEMA_V1 } from './v1-territories';

/**
 * Schema version 2 (shipped — never edit): audit entries are indexed by territory and batch, so a
 * territory's history can be listed and deleted with it, and an import can be undone as one batch.
 */
export const SCHEMA_V2 = Object.freeze({
  ...SCHEMA_V1,
  audit: 'id, at, table, recordId, territoryId, batchId',
});

type AuditRow = {
  table: string;
  recordId: string;
  territoryId?: string;
  before?: unknown;
  after?: unknown;
};

function territoryOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'territoryId' in value) {
    const id = (value as { territoryId: unknown }).territoryId;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

/** Version 1 entries carry no territoryId: take it from the record they describe. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<AuditRow>('audit')
    .toCollection()
    .modify((entry) => {
      if (entry.territoryId) return;
      const territoryId =
        entry.table === 'territories'
          ? entry.recordId
          : (territoryOf(entry.after) ?? territoryOf(entry.before));
      if (territoryId) entry.territoryId = territoryId;
    });
}
