import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, territoryRecords } from '../../db/database';

/** How far the territory is in each step of the cycle: counts the home screen shows. */
export interface CycleProgress {
  members: number;
  meetings: number;
  responses: number;
  snapshots: number;
  plans: number;
}

/** Counts of the territory's records per step (index counts: cheap even for 50,000 rows). */
export async function readCycleProgress(territoryId: string): Promise<CycleProgress> {
  const db = getDb();
  const tables = ['members', 'meetings', 'surveyResponses', 'prioritySnapshots', 'plans'];
  // One read transaction for the five counts (the home screen re-runs them on every change).
  const [members, meetings, responses, snapshots, plans] = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => territoryRecords(db, table, territoryId).count())),
  );
  return {
    members: members!,
    meetings: meetings!,
    responses: responses!,
    snapshots: snapshots!,
    plans: plans!,
  };
}

/** The same counts, live. */
export function useCycleProgress(territoryId: string): CycleProgress | undefined {
  return useLiveQuery(() => readCycleProgress(territoryId), [territoryId]);
}
