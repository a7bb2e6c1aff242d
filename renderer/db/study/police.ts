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
  if (count !== null)
    validate(policeStatSchema.pick({ period: true, problemCode: true, count: true }), {
      period,
      problemCode,
      count,
    });
  await writeTransaction((ctx) => setCountIn(ctx, territoryId, period, problemCode, count));
}

/** Stores many police figures at once (an XLSX import), all or nothing, as one batch. */
export async function importPoliceCounts(
  territoryId: string,
  rows: readonly Pick<PoliceStat, 'period' | 'problemCode' | 'count'>[],
): Promise<string> {
  const batchId = crypto.randomUUID();
  const checked = rows.map((r) =>
    validate(policeStatSchema.pick({ period: true, problemCode: true, count: true }), r),
  );
  await writeTransaction(async (ctx) => {
    for (const r of checked) await setCountIn(ctx, territoryId, r.period, r.problemCode, r.count);
  }, batchId);
  return batchId;
}

export type ComplaintInput = Pick<
  Complaint,
  'period' | 'problemCode' | 'placeId' | 'kind' | 'count' | 'note'
>;

/** Records complaints/observations counted for a problem (and place) in a period. */
export async function addComplaint(territoryId: string, input: ComplaintInput): Promise<Complaint> {
  return writeTransaction((ctx) => complaints.insert(ctx, { ...input, territoryId }));
}

export async function updateComplaint(id: string, input: Partial<ComplaintInput>): Promise<void> {
  await writeTransaction((ctx) => complaints.update(ctx, id, input));
}

export async function deleteComplaint(id: string): Promise<void> {
  await writeTransaction((ctx) => complaints.remove(ctx, id));
}
