import type { Transaction } from 'dexie';
import { spendingCells } from '../../../shared/domain/monitoring/spending-totals';
import type { Expenditure, SpendingTotalsRow } from '../../../shared/schemas/monitoring';
import { SCHEMA_V12 } from './v12-response-chunks';

/**
 * Schema version 13 (issue 15 bench goal; provisional until it lands on main): each plan series'
 * spending summed per line, source, funder, cash or in kind and quarter (`spendingTotals`, one
 * record per series, kept in the same transaction as every expenditure write) so the monitoring
 * and home screens read one record instead of every expenditure; and expenditures indexed by
 * series and line, so a line's expenditures are read when its row is opened.
 */
export const SCHEMA_V13 = Object.freeze({
  ...SCHEMA_V12,
  expenditures: 'id, territoryId, seriesId, [seriesId+lineKey]',
  spendingTotals: 'seriesId, territoryId',
});

/** A stored row that is an expenditure as far as the sums go (a hand-made row may not be). */
const summable = (e: Partial<Expenditure>): e is Expenditure =>
  typeof e.seriesId === 'string' &&
  typeof e.territoryId === 'string' &&
  typeof e.lineKey === 'string' &&
  typeof e.source === 'string' &&
  typeof e.date === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(e.date) &&
  Number.isSafeInteger(e.amountTyiyn);

/** The totals of every series that has expenditures, summed from them. */
export async function upgradeToV13(tx: Transaction): Promise<void> {
  const expenditures = await tx.table<Partial<Expenditure>>('expenditures').toArray();
  const bySeries = new Map<string, Expenditure[]>();
  for (const e of expenditures) {
    if (!summable(e)) continue;
    const list = bySeries.get(e.seriesId);
    if (list) list.push(e);
    else bySeries.set(e.seriesId, [e]);
  }
  const at = new Date().toISOString();
  const rows: SpendingTotalsRow[] = [...bySeries].map(([seriesId, list]) => ({
    seriesId,
    territoryId: list[0]!.territoryId,
    ...spendingCells(list),
    updatedAt: at,
  }));
  await tx.table<SpendingTotalsRow>('spendingTotals').bulkPut(rows);
}
