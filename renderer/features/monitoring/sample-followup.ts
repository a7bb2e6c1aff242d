/*
 * The sample district's follow-up (issue 15, item 6): a second survey of 1,000 residents in May
 * and June 2026, drawn by the same fixed-seed generator as the spring 2025 study and then changed
 * where the plan worked — fewer people name road safety (crossings, school patrols), fewer traders
 * name thefts at the markets (cameras), more people in the lit housing estates feel safe at night —
 * and the police statistics of 2026-Q1 and 2026-Q2, with fewer market thefts. Trust in police and
 * the other problems move only by chance, so the monitoring screen shows measurable changes and
 * "no measurable change" side by side.
 */
import type { SurveyAnswers } from '../../../shared/schemas/study';
import { getDb } from '../../db/database';
import type { WriteContext } from '../../db/repository';
import { importPoliceCounts } from '../../db/study/police';
import { importResponses } from '../../db/study/import-responses';
import { createStudy } from '../../db/study/studies';
import type { SampleContributor } from '../sample/sample';
import {
  contributeStudy,
  generator,
  POLICE,
  SAMPLE_PLACE_CODES,
  sampleAnswers,
} from '../study/sample';

export const FOLLOW_UP_STUDY = {
  title: {
    ru: 'Повторный опрос жителей о безопасности, весна 2026',
    ky: 'Тургундардын коопсуздук боюнча кайталанган сурамжылоосу, 2026-жылдын жазы',
    en: 'Residents’ safety survey, follow-up, spring 2026',
  },
  periodFrom: '2026-05-11',
  periodTo: '2026-06-12',
};

const MARKETS = new Set(['alamedin_market', 'dordoi_market']);
const LIT_ESTATES = new Set(['ak_orgo', 'dzhal']);

/** The follow-up answers: the generator's, changed where the plan's activities reached. */
export function followUpAnswers(placeIds: readonly string[], count = 1000): SurveyAnswers[] {
  const rand = generator(20260511);
  const codeOf = new Map(placeIds.map((id, i) => [id, SAMPLE_PLACE_CODES[i]]));
  return sampleAnswers(placeIds, count, 20260511).map((answers) => {
    const place = answers.placeId ? codeOf.get(answers.placeId) : undefined;
    const atMarket = place !== undefined && MARKETS.has(place);
    const lit = place !== undefined && LIT_ESTATES.has(place);
    const problems = answers.problems.filter(
      (p) =>
        !(atMarket && p.code === 'market-theft' && rand() < 0.45) &&
        !(p.code === 'road-safety' && rand() < 0.3),
    );
    const safer = lit && answers.safeNight !== undefined && answers.safeNight < 5 && rand() < 0.4;
    return { ...answers, problems, ...(safer ? { safeNight: answers.safeNight! + 1 } : {}) };
  });
}

/** Police counts of 2026-Q1 and 2026-Q2 (quarters 11 and 12 after 2023-Q2), market thefts down. */
export function followUpPolice(): { period: string; problemCode: string; count: number }[] {
  const rand = generator(2026);
  return ['2026-Q1', '2026-Q2'].flatMap((period, i) =>
    POLICE.map(([problemCode, base, slope]) => {
      const trend = base + slope * (11 + i);
      const effect = problemCode === 'market-theft' ? 0.6 : 1;
      const count = Math.round(trend * effect + (rand() - 0.5) * base * 0.25);
      return { period, problemCode, count: Math.max(0, count) };
    }),
  );
}

async function addFollowUp(_ctx: WriteContext, territoryId: string): Promise<void> {
  const places = await getDb().places.where('territoryId').equals(territoryId).toArray();
  const idOf = new Map(places.map((p) => [p.code, p.id]));
  const placeIds = SAMPLE_PLACE_CODES.map((code) => idOf.get(code)!);
  const study = await createStudy(territoryId, {
    ...FOLLOW_UP_STUDY,
    title: { ...FOLLOW_UP_STUDY.title },
    methods: ['survey', 'police-data'],
  });
  await importResponses({
    studyId: study.id,
    fileName: 'sample-follow-up',
    rows: followUpAnswers(placeIds).map((answers, i) => ({ rowNumber: i + 2, answers })),
    skipped: 0,
  });
  await importPoliceCounts(territoryId, followUpPolice());
}

export const contributeFollowUp: SampleContributor = {
  tables: contributeStudy.tables.filter((table) => table !== 'complaints'),
  contribute: addFollowUp,
};
