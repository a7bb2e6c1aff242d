/*
 * The sample district's draft plan (issue 7), written inside the sample transaction. Funders are
 * global: one already in the register under the same Russian name is reused, not duplicated.
 */
import {
  lineTotal,
  parseQuantity,
  sharesFromPercents,
  SOURCES,
  type Source,
} from '../../../shared/domain/budget';
import {
  PATTERNS,
  SAMPLE_FUNDERS,
  SAMPLE_PLAN,
  SAMPLE_PLAN_TITLE,
  SAMPLE_PRIORITY_CODES,
  type SampleFunderKey,
} from '../../../shared/sample/plan';
import { getDb } from '../../db/database';
import { insertFunderIn } from '../../db/funders';
import {
  activityWriter,
  lineWriter,
  objectiveWriter,
  PLAN_TABLES,
  planWriter,
  priorityWriter,
} from '../../db/plans';
import type { WriteContext } from '../../db/repository';
import type { SampleContributor } from '../sample/sample';

/** Adds the sample plan and its funders. */
async function addSamplePlan(ctx: WriteContext, territoryId: string): Promise<void> {
  const register = await getDb().funders.toArray();
  const funderIds = {} as Record<SampleFunderKey, string>;
  for (const [key, input] of Object.entries(SAMPLE_FUNDERS) as [
    SampleFunderKey,
    (typeof SAMPLE_FUNDERS)[SampleFunderKey],
  ][]) {
    funderIds[key] =
      register.find((f) => f.name.ru === input.name.ru)?.id ??
      (await insertFunderIn(ctx, input)).id;
  }
  const plan = await planWriter.insert(ctx, {
    territoryId,
    title: SAMPLE_PLAN_TITLE,
    startYear: 2026,
    endYear: 2027,
    status: 'draft',
    seriesId: crypto.randomUUID(),
    version: 1,
  });
  const scope = { territoryId, planId: plan.id };
  // Link each priority to the sample's priorities decision when that decision chose the problem.
  const decision = (
    await getDb().priorityAssessments.where('territoryId').equals(territoryId).toArray()
  ).find((a) => a.selected.length > 0);
  const priorities = await priorityWriter.insertMany(
    ctx,
    SAMPLE_PLAN.map((p, pi) => {
      const code = SAMPLE_PRIORITY_CODES[pi];
      const link =
        decision && code && decision.selected.includes(code)
          ? { priorityId: decision.id, problemCode: code }
          : {};
      return { ...scope, title: p.title, order: pi, ...link };
    }),
  );
  // Each level is one batch (one audit entry); its records come back in the order given.
  const objectiveSpecs = SAMPLE_PLAN.flatMap((p, pi) =>
    p.objectives.map((o, order) => ({ o, order, parentId: priorities.records[pi]!.id })),
  );
  const objectives = await objectiveWriter.insertMany(
    ctx,
    objectiveSpecs.map(({ o, order, parentId }) => ({
      ...scope,
      planPriorityId: parentId,
      title: o.title,
      order,
    })),
  );
  const activitySpecs = objectiveSpecs.flatMap(({ o }, i) =>
    o.activities.map((a, order) => ({ a, order, parentId: objectives.records[i]!.id })),
  );
  const activities = await activityWriter.insertMany(
    ctx,
    activitySpecs.map(({ a, order, parentId }) => ({
      ...scope,
      objectiveId: parentId,
      order,
      title: a.title,
      responsible: a.responsible,
      partners: a.partners,
      timing: { kind: 'quarters' as const, start: a.quarters[0], end: a.quarters[1] },
      indicator: a.indicator,
    })),
  );
  const lines = activitySpecs.flatMap(({ a }, i) => {
    const whose: Record<Source, SampleFunderKey> = {
      localBudget: 'district',
      business: a.funders.business ?? 'alamedin',
      donors: a.funders.donors ?? 'unodc',
      residents: a.funders.residents ?? 'akorgo',
    };
    return a.lines.map(
      ([itemRu, itemKy, unitRu, unitKy, quantity, cost, yearOffset, pattern, code], order) => {
        const quantityMilli = parseQuantity(quantity)!;
        const unitCostTyiyn = Math.round(cost * 100);
        const { inKind, ...percents } = PATTERNS[pattern];
        const shares = sharesFromPercents(lineTotal(quantityMilli, unitCostTyiyn), percents);
        return {
          ...scope,
          activityId: activities.records[i]!.id,
          order,
          item: { ru: itemRu, ky: itemKy },
          unit: { ru: unitRu, ky: unitKy },
          quantityMilli,
          unitCostTyiyn,
          year: 2026 + yearOffset,
          classificationCode: shares.localBudget > 0 ? code : undefined,
          shares,
          funderIds: Object.fromEntries(
            SOURCES.map((s) => [s, shares[s] > 0 ? [funderIds[whose[s]]] : []]),
          ) as Record<Source, string[]>,
          residentsInKind: inKind && shares.residents > 0,
        };
      },
    );
  });
  await lineWriter.insertMany(ctx, lines);
}

export const contributePlan: SampleContributor = {
  tables: ['funders', 'priorityAssessments', ...PLAN_TABLES],
  contribute: addSamplePlan,
};
