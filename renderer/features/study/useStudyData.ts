/* Live reads of the study's records (writes go through renderer/db/study/*). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Complaint, ImportBatch, Place, PoliceStat } from '../../../shared/schemas/study';
import { getDb } from '../../db/database';
import { useProblems } from '../../db/hooks';
import type { StudyCubeRow } from '../../db/study/rows';

/** The territory's rows of `table`, live, in the order of `compare` (a fixed function). */
function useTerritoryRows<T>(
  table: 'places' | 'complaints',
  territoryId: string,
  compare: (a: T, b: T) => number,
): T[] | undefined {
  return useLiveQuery(async () => {
    const all: T[] = await getDb().table(table).where('territoryId').equals(territoryId).toArray();
    return all.sort(compare);
  }, [table, territoryId]);
}

const placeOrder = (a: Place, b: Place) =>
  a.kind.localeCompare(b.kind) || a.createdAt.localeCompare(b.createdAt);
const complaintOrder = (a: Complaint, b: Complaint) =>
  b.period.localeCompare(a.period) || a.createdAt.localeCompare(b.createdAt);

/** The territory's places (retired ones too; callers filter). */
export function usePlaces(territoryId: string): Place[] | undefined {
  return useTerritoryRows('places', territoryId, placeOrder);
}

export function useStudyCube(studyId: string | undefined): StudyCubeRow | null | undefined {
  return useLiveQuery(
    async () => (studyId ? ((await getDb().studyCubes.get(studyId)) ?? null) : null),
    [studyId],
  );
}

export function usePoliceStats(territoryId: string): PoliceStat[] | undefined {
  return useLiveQuery(
    () => getDb().policeStats.where('territoryId').equals(territoryId).toArray(),
    [territoryId],
  );
}

export function useComplaints(territoryId: string): Complaint[] | undefined {
  return useTerritoryRows('complaints', territoryId, complaintOrder);
}

export function useImportBatches(studyId: string): ImportBatch[] | undefined {
  return useLiveQuery(async () => {
    const all = await getDb().importBatches.where('studyId').equals(studyId).toArray();
    return all.sort((a, b) => b.at.localeCompare(a.at));
  }, [studyId]);
}

/**
 * What the analysis tab shows first, read while the study screen is open (not when the tab is
 * clicked), so its first figures are drawn from memory in the click's own frame (issue 18).
 */
export function useAnalysisSources(studyId: string | undefined, territoryId: string) {
  const row = useStudyCube(studyId);
  const problems = useProblems();
  const places = usePlaces(territoryId);
  const stats = usePoliceStats(territoryId);
  const complaints = useComplaints(territoryId);
  return useMemo(
    () => ({ row, problems, places, stats, complaints }),
    [row, problems, places, stats, complaints],
  );
}
export type AnalysisSources = ReturnType<typeof useAnalysisSources>;
