import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { APPROVAL, approvedPlan, cashInput, refusal } from '../../../tests/fixtures/monitoring';
import { identityKey } from '../../../shared/schemas/plan';
import type { KoopsuzDatabase } from '../database';
import { addActivity } from '../plan-items';
import { approvePlan, loadPlanTree } from '../plans';
import { createTerritory } from '../territories';
import { closureOf, saveClosure, startNextCycle, unresolvedPriorities } from './cycle';
import { addExpenditure } from './expenditures';
import { addMeasurement } from './measurements';
import { loadMonitoring } from './records';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

const NEXT = { title: { ru: 'План профилактики 2028–2029' }, startYear: 2028, endYear: 2029 };

/** The fixture's plan with a third activity (no lines), approved and monitored. */
async function monitored() {
  const fixture = await approvedPlan(territoryId, false);
  const objectiveId = fixture.activities[0]!.objectiveId;
  const lamps = await addActivity(objectiveId, {
    title: { ru: 'Освещение улиц' },
    responsible: { ru: 'Мэрия' },
    indicator: { baseline: 5, target: 30 },
  });
  await approvePlan(fixture.plan.id, APPROVAL);
  const [cameras, patrols] = fixture.activities.map(identityKey) as [string, string];
  const planId = fixture.plan.id;
  // Cameras: measured 33 at the end of June 2026, then 26 at the end of March 2027 (the latest).
  await addMeasurement(planId, cameras, { date: '2026-06-30', value: 33, source: 'police' });
  await addMeasurement(planId, cameras, { date: '2027-03-31', value: 26, source: 'police' });
  await addMeasurement(planId, cameras, { date: '2026-12-31', value: 29, source: 'police' });
  await addExpenditure(planId, fixture.lines[0]!.id, cashInput(fixture.funders.district));
  return { ...fixture, keys: { cameras, patrols, lamps: identityKey(lamps) } };
}

describe('closing a cycle', () => {
  it('starts the next cycle: continued and modified activities, their lines without expenditures, the last measured values as baselines', async () => {
    const { plan, keys, lines } = await monitored();
    await saveClosure(plan.id, {
      decisions: [
        { activityKey: keys.cameras, decision: 'continue' },
        { activityKey: keys.patrols, decision: 'modify', reason: 'Патрули и по выходным' },
        { activityKey: keys.lamps, decision: 'stop', reason: 'Сделано мэрией' },
      ],
      lessons: 'Закупки начинать в первом квартале.',
      unresolvedKeys: ['title:Кражи на рынке'],
    });
    const next = await startNextCycle(plan.id, NEXT);
    expect(next).toMatchObject({ status: 'draft', version: 1, copiedFromId: plan.id });
    expect(next.seriesId).not.toBe(plan.seriesId);
    const tree = await loadPlanTree(next.id);
    const titles = tree.activities.map((a) => a.title.ru).sort();
    expect(titles).toEqual(['Камеры на рынке', 'Совместные патрули']);
    const cameras = tree.activities.find((a) => a.title.ru === 'Камеры на рынке')!;
    const patrols = tree.activities.find((a) => a.title.ru === 'Совместные патрули')!;
    expect(cameras.indicator).toEqual({ baseline: 26, target: 20 });
    // No measurement: the old baseline stays. The modification's reason is in the notes.
    expect(patrols.indicator).toEqual({ baseline: 40, target: 20 });
    expect(patrols.notes).toBe('Патрули и по выходным');
    // New identities; every line of the continued activities, amounts equal, years moved by two.
    expect(tree.activities.every((a) => a.originId === undefined)).toBe(true);
    const summary = (l: (typeof lines)[number]) => [l.item.ru, l.unitCostTyiyn, l.shares, l.year];
    expect(tree.lines.map(summary).sort()).toEqual(
      lines
        .map((l) => ({ ...l, year: l.year + 2 }))
        .map(summary)
        .sort(),
    );
    expect((await loadMonitoring(next.seriesId)).expenditures).toEqual([]);
    expect((await loadMonitoring(plan.seriesId)).expenditures).toHaveLength(1);
    expect(tree.priorities).toHaveLength(1);
    // The closure points to the draft and is read-only from then on.
    const closure = (await closureOf(plan.seriesId))!;
    expect(closure.nextPlanId).toBe(next.id);
    expect(await refusal(() => startNextCycle(plan.id, NEXT))).toEqual([
      'nextPlanId: assessment:errors.cycleClosed',
    ]);
    expect(
      await refusal(() => saveClosure(plan.id, { decisions: [], unresolvedKeys: [] })),
    ).toEqual(['nextPlanId: assessment:errors.cycleClosed']);
    expect(await unresolvedPriorities(territoryId)).toEqual([
      {
        seriesId: plan.seriesId,
        priorities: [{ key: 'title:Кражи на рынке', title: { ru: 'Кражи на рынке' } }],
      },
    ]);
  });

  it('refuses to start before the closure is recorded, or inside the old period — writing nothing', async () => {
    const { plan } = await monitored();
    const plans = await db.plans.count();
    const audit = await db.audit.count();
    expect(await refusal(() => startNextCycle(plan.id, NEXT))).toEqual([
      'decisions: assessment:errors.closeFirst',
    ]);
    await saveClosure(plan.id, { decisions: [], unresolvedKeys: [] });
    const afterClosure = await db.audit.count();
    expect(afterClosure).toBe(audit + 1);
    expect(
      await refusal(() => startNextCycle(plan.id, { ...NEXT, startYear: 2027, endYear: 2028 })),
    ).toEqual(['startYear: assessment:errors.nextStartsAfter']);
    expect(await db.plans.count()).toBe(plans);
    expect(await db.audit.count()).toBe(afterClosure);
  });

  it('refuses a decision for an activity of another plan, twice the same, a stop without reason, an unknown priority', async () => {
    const { plan, keys } = await monitored();
    const other = await approvedPlan(territoryId);
    const foreign = identityKey(other.activities[0]!);
    expect(
      await refusal(() =>
        saveClosure(plan.id, {
          decisions: [{ activityKey: foreign, decision: 'continue' }],
          unresolvedKeys: [],
        }),
      ),
    ).toEqual(['activityKey: monitoring:errors.activityNotInPlan']);
    const twice = { activityKey: keys.cameras, decision: 'continue' as const };
    expect(
      await refusal(() => saveClosure(plan.id, { decisions: [twice, twice], unresolvedKeys: [] })),
    ).toEqual(['decisions.1.activityKey: assessment:errors.decisionTwice']);
    expect(
      await refusal(() =>
        saveClosure(plan.id, {
          decisions: [{ activityKey: keys.cameras, decision: 'stop' }],
          unresolvedKeys: [],
        }),
      ),
    ).toEqual(['decisions.0.reason: assessment:errors.reasonRequired']);
    expect(
      await refusal(() => saveClosure(plan.id, { decisions: [], unresolvedKeys: ['title:Нет'] })),
    ).toEqual(['unresolvedKeys.0: assessment:errors.priorityNotInPlan']);
    expect(await db.cycleClosures.count()).toBe(0);
  });
});
