/*
 * A series' spending totals (shared/domain/monitoring/spending-totals): one `spendingTotals`
 * record per series, changed in the same transaction as every expenditure write (the writes
 * here run inside the caller's transaction, which must hold both tables), read by the monitoring
 * and home screens instead of every expenditure.
 */
import {
  applyToCells,
  emptyCells,
  spendingCells,
  type SpendingCells,
} from '../../../shared/domain/monitoring/spending-totals';
import type { Expenditure } from '../../../shared/schemas/monitoring';
import { getDb, type TableName } from '../database';
import { nowInstant } from '../repository';

/** The tables an expenditure write holds. */
export const SPENDING_TABLES = ['expenditures', 'spendingTotals'] as const satisfies TableName[];

/** The series' sums (empty when it has spent nothing). */
export async function spendingTotalsOf(seriesId: string): Promise<SpendingCells> {
  const row = await getDb().spendingTotals.get(seriesId);
  return row ? { keys: row.keys, amounts: row.amounts, counts: row.counts } : emptyCells();
}

async function store(scope: { seriesId: string; territoryId: string }, cells: SpendingCells) {
  const db = getDb();
  if (cells.keys.length === 0) await db.spendingTotals.delete(scope.seriesId);
  else
    await db.spendingTotals.put({
      seriesId: scope.seriesId,
      territoryId: scope.territoryId,
      ...cells,
      updatedAt: nowInstant(),
    });
}

/** Takes `before` out of its series' sums and adds `after` (either may be absent). */
export async function changeSpendingTotals(
  before: Expenditure | undefined,
  after: Expenditure | undefined,
): Promise<void> {
  const scope = after ?? before;
  if (!scope) return;
  if (before && after && before.seriesId !== after.seriesId)
    throw new Error('an expenditure stays in its series');
  const changes = [
    ...(before ? [{ record: before, sign: -1 as const }] : []),
    ...(after ? [{ record: after, sign: 1 as const }] : []),
  ];
  await store(scope, applyToCells(await spendingTotalsOf(scope.seriesId), changes));
}

/** Sums the series' expenditures afresh (after a bulk write: an exchange import). */
export async function recomputeSpendingTotals(territoryId: string, seriesIds: Iterable<string>) {
  const db = getDb();
  for (const seriesId of new Set(seriesIds)) {
    const list = await db.expenditures.where('seriesId').equals(seriesId).toArray();
    await store({ seriesId, territoryId }, spendingCells(list));
  }
}
