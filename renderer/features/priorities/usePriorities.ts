/* Live reads for priority setting (writes go through renderer/db/priorities.ts). */
import { useLiveQuery } from 'dexie-react-hooks';
import { problemIndicators, type ProblemIndicators } from '../../../shared/domain/study/indicators';
import type { Assessment, PrioritySnapshot, ScoreSheet } from '../../../shared/schemas/priorities';
import type { Territory } from '../../../shared/schemas/territory';
import type { Decision, Meeting, Member } from '../../../shared/schemas/working-group';
import { getDb } from '../../db/database';

/** The territory's assessments, newest first. */
export function useAssessments(territoryId: string): Assessment[] | undefined {
  return useLiveQuery(async () => {
    const all = await getDb()
      .priorityAssessments.where('territoryId')
      .equals(territoryId)
      .toArray();
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [territoryId]);
}

/** The assessment's rows of `table`, live, in the order of `compare` (a fixed function). */
function useAssessmentRows<T>(
  table: 'priorityScoreSheets' | 'prioritySnapshots',
  assessmentId: string | undefined,
  compare: (a: T, b: T) => number,
): T[] | undefined {
  return useLiveQuery(async () => {
    if (!assessmentId) return [];
    const all: T[] = await getDb()
      .table(table)
      .where('assessmentId')
      .equals(assessmentId)
      .toArray();
    return all.sort(compare);
  }, [table, assessmentId]);
}

/** Consensus first, then ballots in the order typed. */
const sheetOrder = (a: ScoreSheet, b: ScoreSheet) =>
  Number(a.kind === 'member') - Number(b.kind === 'member') ||
  a.createdAt.localeCompare(b.createdAt);
const newestFirst = (a: PrioritySnapshot, b: PrioritySnapshot) =>
  b.createdAt.localeCompare(a.createdAt);

export function useSheets(assessmentId: string | undefined): ScoreSheet[] | undefined {
  return useAssessmentRows('priorityScoreSheets', assessmentId, sheetOrder);
}

export function useSnapshots(assessmentId: string | undefined): PrioritySnapshot[] | undefined {
  return useAssessmentRows('prioritySnapshots', assessmentId, newestFirst);
}

/** The working group's meetings, decisions and members (empty when that feature holds none). */
export function useGroupRecords(
  territoryId: string,
): { meetings: Meeting[]; decisions: Decision[]; members: Member[] } | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [meetings, decisions, members] = await Promise.all([
      db.meetings.where('territoryId').equals(territoryId).toArray(),
      db.decisions.where('territoryId').equals(territoryId).toArray(),
      db.members.where('territoryId').equals(territoryId).toArray(),
    ]);
    return {
      meetings: meetings.sort((a, b) => b.date.localeCompare(a.date)),
      decisions,
      members: members.filter((m) => m.active),
    };
  }, [territoryId]);
}

export interface StudyEvidence {
  indicators: ProblemIndicators[];
  hasComplaintData: boolean;
}

/** Reads the study evidence of `codes` (survey cube of the chosen study, police figures, complaints). */
export async function loadEvidence(
  territory: Territory,
  studyId: string | undefined,
  codes: readonly string[],
): Promise<StudyEvidence> {
  const db = getDb();
  const [cubeRow, policeStats, complaints] = await Promise.all([
    studyId ? db.studyCubes.get(studyId) : undefined,
    db.policeStats.where('territoryId').equals(territory.id).toArray(),
    db.complaints.where('territoryId').equals(territory.id).toArray(),
  ]);
  return {
    indicators: problemIndicators({
      codes,
      cube: cubeRow?.cube,
      policeStats,
      complaints,
      population: territory.population,
    }),
    hasComplaintData: complaints.length > 0,
  };
}

/** Live study evidence for an assessment's ballot. */
export function useEvidence(
  territory: Territory,
  studyId: string | undefined,
  codes: readonly string[] | undefined,
): StudyEvidence | undefined {
  const key = codes?.join(',') ?? '';
  return useLiveQuery(
    async () => (codes ? loadEvidence(territory, studyId, codes) : undefined),
    // codes are compared by content (key).
    [territory.id, territory.population, studyId, key],
  );
}
