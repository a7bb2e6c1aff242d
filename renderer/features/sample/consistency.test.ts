/* The sample district agrees with itself (issue 17): its plan carries the priorities its decision chose. */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import { checkPlanPriorities } from '../../../shared/domain/plan-priorities-check';
import { mergeCatalogue } from '../../../shared/domain/study/catalogue';
import type { KoopsuzDatabase } from '../../db/database';
import './contributors';
import { findSample, loadSample } from './sample';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

describe('sample district consistency', () => {
  it('gives every plan version the priorities the priorities decision selected, linked to it', async () => {
    await loadSample();
    const territoryId = (await findSample())!;
    const [decision, ...others] = await db.priorityAssessments
      .where('territoryId')
      .equals(territoryId)
      .toArray();
    expect(others).toEqual([]);
    expect(decision!.selected).toHaveLength(5);
    const titles = new Map(
      mergeCatalogue(await db.problems.toArray()).map((p) => [p.code, p.title]),
    );
    const plans = await db.plans.where('territoryId').equals(territoryId).toArray();
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const priorities = await db.planPriorities.where('planId').equals(plan.id).toArray();
      const check = checkPlanPriorities(priorities, { selected: decision!.selected, titles });
      expect(check, `plan version ${plan.version}`).toEqual({
        missing: [],
        extra: [],
        consistent: true,
      });
      expect(new Set(priorities.map((p) => p.problemCode))).toEqual(new Set(decision!.selected));
      expect(priorities.every((p) => p.priorityId === decision!.id)).toBe(true);
    }
  }, 60_000);
});
