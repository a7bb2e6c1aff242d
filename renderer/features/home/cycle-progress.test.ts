import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { createTerritory } from '../../db/territories';
import '../sample/contributors';
import { findSample, loadSample } from '../sample/sample';
import { readCycleProgress } from './useCycleProgress';

beforeEach(() => {
  freshDatabase();
});

describe('home screen progress', () => {
  it("counts each step's records of the territory, and only of that territory", async () => {
    const other = await createTerritory(territoryInput({ name: { ru: 'Первомайский район' } }));
    await loadSample();
    const sample = (await findSample())!;
    // The sample district: 15 members, 2 meetings, 1,000 questionnaires, 1 fixed ranking, 1 plan.
    expect(await readCycleProgress(sample)).toEqual({
      members: 15,
      meetings: 2,
      responses: 1000,
      snapshots: 1,
      plans: 1,
    });
    expect(await readCycleProgress(other.id)).toEqual({
      members: 0,
      meetings: 0,
      responses: 0,
      snapshots: 0,
      plans: 0,
    });
  });
});
