/*
 * The city view's reads (issue 19, item 3): the territories imported into a workspace (marked by
 * `exchangeOrigins.workspaceId`), each read as its own screens read it — the latest priorities
 * decision, the latest study's totals, police figures, and the plan monitoring follows (the newest
 * approved version of the latest plan) with its budget and progress — then handed to the pure
 * city rules of shared/domain/city. Runs inside useLiveQuery, so the view follows new imports.
 */
import {
  cityFigures,
  type CityFigures,
  type DistrictInput,
} from '../../../shared/domain/city/figures';
import { planOutline } from '../../../shared/domain/plan-outline';
import { mergeCatalogue } from '../../../shared/domain/study/catalogue';
import { totalOf } from '../../../shared/domain/study/cube';
import { today } from '../../../shared/format';
import { pickText, type LocalizedText } from '../../../shared/localized-text';
import type { Plan, Funder } from '../../../shared/schemas/plan';
import type { Territory } from '../../../shared/schemas/territory';
import { getDb } from '../../db/database';
import { loadMonitoring } from '../../db/monitoring/records';
import { loadPlanTree } from '../../db/plans';
import { monitoringModel } from '../monitoring/model';

export interface CityData {
  workspace: Territory;
  figures: CityFigures;
  /** Problem titles by code (the catalogue). */
  problems: ReadonlyMap<string, LocalizedText>;
  funders: ReadonlyMap<string, Funder>;
}

/** The plan a district follows now: the newest approved version of its latest plan; null if none. */
export function currentPlan(plans: readonly Plan[]): Plan | null {
  const followed = new Map<string, Plan>();
  for (const plan of plans) {
    if (plan.status === 'draft') continue;
    const known = followed.get(plan.seriesId);
    if (!known || known.version < plan.version) followed.set(plan.seriesId, plan);
  }
  return (
    [...followed.values()].sort(
      (a, b) => b.startYear - a.startYear || b.updatedAt.localeCompare(a.updatedAt),
    )[0] ?? null
  );
}

async function districtPlan(territoryId: string): Promise<DistrictInput['plan']> {
  const plan = currentPlan(await getDb().plans.where('territoryId').equals(territoryId).toArray());
  if (!plan) return null;
  const [tree, records] = await Promise.all([loadPlanTree(plan.id), loadMonitoring(plan.seriesId)]);
  const model = monitoringModel(tree, records, { period: {}, weighting: 'equal', today: today() });
  return {
    id: plan.id,
    title: plan.title,
    version: plan.version,
    startYear: plan.startYear,
    endYear: plan.endYear,
    totals: planOutline(tree).totals,
    funders: [...model.byFunder].map(([funderId, f]) => ({ funderId, planned: f.planned })),
    progress: model.progress.plan,
    activities: model.counts.all,
    done: model.counts.done,
    spent: model.total.cumulative,
  };
}

/** The latest decision that chose problems: its codes in rank order and the day it was frozen. */
async function districtPriorities(territoryId: string) {
  const db = getDb();
  const latest = (await db.priorityAssessments.where('territoryId').equals(territoryId).toArray())
    .filter((a) => a.selected.length > 0)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!latest) return { priorities: [], prioritiesOn: null };
  const snapshot = (
    await db.prioritySnapshots.where('assessmentId').equals(latest.id).toArray()
  ).sort((a, b) => b.takenOn.localeCompare(a.takenOn))[0];
  const rank = new Map(snapshot?.content.rows.map((r) => [r.code, r.rank ?? Infinity]) ?? []);
  const priorities = [...latest.selected].sort(
    (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity),
  );
  return { priorities, prioritiesOn: snapshot?.takenOn ?? null };
}

/** The latest study (by period) that has respondents: its totals. */
async function districtSurvey(territoryId: string): Promise<DistrictInput['survey']> {
  const db = getDb();
  const studies = (await db.studies.where('territoryId').equals(territoryId).toArray()).sort(
    (a, b) => b.periodFrom.localeCompare(a.periodFrom),
  );
  for (const study of studies) {
    const row = await db.studyCubes.get(study.id);
    const total = row ? totalOf(row.cube) : null;
    if (total && total.n > 0) return { respondents: total.n, named: total.named };
  }
  return null;
}

async function district(territory: Territory): Promise<DistrictInput> {
  const [plan, decided, survey, police] = await Promise.all([
    districtPlan(territory.id),
    districtPriorities(territory.id),
    districtSurvey(territory.id),
    getDb().policeStats.where('territoryId').equals(territory.id).toArray(),
  ]);
  return {
    id: territory.id,
    name: territory.name,
    population: territory.population,
    ...decided,
    survey,
    police: police.map(({ period, problemCode, count }) => ({ period, problemCode, count })),
    plan,
  };
}

/** The territories imported into the workspace, by name. */
export async function importedDistricts(workspaceId: string): Promise<Territory[]> {
  const db = getDb();
  const origins = await db.exchangeOrigins.where('workspaceId').equals(workspaceId).toArray();
  const found = await db.territories.bulkGet(origins.map((o) => o.territoryId));
  return found
    .filter((t): t is Territory => Boolean(t))
    .sort((a, b) => pickText(a.name, 'ru').text.localeCompare(pickText(b.name, 'ru').text, 'ru'));
}

/** Everything the city view shows; null when the workspace is not found. */
export async function loadCity(workspaceId: string): Promise<CityData | null> {
  const db = getDb();
  const workspace = await db.territories.get(workspaceId);
  if (!workspace) return null;
  const territories = await importedDistricts(workspaceId);
  const [districts, problems, funders] = await Promise.all([
    Promise.all(territories.map(district)),
    db.problems.toArray(),
    db.funders.toArray(),
  ]);
  return {
    workspace,
    figures: cityFigures(districts),
    problems: new Map(mergeCatalogue(problems).map((p) => [p.code, p.title])),
    funders: new Map(funders.map((f) => [f.id, f])),
  };
}
