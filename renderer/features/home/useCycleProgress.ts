import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';

/** How far the territory is in each step of the cycle: counts the home screen shows. */
export interface CycleProgress {
  members: number;
  meetings: number;
  responses: number;
  snapshots: number;
  plans: number;
}

/** Live counts of the territory's records per step (index counts: cheap even for 50,000 rows). */
export function useCycleProgress(territoryId: string): CycleProgress | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const tables = ['members', 'meetings', 'surveyResponses', 'prioritySnapshots', 'plans'];
    // One read transaction for the five counts (the home screen re-runs them on every change).
    const [members, meetings, responses, snapshots, plans] = await db.transaction('r', tables, () =>
      Promise.all(
        tables.map((table) => db.table(table).where('territoryId').equals(territoryId).count()),
      ),
    );
    return {
      members: members!,
      meetings: meetings!,
      responses: responses!,
      snapshots: snapshots!,
      plans: plans!,
    };
  }, [territoryId]);
}
