import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import { getDb } from '../../db/database';
import { findSample, loadSample, registerSampleContributor } from '../sample/sample';
import { contributeStudy } from '../study/sample';
import { contributeWorkingGroup } from '../working-group/sample';
import { contributePriorities } from './sample';

beforeEach(() => {
  freshDatabase();
});

describe('priorities sample', () => {
  it('adds ballots, five priorities decided at the latest meeting and a frozen snapshot of them', async () => {
    for (const contributor of [contributeWorkingGroup, contributeStudy, contributePriorities])
      registerSampleContributor(contributor);
    await loadSample();
    const territoryId = (await findSample())!;
    const db = getDb();
    const [assessment] = await db.priorityAssessments
      .where('territoryId')
      .equals(territoryId)
      .toArray();
    expect(assessment!.selected).toHaveLength(5);
    expect(assessment!.problemCodes).toContain('market-theft');
    const sheets = await db.priorityScoreSheets
      .where('assessmentId')
      .equals(assessment!.id)
      .toArray();
    expect(sheets.filter((s) => s.kind === 'member')).toHaveLength(5);
    const [snapshot] = await db.prioritySnapshots
      .where('assessmentId')
      .equals(assessment!.id)
      .toArray();
    expect(snapshot!.content.selected).toEqual(assessment!.selected);
    expect(snapshot!.content.rows.slice(0, 5).map((r) => r.code)).toEqual(assessment!.selected);
    const decision = await db.decisions.get(assessment!.decisionId!);
    expect(decision!.meetingId).toBe(assessment!.decisionMeetingId);
    expect(snapshot!.content.decision).toMatchObject({ meetingId: decision!.meetingId });
  });
});
