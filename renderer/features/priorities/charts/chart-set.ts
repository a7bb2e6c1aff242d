/* The priority charts of one assessment, built from loaded data; shared by the screen and the report. */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  placesChart,
  policeTrendChart,
  rankedChart,
  safetyChart,
  stakeholderChart,
  territoriesChart,
  type ChartModel,
} from '../../../../shared/domain/priorities/charts';
import type { Ranking, ProblemEvidence } from '../../../../shared/domain/priorities/scoring';
import type { StudyCube } from '../../../../shared/domain/study/cube';
import type { Language } from '../../../../shared/languages';
import { formatQuarter } from '../../../../shared/format';
import { pickText } from '../../../../shared/schemas/localized-text';
import type { Place, PoliceStat } from '../../../../shared/schemas/study';
import type { Territory } from '../../../../shared/schemas/territory';
import { getDb } from '../../../db/database';

export interface ChartData {
  cube: StudyCube | null;
  places: Place[];
  policeStats: PoliceStat[];
  /** Other territories with their police figures (for the comparison), current first. */
  territories: { territory: Territory; stats: PoliceStat[] }[];
}

/** Loads what the charts need beyond the assessment model. */
export async function loadChartData(
  territoryId: string,
  studyId: string | undefined,
): Promise<ChartData> {
  const db = getDb();
  const [cubeRow, places, policeStats, territories] = await Promise.all([
    studyId ? db.studyCubes.get(studyId) : undefined,
    db.places.where('territoryId').equals(territoryId).toArray(),
    db.policeStats.where('territoryId').equals(territoryId).toArray(),
    db.territories.toArray(),
  ]);
  const others = await Promise.all(
    territories.map(async (territory) => ({
      territory,
      stats:
        territory.id === territoryId
          ? policeStats
          : await db.policeStats.where('territoryId').equals(territory.id).toArray(),
    })),
  );
  others.sort(
    (a, b) => Number(b.territory.id === territoryId) - Number(a.territory.id === territoryId),
  );
  return { cube: cubeRow?.cube ?? null, places, policeStats, territories: others };
}

export function useChartData(
  territoryId: string,
  studyId: string | undefined,
): ChartData | undefined {
  return useLiveQuery(() => loadChartData(territoryId, studyId), [territoryId, studyId]);
}

export interface ChartInput {
  ranking: Ranking;
  evidence: readonly ProblemEvidence[];
  /** Problems the detailed charts show: the selection, else the top 5. */
  focus: readonly string[];
  data: ChartData | null;
  name: (code: string) => string;
  criterionLabel: (key: string) => string;
  /** A label by key of the `priorities:charts` catalogue. */
  label: (key: string) => string;
  lang: Language;
}

/** The three stakeholder views: residents, police, local government. */
export function stakeholderCharts(input: ChartInput): ChartModel[] {
  const { evidence, name, label } = input;
  return [
    stakeholderChart(
      'residents',
      label('residents'),
      evidence,
      (e) => (e.share === null ? null : e.share * 100),
      name,
      '%',
    ),
    stakeholderChart(
      'police',
      label('police'),
      evidence,
      (e) => e.policeRate,
      name,
      label('police'),
    ),
    stakeholderChart(
      'local-government',
      label('localGov'),
      evidence,
      (e) => e.complaints,
      name,
      label('localGov'),
    ),
  ];
}

export function rankedChartOf(input: ChartInput): ChartModel {
  return rankedChart(input.ranking, input.name, input.criterionLabel, input.label('ranked'));
}

/** The charts below the ranking: places, police by quarter, safety, territories. */
export function detailCharts(input: ChartInput): ChartModel[] {
  const { data, focus, name, label, lang } = input;
  if (!data) return [];
  const placeName = (id: string) =>
    id === 'all'
      ? label('total')
      : id === ''
        ? label('notStated')
        : pickText(data.places.find((p) => p.id === id)?.name, lang).text || id;
  const placeOrder = data.places.map((p) => p.id);
  const out: ChartModel[] = [];
  if (data.cube)
    out.push(placesChart(data.cube, focus, placeName, name, label('byPlace'), placeOrder));
  // Quarters written as everywhere else («II кв. 2026», «2026-ж. II чейрек»), not `2026-Q2`.
  const trend = policeTrendChart(data.policeStats, focus, name, label('policeTrend'));
  out.push({
    ...trend,
    rows: trend.rows.map((row) => ({ ...row, category: formatQuarter(row.category, lang) })),
  });
  if (data.cube)
    out.push(
      safetyChart(
        data.cube,
        placeName,
        { day: label('safeDay'), night: label('safeNight') },
        label('safety'),
        placeOrder,
      ),
    );
  if (data.territories.length > 1)
    out.push(
      territoriesChart(
        data.territories.map(({ territory, stats }) => ({
          name: pickText(territory.name, lang).text,
          population: territory.population,
          stats,
        })),
        focus,
        name,
        label('territories'),
      ),
    );
  return out;
}
