/*
 * The study part of the sample district: places (Alamedin and Dordoi markets, housing estates, a
 * school, a street), a spring survey of 1,000 residents drawn by a fixed-seed generator with
 * plausible patterns (markets worry traders, dark streets and night-time fear in the estates),
 * police statistics for 8 quarters and local-government complaints.
 */
import type { SurveyAnswers } from '../../../shared/schemas/study';
import type { WriteContext } from '../../db/repository';
import type { SampleContributor } from '../sample/sample';
import { addPlacesIn } from '../../db/study/catalogue';
import { addComplaintsIn, importPoliceCounts } from '../../db/study/police';
import { importResponses, type ImportRow } from '../../db/study/import-responses';
import { createStudy } from '../../db/study/studies';

/** mulberry32: a small deterministic generator. */
export function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  {
    kind: 'market',
    code: 'alamedin_market',
    name: { ru: 'Аламединский рынок', ky: 'Аламүдүн базары', en: 'Alamedin market' },
  },
  {
    kind: 'market',
    code: 'dordoi_market',
    name: { ru: 'Рынок «Дордой»', ky: '«Дордой» базары', en: 'Dordoi market' },
  },
  {
    kind: 'housing-estate',
    code: 'ak_orgo',
    name: { ru: 'Ж/м Ак-Өргө', ky: 'Ак-Өргө турак-жай массиви', en: 'Ak-Orgo housing estate' },
  },
  {
    kind: 'housing-estate',
    code: 'dzhal',
    name: { ru: 'Мкр Джал', ky: 'Жал кичи району', en: 'Dzhal micro-district' },
  },
  {
    kind: 'housing-estate',
    code: 'kalys_ordo',
    name: {
      ru: 'Ж/м Калыс-Ордо',
      ky: 'Калыс-Ордо турак-жай массиви',
      en: 'Kalys-Ordo housing estate',
    },
  },
  {
    kind: 'school',
    code: 'school_61',
    name: { ru: 'Школа № 61', ky: '№ 61 мектеп', en: 'School No. 61' },
  },
  {
    kind: 'street',
    code: 'zhibek_zholu',
    name: { ru: 'Проспект Жибек Жолу', ky: 'Жибек Жолу проспекти', en: 'Zhibek Zholu avenue' },
  },
] as const;

/** The sample places' codes, in the order `sampleAnswers` takes their ids. */
export const SAMPLE_PLACE_CODES: readonly string[] = PLACES.map((p) => p.code);

/** Base chance of naming each problem, and extra chance at markets / estates. */
const PROBLEMS: [code: string, base: number, market: number, estate: number][] = [
  ['market-theft', 0.15, 0.45, 0.02],
  ['dark-streets', 0.2, 0, 0.3],
  ['drugs-alcohol', 0.22, 0.05, 0.1],
  ['road-safety', 0.25, 0.05, 0.05],
  ['burglary', 0.12, 0, 0.15],
  ['domestic-violence', 0.1, 0, 0.06],
  ['juvenile-delinquency', 0.12, 0.03, 0.08],
  ['fraud', 0.14, 0.08, 0],
  ['racketeering', 0.03, 0.15, 0],
  ['stray-dogs', 0.12, 0, 0.12],
  ['street-fights', 0.08, 0.04, 0.05],
  ['child-abuse', 0.04, 0, 0.02],
  ['school-bullying', 0.05, 0, 0.02],
  ['teen-suicide', 0.02, 0, 0.01],
];

function pick<T>(rand: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < items.length; i += 1) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));

/** 1,000 plausible questionnaires, the same every time. */
export function sampleAnswers(
  placeIds: readonly string[],
  count = 1000,
  seed = 20250301,
): SurveyAnswers[] {
  const rand = generator(seed);
  const out: SurveyAnswers[] = [];
  for (let i = 0; i < count; i += 1) {
    const placeIndex = pick(rand, [0, 1, 2, 3, 4, 5, 6], [18, 14, 22, 18, 12, 8, 8]);
    const place = PLACES[placeIndex]!;
    const market = place.kind === 'market';
    const estate = place.kind === 'housing-estate';
    const respondentGroup = market
      ? pick(rand, ['business', 'resident', 'other'] as const, [6, 3, 1])
      : place.kind === 'school'
        ? pick(rand, ['student', 'parent', 'official'] as const, [6, 3, 1])
        : pick(
            rand,
            ['resident', 'business', 'student', 'official', 'other'] as const,
            [12, 1, 2, 1, 1],
          );
    const ageGroup =
      respondentGroup === 'student'
        ? pick(rand, ['under-18', '18-29'] as const, [4, 1])
        : pick(rand, ['18-29', '30-44', '45-59', '60-plus'] as const, [3, 4, 3, 2]);
    const gender = rand() < 0.54 ? 'female' : 'male';
    const problems = PROBLEMS.filter(
      ([, base, m, e]) => rand() < base + (market ? m : 0) + (estate ? e : 0),
    ).map(([code]) => ({ code, concern: clamp(3.2 + rand() * 2.2 - 0.6) }));
    const victim = rand() < (market ? 0.22 : 0.14);
    const safeDay = clamp(4.2 - (market ? 0.6 : 0) + (rand() - 0.5) * 2);
    const safeNight = clamp(safeDay - 1.2 - (estate ? 0.5 : 0) + (rand() - 0.5) * 1.6);
    out.push({
      respondentGroup,
      gender,
      ageGroup,
      placeId: rand() < 0.97 ? placeIds[placeIndex] : undefined,
      problems,
      safeDay,
      safeNight,
      trustPolice: rand() < 0.93 ? clamp(3 + (rand() - 0.5) * 3 - (victim ? 0.7 : 0)) : undefined,
      victim,
      ...(victim ? { reported: rand() < 0.4 } : {}),
    });
  }
  return out;
}

/** Police categories of the sample: quarterly count at 2023-Q2 and its change per quarter. */
export const POLICE: [code: string, base: number, slope: number][] = [
  ['market-theft', 64, 3],
  ['burglary', 41, -1.5],
  ['street-robbery', 22, 0.5],
  ['fraud', 30, 4],
  ['drugs-alcohol', 18, 1],
  ['domestic-violence', 26, 1.5],
  ['road-safety', 48, -2],
  ['juvenile-delinquency', 12, 0.5],
  ['street-fights', 15, 0],
  ['vehicle-theft', 9, -0.5],
];

/** Adds the sample study, places, police statistics and complaints. */
async function addSampleStudy(ctx: WriteContext, territoryId: string): Promise<void> {
  const places = await addPlacesIn(
    ctx,
    territoryId,
    PLACES.map((place) => ({ kind: place.kind, code: place.code, name: { ...place.name } })),
  );
  const ids = places.map((p) => p.id);
  const study = await createStudy(territoryId, {
    title: {
      ru: 'Опрос жителей о безопасности, весна 2025',
      ky: 'Тургундардын коопсуздук боюнча сурамжылоосу, 2025-жылдын жазы',
      en: 'Residents’ safety survey, spring 2025',
    },
    periodFrom: '2025-03-01',
    periodTo: '2025-04-30',
    methods: ['survey', 'police-data', 'complaints', 'observation'],
  });
  const rows: ImportRow[] = sampleAnswers(ids).map((answers, i) => ({ rowNumber: i + 2, answers }));
  await importResponses({ studyId: study.id, fileName: 'sample', rows, skipped: 0 });
  const rand = generator(7);
  const quarters = [
    '2023-Q2',
    '2023-Q3',
    '2023-Q4',
    '2024-Q1',
    '2024-Q2',
    '2024-Q3',
    '2024-Q4',
    '2025-Q1',
  ];
  await importPoliceCounts(
    territoryId,
    quarters.flatMap((period, q) =>
      POLICE.map(([problemCode, base, slope]) => ({
        period,
        problemCode,
        count: Math.max(0, Math.round(base + slope * q + (rand() - 0.5) * base * 0.25)),
      })),
    ),
  );
  const complaints: [string, number, 'complaint' | 'observation', number][] = [
    ['market-theft', 0, 'complaint', 14],
    ['racketeering', 1, 'complaint', 5],
    ['dark-streets', 2, 'complaint', 11],
    ['dark-streets', 3, 'observation', 7],
    ['stray-dogs', 4, 'complaint', 9],
    ['drugs-alcohol', 3, 'observation', 4],
    ['road-safety', 6, 'complaint', 6],
    ['school-bullying', 5, 'observation', 3],
  ];
  await addComplaintsIn(
    ctx,
    territoryId,
    complaints.map(([problemCode, place, kind, count]) => ({
      ...{ period: '2025-Q1', problemCode, placeId: ids[place], kind, count },
      note: undefined,
    })),
  );
}

export const contributeStudy: SampleContributor = {
  tables: [
    'places',
    'studies',
    'studyCubes',
    'surveyResponses',
    'responseChunks',
    'importBatches',
    'policeStats',
    'complaints',
  ],
  contribute: addSampleStudy,
};
