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
    const count = (table: string) =>
      db.table(table).where('territoryId').equals(territoryId).count();
    const [members, meetings, responses, snapshots, plans] = await Promise.all([
      count('members'),
      count('meetings'),
      count('surveyResponses'),
      count('prioritySnapshots'),
      count('plans'),
    ]);
    return { members, meetings, responses, snapshots, plans };
  }, [territoryId]);
}
