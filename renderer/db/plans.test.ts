import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../tests/fixtures/db';
import { zeroShares } from '../../shared/domain/budget';
import type { BudgetLineInput } from '../../shared/schemas/plan';
import type { KoopsuzDatabase } from './database';
import { createFunder, deleteFunder } from './funders';
import {
  addActivity,
  addLine,
  addObjective,
  addPrioritiesFromDecision,
  addPriority,
  moveItem,
  removeItem,
  updateActivity,
  updateLine,
} from './plan-items';
import {
  advanceStatus,
  approvePlan,
  copyPlanFromPrevious,
  createPlan,
  loadPlanTree,
  newVersion,
  updatePlan,
} from './plans';
import { ValidationError } from './repository';
import { createTerritory } from './territories';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

const approval = {
  body: 'head' as const,
  position: { ru: 'Глава администрации' },
  name: { ru: 'Осмонова А. Т.' },
  date: '2026-02-10',
  number: '45-р',
};

function lineInput(over: Partial<BudgetLineInput> = {}): BudgetLineInput {
  return {
    item: { ru: 'Камера видеонаблюдения' },
    unit: { ru: 'шт.' },
    quantityMilli: 4_000,
    unitCostTyiyn: 2_500_000,
    year: 2026,
    shares: { localBudget: 4_000_000, business: 2_000_000, donors: 3_000_000, residents: 500_000 },
    funderIds: { localBudget: [], business: [], donors: [], residents: [] },
    residentsInKind: true,
    ...over,
  };
}

async function smallPlan() {
  const plan = await createPlan(territoryId, {
    title: { ru: 'План 2026–2027' },
    startYear: 2026,
    endYear: 2027,
  });
  const priority = await addPriority(plan.id, { title: { ru: 'Безопасность дорожного движения' } });
  const objective = await addObjective(priority.id, { title: { ru: 'Снизить число ДТП у школ' } });
  const activity = await addActivity(objective.id, {
    title: { ru: 'Установить камеры у школы № 5' },
    responsible: { ru: 'УВД Свердловского района' },
    indicator: { baseline: 12, target: 6 },
  });
  const line = await addLine(activity.id, lineInput());
  return { plan, priority, objective, activity, line };
}

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => i.message);
    throw error;
  }
  return [];
}

describe('plan repository', () => {
  it('builds a plan tree with audit entries', async () => {
    const { plan } = await smallPlan();
    const tree = await loadPlanTree(plan.id);
    expect(tree.lines).toHaveLength(1);
    expect(await db.audit.where('table').equals('budgetLines').count()).toBe(1);
  });

  it('refuses a year outside the period, shares above the total and a plan beyond 10^12 som — changing nothing', async () => {
    const { activity, plan } = await smallPlan();
    const before = await db.budgetLines.count();
    expect(await refusal(addLine(activity.id, lineInput({ year: 2028 })))).toEqual([
      'plan:errors.yearOutsidePeriod',
    ]);
    expect(
      await refusal(
        addLine(activity.id, lineInput({ shares: { ...zeroShares(), donors: 10_000_001 } })),
      ),
    ).toEqual(['plan:errors.sharesExceedTotal']);
    const huge = lineInput({
      quantityMilli: 1_000_000,
      unitCostTyiyn: 99_999_999_999_999,
      shares: zeroShares(),
    });
    expect(await refusal(addLine(activity.id, huge))).toEqual(['plan:errors.lineTooLarge']);
    // Two lines each below the limit, together beyond it: the second is refused, nothing half-written.
    const half = lineInput({
      quantityMilli: 1_000,
      unitCostTyiyn: 60_000_000_000_000,
      shares: zeroShares(),
    });
    await addLine(activity.id, half);
    expect(await refusal(addLine(activity.id, half))).toEqual(['plan:errors.planTooLarge']);
    expect(await db.budgetLines.count()).toBe(before + 1);
    expect(
      await refusal(updatePlan(plan.id, { title: { ru: 'x' }, startYear: 2027, endYear: 2027 })),
    ).toEqual(['plan:errors.linesOutsidePeriod']);
  });

  it('locks an approved plan; edits are refused with the reason', async () => {
    const { plan, activity, line, priority } = await smallPlan();
    await approvePlan(plan.id, approval);
    const auditBefore = await db.audit.count();
    expect(await refusal(addLine(activity.id, lineInput()))).toEqual(['plan:errors.locked']);
    expect(await refusal(updateLine(line.id, lineInput({ quantityMilli: 1_000 })))).toEqual([
      'plan:errors.locked',
    ]);
    expect(await refusal(moveItem('priority', priority.id, 1))).toEqual(['plan:errors.locked']);
    expect(await refusal(removeItem('activity', activity.id))).toEqual(['plan:errors.locked']);
    expect(await refusal(approvePlan(plan.id, approval))).toEqual(['plan:errors.locked']);
    expect(await db.audit.count()).toBe(auditBefore);
    expect((await advanceStatus(plan.id)).status).toBe('inProgress');
  });

  it('a new version copies everything under new ids and keeps the earlier version readable', async () => {
    const { plan } = await smallPlan();
    await approvePlan(plan.id, approval);
    expect(await refusal(newVersion(plan.id, '  ', '2026-03-01'))).toEqual(['errors:required']);
    const v2 = await newVersion(plan.id, 'Добавлены камеры на рынке «Дордой»', '2026-03-01');
    expect(v2).toMatchObject({
      version: 2,
      status: 'draft',
      seriesId: plan.seriesId,
      previousVersionId: plan.id,
    });
    const [oldTree, newTree] = await Promise.all([loadPlanTree(plan.id), loadPlanTree(v2.id)]);
    expect(oldTree.plan.supersededAt).toBeTruthy();
    expect(oldTree.plan.approval?.number).toBe('45-р');
    expect(newTree.lines).toHaveLength(1);
    expect(newTree.lines[0]!.id).not.toBe(oldTree.lines[0]!.id);
    expect(newTree.lines[0]!.activityId).toBe(newTree.activities[0]!.id);
    expect(newTree.objectives[0]!.planPriorityId).toBe(newTree.priorities[0]!.id);
    // Editing an activity or a line of the new version keeps its identity across versions.
    const [activityV2, lineV2] = [newTree.activities[0]!, newTree.lines[0]!];
    expect(activityV2.originId).toBe(oldTree.activities[0]!.id);
    const { responsible, indicator } = activityV2;
    const edited = await updateActivity(activityV2.id, {
      title: { ru: 'Камеры у школ' },
      responsible,
      indicator,
    });
    expect(edited.originId).toBe(oldTree.activities[0]!.id);
    const editedLine = await updateLine(lineV2.id, lineInput({ quantityMilli: 8_000 }));
    expect(editedLine.originId).toBe(oldTree.lines[0]!.id);
    // The new version is editable; the old one is not, even by status.
    await addLine(newTree.activities[0]!.id, lineInput());
    expect((await loadPlanTree(plan.id)).lines).toHaveLength(1);
    expect(await refusal(newVersion(plan.id, 'again', '2026-03-02'))).toEqual([
      'plan:errors.superseded',
    ]);
    expect(await refusal(advanceStatus(plan.id))).toEqual(['plan:errors.statusChange']);
  });

  it('starts a new cycle from a previous plan, moving the years', async () => {
    const { plan } = await smallPlan();
    const next = await copyPlanFromPrevious(plan.id, {
      title: { ru: 'План 2028' },
      startYear: 2028,
      endYear: 2028,
    });
    const tree = await loadPlanTree(next.id);
    expect(tree.plan).toMatchObject({ version: 1, copiedFromId: plan.id, status: 'draft' });
    expect(tree.plan.seriesId).not.toBe(plan.seriesId);
    expect(tree.lines.map((l) => l.year)).toEqual([2028]);
  });

  it('reorders by one step and removes with everything beneath', async () => {
    const { plan, priority } = await smallPlan();
    const second = await addPriority(plan.id, { title: { ky: 'Балдарга карата зомбулук' } });
    await moveItem('priority', second.id, -1);
    const order = (await db.planPriorities.where('planId').equals(plan.id).sortBy('order')).map(
      (p) => p.id,
    );
    expect(order).toEqual([second.id, priority.id]);
    await moveItem('priority', second.id, -1); // already first: nothing happens
    await removeItem('priority', priority.id);
    expect(await db.objectives.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    expect(await db.budgetLines.count()).toBe(0);
  });

  it('refuses unknown funders and deleting a funder still named', async () => {
    const { activity } = await smallPlan();
    const unodc = await createFunder({
      name: { ru: 'УНП ООН', en: 'UNODC' },
      type: 'international',
    });
    expect(
      await refusal(
        addLine(
          activity.id,
          lineInput({
            funderIds: {
              localBudget: [],
              business: [],
              donors: [crypto.randomUUID()],
              residents: [],
            },
          }),
        ),
      ),
    ).toEqual(['plan:errors.unknownFunder']);
    await addLine(
      activity.id,
      lineInput({
        funderIds: { localBudget: [], business: [], donors: [unodc.id], residents: [] },
      }),
    );
    expect(await refusal(deleteFunder(unodc.id))).toEqual(['plan:errors.funderInUse']);
  });

  it('deleting the territory deletes its plans but keeps the global funder register', async () => {
    await smallPlan();
    await createFunder({ name: { ru: 'Ассоциация бизнеса' }, type: 'business' });
    const { deleteTerritory } = await import('./territories');
    await deleteTerritory(territoryId);
    for (const table of [
      db.plans,
      db.planPriorities,
      db.objectives,
      db.activities,
      db.budgetLines,
    ]) {
      expect(await table.count()).toBe(0);
    }
    expect(await db.funders.count()).toBe(1);
  });

  it('takes the priorities chosen in the priorities decision, linked, once', async () => {
    const { plan } = await smallPlan();
    const at = '2026-01-20T08:00:00.000Z';
    const assessmentId = crypto.randomUUID();
    await db.table('priorityAssessments').add({
      id: assessmentId,
      territoryId,
      title: { ru: 'Приоритеты 2026' },
      criteria: [],
      problemCodes: ['road-safety', 'burglary', 'fraud'],
      selected: ['road-safety', 'burglary'],
      createdAt: at,
      updatedAt: at,
    });
    expect(await addPrioritiesFromDecision(plan.id, assessmentId)).toBe(2);
    expect(await addPrioritiesFromDecision(plan.id, assessmentId)).toBe(0);
    const linked = (await loadPlanTree(plan.id)).priorities.filter(
      (p) => p.priorityId === assessmentId,
    );
    expect(linked.map((p) => p.problemCode).sort()).toEqual(['burglary', 'road-safety']);
    expect(linked.every((p) => Boolean(p.title.ru))).toBe(true);
  });
});
