/* Police statistics (one figure per problem and period) and local-government complaints. */
import {
  complaintSchema,
  policeStatSchema,
  type Complaint,
  type PoliceStat,
} from '../../../shared/schemas/study';
import { getDb } from '../database';
import { recordWriter, validate, writeTransaction, type WriteContext } from '../repository';

const stats = recordWriter('policeStats', policeStatSchema);
const complaints = recordWriter('complaints', complaintSchema);
const policeStatFigure = policeStatSchema.pick({ period: true, problemCode: true, count: true });

async function setCountIn(
  ctx: WriteContext,
  territoryId: string,
  period: string,
  problemCode: string,
  count: number | null,
): Promise<void> {
  const existing = (
    await getDb().policeStats.where('[territoryId+period]').equals([territoryId, period]).toArray()
  ).filter((s) => s.problemCode === problemCode);
  const [first, ...extra] = existing;
  for (const e of extra) await stats.remove(ctx, e.id);
  if (count === null) {
    if (first) await stats.remove(ctx, first.id);
  } else if (first) {
    if (first.count !== count) await stats.update(ctx, first.id, { count });
  } else {
    await stats.insert(ctx, { territoryId, period, problemCode, count });
  }
}

/** Sets (or clears, with null) the registered offences of one problem in one period. */
export async function setPoliceCount(
  territoryId: string,
  period: string,
  problemCode: string,
  count: number | null,
): Promise<void> {
  if (count !== null) validate(policeStatFigure, { period, problemCode, count });
  await writeTransaction(['policeStats'], (ctx) =>
    setCountIn(ctx, territoryId, period, problemCode, count),
  );
}

/**
 * Stores many police figures at once (an XLSX import), all or nothing, as one batch with ONE audit
 * entry: figures for the same period and problem are replaced (the entry keeps the replaced ones),
 * the same figure again is left alone. Returns the batch id, or null when nothing changed.
 */
export async function importPoliceCounts(
  territoryId: string,
  rows: readonly Pick<PoliceStat, 'period' | 'problemCode' | 'count'>[],
): Promise<string | null> {
  const checked = new Map(
    rows.map((r) => {
      const figure = validate(policeStatFigure, r);
      return [`${figure.period}\u0000${figure.problemCode}`, figure] as const;
    }),
  );
  return writeTransaction(['policeStats'], async (ctx) => {
    const db = getDb();
    const stored = await db.policeStats.where('territoryId').equals(territoryId).toArray();
    const byKey = new Map<string, PoliceStat[]>();
    for (const s of stored) {
      const key = `${s.period}\u0000${s.problemCode}`;
      byKey.set(key, [...(byKey.get(key) ?? []), s]);
    }
    const changed = [...checked].filter(([key, figure]) => {
      const same = byKey.get(key);
      return !(same?.length === 1 && same[0]!.count === figure.count);
    });
    const replaced = changed.flatMap(([key]) => byKey.get(key) ?? []);
    await db.policeStats.bulkDelete(replaced.map((s) => s.id));
    const batchId = crypto.randomUUID();
    const inserted = await stats.insertMany(
      ctx,
      changed.map(([, figure]) => ({ ...figure, territoryId, batchId })),
      { batchId, replaced },
    );
    return inserted.batchId;
  });
}

export type ComplaintInput = Pick<
  Complaint,
  'period' | 'problemCode' | 'placeId' | 'kind' | 'count' | 'note'
>;

/** Records complaints/observations counted for a problem (and place) in a period. */
export async function addComplaint(territoryId: string, input: ComplaintInput): Promise<Complaint> {
  return writeTransaction(['complaints'], (ctx) =>
    complaints.insert(ctx, { ...input, territoryId }),
  );
}

/** Adds several complaints in an open transaction as one batch, with one audit entry. */
export async function addComplaintsIn(
  ctx: WriteContext,
  territoryId: string,
  inputs: readonly ComplaintInput[],
): Promise<void> {
  await complaints.insertMany(
    ctx,
    inputs.map((input) => ({ ...input, territoryId })),
  );
}

export async function updateComplaint(id: string, input: Partial<ComplaintInput>): Promise<void> {
  await writeTransaction(['complaints'], (ctx) => complaints.update(ctx, id, input));
}

export async function deleteComplaint(id: string): Promise<void> {
  await writeTransaction(['complaints'], (ctx) => complaints.remove(ctx, id));
}
