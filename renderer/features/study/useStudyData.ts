/* Live reads of the study's records (writes go through renderer/db/study/*). */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Complaint,
  ImportBatch,
  Place,
  PoliceStat,
  Study,
  SurveyResponse,
} from '../../../shared/schemas/study';
import { getDb } from '../../db/database';
import { studyResponses } from '../../db/study/responses';
import type { StudyCubeRow } from '../../db/study/rows';

/** The territory's places (retired ones too; callers filter). */
export function usePlaces(territoryId: string): Place[] | undefined {
  return useLiveQuery(async () => {
    const all = await getDb().places.where('territoryId').equals(territoryId).toArray();
    return all.sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.createdAt.localeCompare(b.createdAt),
    );
  }, [territoryId]);
}

export function useStudyCube(studyId: string | undefined): StudyCubeRow | null | undefined {
  return useLiveQuery(
    async () => (studyId ? ((await getDb().studyCubes.get(studyId)) ?? null) : null),
    [studyId],
  );
}

/** The last `limit` questionnaires of a study, newest first. */
export function useRecentResponses(
  study: Pick<Study, 'id' | 'territoryId'>,
  limit: number,
): SurveyResponse[] | undefined {
  return useLiveQuery(
    () => studyResponses(study.territoryId, study.id).reverse().limit(limit).toArray(),
    [study.territoryId, study.id, limit],
  );
}

export function usePoliceStats(territoryId: string): PoliceStat[] | undefined {
  return useLiveQuery(
    () => getDb().policeStats.where('territoryId').equals(territoryId).toArray(),
    [territoryId],
  );
}

export function useComplaints(territoryId: string): Complaint[] | undefined {
  return useLiveQuery(async () => {
    const all = await getDb().complaints.where('territoryId').equals(territoryId).toArray();
    return all.sort(
      (a, b) => b.period.localeCompare(a.period) || a.createdAt.localeCompare(b.createdAt),
    );
  }, [territoryId]);
}

export function useImportBatches(studyId: string): ImportBatch[] | undefined {
  return useLiveQuery(async () => {
    const all = await getDb().importBatches.where('studyId').equals(studyId).toArray();
    return all.sort((a, b) => b.at.localeCompare(a.at));
  }, [studyId]);
}
