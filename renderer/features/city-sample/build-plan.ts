/*
 * A sample district's joint plan for 2026: one objective and two activities for each priority its
 * working group chose, budget lines co-financed by the district budget, a market's traders, donors
 * and residents (in kind). The donors are the programme's common register (the same ids in every
 * district), so the city sees one UNODC, not three.
 */
import { lineTotal, sharesFromPercents, SOURCES, type Source } from '../../../shared/domain/budget';
import { mergeCatalogue } from '../../../shared/domain/study/catalogue';
import {
  funderSchema,
  type BudgetLine,
  type Funder,
  type FunderInput,
} from '../../../shared/schemas/plan';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import { SAMPLE_FUNDERS } from '../../../shared/sample/plan';
import { getDb } from '../../db/database';
import {
  activityWriter,
  lineWriter,
  objectiveWriter,
  planWriter,
  priorityWriter,
} from '../../db/plans';
import { audit, nowInstant, validate, type WriteContext } from '../../db/repository';
import type { SampleDistrict } from './districts';
import { generalActivities, PLAN_TEMPLATES, type Responsible } from './plan-templates';

/** The donors' common register: fixed ids, so every district's package names the same funder. */
export const SHARED_DONORS: { id: string; input: FunderInput }[] = [
  { id: '3f6c1d2a-8b4e-4c1f-9a7d-2e5b6c7d8e01', input: SAMPLE_FUNDERS.unodc },
  { id: '3f6c1d2a-8b4e-4c1f-9a7d-2e5b6c7d8e02', input: SAMPLE_FUNDERS.osce },
];

async function sharedDonors(ctx: WriteContext): Promise<Funder[]> {
  const out: Funder[] = [];
  for (const { id, input } of SHARED_DONORS) {
    const have = await getDb().funders.get(id);
    if (have) {
      out.push(have);
      continue;
    }
    const at = nowInstant();
    const funder = validate(funderSchema, { ...input, id, createdAt: at, updatedAt: at });
    await getDb().funders.add(funder);
    await audit(ctx, { table: 'funders', recordId: id, action: 'create', after: funder });
    out.push(funder);
  }
  return out;
}

function responsibleOf(who: Responsible, of: SampleDistrict['of']): LocalizedText {
  switch (who) {
    case 'police':
      return { ru: `УВД ${of.ru}`, ky: `${of.ky} районунун ИИБи`, en: `${of.en} district police` };
    case 'admin':
      return {
        ru: `Администрация ${of.ru}`,
        ky: `${of.ky} районунун администрациясы`,
        en: `${of.en} district administration`,
      };
    case 'education':
      return {
        ru: 'Управление образования мэрии г. Бишкек',
        ky: 'Бишкек шаарынын мэриясынын билим берүү башкармалыгы',
        en: 'Bishkek education department',
      };
    case 'social':
      return {
        ru: `Управление социального развития ${of.ru}`,
        ky: `${of.ky} районунун социалдык өнүктүрүү башкармалыгы`,
        en: `${of.en} district social development office`,
      };
    case 'lcpc':
      return {
        ru: 'Общественные пункты охраны порядка района',
        ky: 'Райондун коомдук тартипти сактоо пункттары',
        en: 'The district’s crime-prevention points',
      };
  }
}

/** A line as written, with the funder named for each source. */
export interface PlannedLine {
  line: BudgetLine;
  funders: Partial<Record<Source, string>>;
}

/** Writes the draft plan over the district's chosen priorities; returns its budget lines. */
export async function addSamplePlan(
  ctx: WriteContext,
  district: SampleDistrict,
  territoryId: string,
  own: Partial<Record<Source, Funder>>,
): Promise<PlannedLine[]> {
  const db = getDb();
  const donors = await sharedDonors(ctx);
  const assessment = (
    await db.priorityAssessments.where('territoryId').equals(territoryId).toArray()
  )[0];
  const codes = assessment?.selected ?? [];
  const titles = new Map(mergeCatalogue(await db.problems.toArray()).map((p) => [p.code, p.title]));
  const plan = await planWriter.insert(ctx, {
    territoryId,
    title: {
      ru: `Совместный план по профилактике правонарушений в ${district.of.ru.replace('ого района', 'ом районе')} г. Бишкек на 2026 год`,
      ky: `Бишкек шаарынын ${district.of.ky} районунда укук бузууларды алдын алуу боюнча 2026-жылга биргелешкен план`,
      en: `Joint plan for the prevention of offences in ${district.of.en} district of Bishkek, 2026`,
    },
    startYear: 2026,
    endYear: 2026,
    status: 'draft',
    seriesId: crypto.randomUUID(),
    version: 1,
  });
  const scope = { territoryId, planId: plan.id };
  const out: PlannedLine[] = [];
  for (const [order, code] of codes.entries()) {
    const title = titles.get(code) ?? { ru: code };
    const priority = await priorityWriter.insert(ctx, {
      ...scope,
      title,
      order,
      ...(assessment ? { priorityId: assessment.id, problemCode: code } : {}),
    });
    const objective = await objectiveWriter.insert(ctx, {
      ...scope,
      planPriorityId: priority.id,
      order: 0,
      title: {
        ru: `Снизить остроту проблемы: ${title.ru ?? code}`,
        ky: `Көйгөйдүн курчтугун азайтуу: ${title.ky ?? title.ru ?? code}`,
        en: `Reduce the problem: ${title.en ?? title.ru ?? code}`,
      },
    });
    const templates = PLAN_TEMPLATES[code] ?? generalActivities(title);
    for (const [a, template] of templates.entries()) {
      const activity = await activityWriter.insert(ctx, {
        ...scope,
        objectiveId: objective.id,
        order: a,
        title: template.title,
        responsible: responsibleOf(template.who, district.of),
        timing: { kind: 'quarters', start: template.quarters[0], end: template.quarters[1] },
        indicator: {
          name: { ru: template.indicator.ru, ky: template.indicator.ky },
          baseline: template.indicator.baseline,
          target: template.indicator.target,
        },
      });
      for (const [
        l,
        [itemRu, itemKy, unitRu, unitKy, quantity, cost, percents],
      ] of template.lines.entries()) {
        // Larger districts buy more of what is counted in pieces; months stay months.
        const scale = quantity > 12 ? district.territory.population / 250_000 : 1;
        const quantityMilli = Math.max(1, Math.round(quantity * scale)) * 1000;
        const unitCostTyiyn = cost * 100;
        const shares = sharesFromPercents(
          lineTotal(quantityMilli, unitCostTyiyn),
          Object.fromEntries(SOURCES.map((s, i) => [s, percents[i]!])),
        );
        const donor = donors[(order + a) % donors.length]!;
        const whose: Record<Source, string | undefined> = {
          localBudget: own.localBudget?.id,
          business: own.business?.id,
          donors: donor.id,
          residents: own.residents?.id,
        };
        const funders = Object.fromEntries(
          SOURCES.filter((s) => shares[s] > 0 && whose[s]).map((s) => [s, whose[s]!]),
        ) as Partial<Record<Source, string>>;
        const line = await lineWriter.insert(ctx, {
          ...scope,
          activityId: activity.id,
          order: l,
          item: { ru: itemRu, ky: itemKy },
          unit: { ru: unitRu, ky: unitKy },
          quantityMilli,
          unitCostTyiyn,
          year: 2026,
          shares,
          funderIds: Object.fromEntries(
            SOURCES.map((s) => [s, funders[s] ? [funders[s]] : []]),
          ) as Record<Source, string[]>,
          residentsInKind: shares.residents > 0,
        });
        out.push({ line, funders });
      }
    }
  }
  return out;
}
