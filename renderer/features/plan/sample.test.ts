import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { SOURCES } from '../../../shared/domain/budget';
import { planOutline } from '../../../shared/domain/plan-outline';
import { budgetLineSchema } from '../../../shared/schemas/plan';
import type { KoopsuzDatabase } from '../../db/database';
import { loadPlanTree } from '../../db/plans';
import { writeTransaction } from '../../db/repository';
import { createTerritory, deleteTerritory } from '../../db/territories';
import { contributePlan } from './sample';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

async function load(): Promise<string> {
  const territory = await createTerritory(territoryInput());
  await writeTransaction(contributePlan.tables, (ctx) =>
    contributePlan.contribute(ctx, territory.id),
  );
  return territory.id;
}

describe('sample plan', () => {
  it('is a draft with 5 priorities, 25 activities and co-financed lines from all four sources', async () => {
    const territoryId = await load();
    const plan = (await db.plans.where('territoryId').equals(territoryId).first())!;
    const outline = planOutline(await loadPlanTree(plan.id));
    expect(plan.status).toBe('draft');
    expect(outline.priorities).toHaveLength(5);
    expect(
      outline.priorities.flatMap((p) => p.objectives.flatMap((o) => o.activities)),
    ).toHaveLength(25);
    expect(outline.rows.length).toBeGreaterThanOrEqual(50);
    for (const row of outline.rows) expect(budgetLineSchema.safeParse(row.line).success).toBe(true);
    for (const s of SOURCES) expect(outline.totals.bySource[s]).toBeGreaterThan(0);
    expect(outline.totals.unfunded).toBeGreaterThan(0);
    expect(outline.totals.inKind).toBeGreaterThan(0);
    expect(outline.byYear.every((y) => y.totals.total > 0)).toBe(true);
    expect(
      outline.rows.every((r) =>
        SOURCES.every((s) => r.line.shares[s] > 0 === r.line.funderIds[s].length > 0),
      ),
    ).toBe(true);
  });

  it('is deterministic and reuses the global funders instead of duplicating them', async () => {
    const first = await load();
    const funders = await db.funders.count();
    const totalOf = async (territoryId: string) => {
      const plan = (await db.plans.where('territoryId').equals(territoryId).first())!;
      return planOutline(await loadPlanTree(plan.id)).totals;
    };
    const before = await totalOf(first);
    await deleteTerritory(first);
    expect(await db.plans.count()).toBe(0);
    expect(await db.funders.count()).toBe(funders);
    const second = await load();
    expect(await db.funders.count()).toBe(funders);
    expect(await totalOf(second)).toEqual(before);
  });
});
