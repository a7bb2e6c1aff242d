/*
 * What a district shares of one territory (issue 19), read in one transaction: the territory, its
 * working group (people's contacts only if chosen), studies with their aggregates (questionnaires
 * only if chosen), police figures, priorities decisions and snapshots, plans (drafts only if
 * chosen) with their budgets and monitoring, and the funders and problems they refer to.
 */
import type { ExchangeOptions, ExchangeTable } from '../../shared/exchange/format';
import type { TableRows } from '../../shared/exchange/merge';
import { getDb, territoryRecords } from '../db/database';
import { territoryChunkResponses } from '../db/study/response-chunks';

type Row = Record<string, unknown>;

/** Tables shared as they are: every record of the territory. */
const WHOLE: readonly ExchangeTable[] = [
  'workingGroups',
  'meetings',
  'decisions',
  'places',
  'studies',
  'studyCubes',
  'policeStats',
  'priorityAssessments',
  'prioritySnapshots',
];
/** Tables of a plan version, read by `planId`. */
const PLAN_PARTS: readonly ExchangeTable[] = [
  'planPriorities',
  'objectives',
  'activities',
  'budgetLines',
];
/** Monitoring tables, read by the plan's series. */
const MONITORING: readonly ExchangeTable[] = [
  'activityProgress',
  'progressEntries',
  'expenditures',
  'indicatorMeasurements',
  'varianceExplanations',
];

/** Reads what a package of `territoryId` carries; the territory must exist. */
export async function collectTerritory(
  territoryId: string,
  options: ExchangeOptions,
): Promise<TableRows> {
  const db = getDb();
  const read = (table: string) =>
    territoryRecords(db, table, territoryId).toArray() as Promise<Row[]>;
  const tables = [
    'territories',
    'members',
    'surveyResponses',
    'responseChunks',
    'plans',
    'funders',
    'problems',
    ...WHOLE,
    ...PLAN_PARTS,
    ...MONITORING,
  ];
  return db.transaction('r', tables, async () => {
    const territory = await db.territories.get(territoryId);
    if (!territory) throw new Error(`territory ${territoryId} not found`);
    const out: Record<string, Row[]> = { territories: [territory as unknown as Row] };
    for (const table of WHOLE) out[table] = await read(table);
    const members = await read('members');
    out.members = options.contacts
      ? members
      : members.map(({ phone: _phone, email: _email, ...rest }) => rest);
    // Imported responses kept in chunks travel as records, like every other response.
    out.surveyResponses = options.responses
      ? [
          ...(await read('surveyResponses')),
          ...((await territoryChunkResponses(territoryId)) as Row[]),
        ]
      : [];
    const plans = (await read('plans')).filter((p) => options.drafts || p.status !== 'draft');
    out.plans = plans;
    const planIds = new Set(plans.map((p) => p.id));
    const series = new Set(plans.map((p) => p.seriesId));
    for (const table of PLAN_PARTS)
      out[table] = (await read(table)).filter((r) => planIds.has(r.planId));
    for (const table of MONITORING)
      out[table] = (await read(table)).filter((r) => series.has(r.seriesId));
    out.funders = (await db.funders.toArray()) as unknown as Row[];
    out.problems = (await db.problems.toArray()) as unknown as Row[];
    return out as TableRows;
  });
}
