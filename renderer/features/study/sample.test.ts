import { allResponses } from '../../../tests/fixtures/study';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import { cubeFromResponses } from '../../../shared/domain/study/cube';
import { problemIndicators } from '../../../shared/domain/study/indicators';
import { getDb } from '../../db/database';
import { registerSampleContributor, loadSample, findSample } from '../sample/sample';
import { contributeStudy, sampleAnswers } from './sample';

beforeEach(() => {
  freshDatabase();
});

describe('study sample', () => {
  it('is deterministic', () => {
    expect(sampleAnswers(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 50)).toEqual(
      sampleAnswers(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 50),
    );
  });

  it('loads 1,000 responses with aggregates, 8 quarters of police data and complaints', async () => {
    registerSampleContributor(contributeStudy);
    await loadSample();
    const territoryId = (await findSample())!;
    const db = getDb();
    const study = await db.studies.where('territoryId').equals(territoryId).first();
    const responses = (await allResponses(db)).filter((r) => r.studyId === study!.id);
    expect(responses).toHaveLength(1000);
    expect((await db.studyCubes.get(study!.id))!.cube).toEqual(cubeFromResponses(responses));
    const stats = await db.policeStats.where('territoryId').equals(territoryId).toArray();
    expect(new Set(stats.map((s) => s.period)).size).toBe(8);
    expect(await db.complaints.where('territoryId').equals(territoryId).count()).toBeGreaterThan(5);
    const [theft] = problemIndicators({
      codes: ['market-theft'],
      cube: (await db.studyCubes.get(study!.id))!.cube,
      policeStats: stats,
      population: 300_600,
    });
    expect(theft!.share).toBeGreaterThan(0.15);
    expect(theft!.policeRate).not.toBeNull();
  });
});
