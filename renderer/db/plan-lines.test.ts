import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../tests/fixtures/db';
import type { BudgetLineInput } from '../../shared/schemas/plan';
import type { KoopsuzDatabase } from './database';
import { createFunder } from './funders';
import { addActivity, addLine, addObjective, addPriority, updateActivity } from './plan-items';
import { addLines, duplicateLine, setDefaultFunders } from './plan-lines';
import { approvePlan, createPlan, loadPlanTree } from './plans';
import { ValidationError } from './repository';
import { createTerritory } from './territories';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

const none = { localBudget: [], business: [], donors: [], residents: [] };
const line = (item: string, over: Partial<BudgetLineInput> = {}): BudgetLineInput => ({
  item: { ru: item },
  unit: { ru: 'шт.' },
  quantityMilli: 2_000,
  unitCostTyiyn: 150_000,
  year: 2026,
  shares: { localBudget: 100_000, business: 0, donors: 0, residents: 0 },
  funderIds: none,
  residentsInKind: false,
  ...over,
});

async function activityOfNewPlan() {
  const territoryId = (await createTerritory(territoryInput())).id;
  const plan = await createPlan(territoryId, {
    title: { ru: 'План' },
    startYear: 2026,
    endYear: 2027,
  });
  const priority = await addPriority(plan.id, { title: { ru: 'Приоритет' } });
  const objective = await addObjective(priority.id, { title: { ru: 'Задача' } });
  const activity = await addActivity(objective.id, {
    title: { ru: 'Мероприятие' },
    responsible: { ru: 'Администрация' },
    indicator: {},
  });
  return { plan, activity };
}

const items = async (planId: string) =>
  (await loadPlanTree(planId)).lines.sort((a, b) => a.order - b.order).map((l) => l.item.ru);

describe('budget entry in bulk', () => {
  it('adds pasted lines after the existing ones in one transaction with one audit entry', async () => {
    const { plan, activity } = await activityOfNewPlan();
    await addLine(activity.id, line('Первая'));
    const audit = await db.audit.count();
    const added = await addLines(activity.id, [line('А'), line('Б'), line('В')]);
    expect(added).toHaveLength(3);
    expect(await items(plan.id)).toEqual(['Первая', 'А', 'Б', 'В']);
    expect(await db.audit.count()).toBe(audit + 1);
  });

  it('writes nothing when one pasted line is refused', async () => {
    const { plan, activity } = await activityOfNewPlan();
    const outside = line('Вне периода', { year: 2031 });
    await expect(addLines(activity.id, [line('А'), outside])).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await items(plan.id)).toEqual([]);
  });

  it('duplicates a line right below itself, as a new line', async () => {
    const { plan, activity } = await activityOfNewPlan();
    const [first] = await addLines(activity.id, [line('А'), line('Б'), line('В')]);
    const copy = await duplicateLine(first!.id);
    expect(copy.id).not.toBe(first!.id);
    expect(copy.shares).toEqual(first!.shares);
    expect(await items(plan.id)).toEqual(['А', 'А', 'Б', 'В']);
  });

  it('keeps an activity’s default funders, also when the activity is edited, and refuses unknown ones', async () => {
    const { plan, activity } = await activityOfNewPlan();
    const donor = await createFunder({ name: { ru: 'УНП ООН' }, type: 'international' });
    const defaults = { ...none, donors: [donor.id] };
    await setDefaultFunders(activity.id, defaults);
    await updateActivity(activity.id, {
      title: { ru: 'Мероприятие (изменено)' },
      responsible: { ru: 'Администрация' },
      indicator: {},
    });
    expect((await db.activities.get(activity.id))!.defaultFunderIds).toEqual(defaults);
    await expect(
      setDefaultFunders(activity.id, { ...none, business: [crypto.randomUUID()] }),
    ).rejects.toThrow();
    expect((await db.activities.get(activity.id))!.defaultFunderIds).toEqual(defaults);
    await approvePlan(plan.id, {
      body: 'head',
      position: { ru: 'Глава' },
      name: { ru: 'Асанов' },
      date: '2026-01-10',
      number: '1',
    });
    await expect(setDefaultFunders(activity.id, none)).rejects.toThrow();
    await expect(addLines(activity.id, [line('После')])).rejects.toThrow();
  });
});
