/*
 * Builds one sample district in the database in use (a district office's own, made for the
 * purpose), through the repositories a clerk's typing goes through: the territory, the working
 * group and two meetings, places, a spring survey, police figures for eight quarters, the
 * priorities decision (the sample district's own scoring, over this district's evidence), an
 * approved plan with budget lines by source and funders, and monitoring to the end of June.
 */
import { SOURCES, type Source } from '../../../shared/domain/budget';
import {
  DEFAULT_PROGRESS,
  type ActivityStatus,
  type DocumentType,
} from '../../../shared/schemas/monitoring';
import { identityKey, type Funder } from '../../../shared/schemas/plan';
import type { Territory } from '../../../shared/schemas/territory';
import type { SurveyAnswers } from '../../../shared/schemas/study';
import { getDb } from '../../db/database';
import { insertFunderIn } from '../../db/funders';
import { addDecision, createMeeting } from '../../db/meetings';
import { addExpenditure } from '../../db/monitoring/expenditures';
import { setActivityProgress } from '../../db/monitoring/progress';
import { approvePlan } from '../../db/plans';
import { writeTransaction, type WriteContext } from '../../db/repository';
import { addPlacesIn } from '../../db/study/catalogue';
import { importResponses } from '../../db/study/import-responses';
import { importPoliceCounts } from '../../db/study/police';
import { createStudy } from '../../db/study/studies';
import { insertTerritoryIn } from '../../db/territories';
import { addMember, saveWorkingGroup } from '../../db/working-group';
import { contributePriorities } from '../priorities/sample';
import { generator, sampleAnswers } from '../study/sample';
import type { SampleDistrict } from './districts';
import { addSamplePlan, type PlannedLine } from './build-plan';

/** Residents name a problem more or less often here than in the generator's base. */
function emphasise(
  answers: SurveyAnswers[],
  emphasis: Record<string, number>,
  seed: number,
): SurveyAnswers[] {
  const rand = generator(seed);
  return answers.map((a) => {
    const problems = a.problems.filter((p) => rand() < (emphasis[p.code] ?? 1));
    for (const [code, factor] of Object.entries(emphasis))
      if (factor > 1 && !problems.some((p) => p.code === code) && rand() < (factor - 1) * 0.15)
        problems.push({ code, concern: 4 });
    return { ...a, problems };
  });
}

async function addGroup(district: SampleDistrict, territoryId: string) {
  const group = await saveWorkingGroup(territoryId, {
    name: {
      ru: 'Рабочая группа по профилактике правонарушений',
      ky: 'Укук бузууларды алдын алуу боюнча жумушчу топ',
    },
    orderNumber: district.orderNumber,
    orderDate: district.orderDate,
    orderIssuedBy: {
      ru: `главы администрации ${district.of.ru}`,
      ky: `${district.of.ky} районунун администрациясынын башчысы`,
    },
  });
  const ids: string[] = [];
  for (const [fullName, orgType, posRu, posKy, orgRu, orgKy] of district.members) {
    const member = await addMember(group.id, {
      fullName,
      orgType,
      position: { ru: posRu, ky: posKy },
      organisation: { ru: orgRu, ky: orgKy },
      memberFrom: district.orderDate,
    });
    ids.push(member.id);
  }
  await saveWorkingGroup(territoryId, {
    ...{ name: group.name, orderNumber: group.orderNumber, orderDate: group.orderDate },
    orderIssuedBy: group.orderIssuedBy,
    chairId: ids[0],
    deputyChairId: ids[1],
    secretaryId: ids[2],
  });
  const place = {
    ru: `Зал заседаний администрации ${district.of.ru}`,
    ky: `${district.of.ky} районунун администрациясынын жыйындар залы`,
  };
  const attendance = ids.map((memberId, i) => ({ memberId, present: i !== 3 }));
  const first = await createMeeting(group.id, {
    ...{ number: '1', date: '2026-02-18', time: '10:00', place, attendance, guests: [] },
    agenda: [],
  });
  await addDecision({
    meetingId: first.id,
    text: {
      ru: 'Провести опрос жителей о безопасности в марте 2026 года.',
      ky: '2026-жылдын мартында тургундардын коопсуздук боюнча сурамжылоосу өткөрүлсүн.',
    },
    status: 'done',
  });
  // The priorities decision is recorded at the latest meeting.
  await createMeeting(group.id, {
    ...{ number: '2', date: '2026-04-22', time: '15:00', place, attendance, guests: [] },
    agenda: [],
  });
}

async function addStudy(district: SampleDistrict, ctx: WriteContext, territoryId: string) {
  const places = await addPlacesIn(
    ctx,
    territoryId,
    district.places.map(([code, ru, ky, en], i) => ({
      kind: i < 2 ? 'market' : i < 5 ? 'housing-estate' : i === 5 ? 'school' : 'street',
      code,
      name: { ru, ky, en },
    })),
  );
  const study = await createStudy(territoryId, {
    title: {
      ru: 'Опрос жителей о безопасности, весна 2025',
      ky: 'Тургундардын коопсуздук боюнча сурамжылоосу, 2025-жылдын жазы',
      en: 'Residents’ safety survey, spring 2025',
    },
    periodFrom: '2025-03-10',
    periodTo: '2025-04-25',
    methods: ['survey', 'police-data', 'complaints'],
  });
  const { count, seed } = district.survey;
  const answers = emphasise(
    sampleAnswers(
      places.map((p) => p.id),
      count,
      seed,
    ),
    district.emphasis,
    seed + 1,
  );
  await importResponses({
    studyId: study.id,
    fileName: `opros-${district.slug}-2025.xlsx`,
    rows: answers.map((a, i) => ({ rowNumber: i + 2, answers: a })),
    skipped: 0,
  });
  const rand = generator(seed + 2);
  const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
  await importPoliceCounts(
    territoryId,
    quarters.flatMap((period, q) =>
      district.police.map(([problemCode, base, slope]) => ({
        period,
        problemCode,
        count: Math.max(0, Math.round(base + slope * q + (rand() - 0.5) * base * 0.2)),
      })),
    ),
  );
}

const DOCUMENTS: Record<Source, DocumentType> = {
  localBudget: 'paymentOrder',
  business: 'invoice',
  donors: 'paymentOrder',
  residents: 'receipt',
};

/** Approves the plan and records its first half-year: states and spending per source. */
async function addMonitoring(district: SampleDistrict, territory: Territory, lines: PlannedLine[]) {
  const plan = (await getDb().plans.where('territoryId').equals(territory.id).toArray())[0]!;
  await approvePlan(plan.id, {
    body: 'head',
    position: territory.office.headPosition,
    name: territory.office.headName,
    date: '2026-05-12',
    number: `${district.orderNumber.replace('-р', '')}/1-р`,
  });
  const activities = await getDb().activities.where('planId').equals(plan.id).sortBy('order');
  for (const [i, activity] of activities.entries()) {
    const step = (i * 0.37 + district.pace) % 1;
    const status: ActivityStatus =
      step < 0.25 ? 'planned' : step < 0.55 ? 'started' : step < 0.85 ? 'inProgress' : 'done';
    const percent = status === 'inProgress' ? Math.round(30 + step * 40) : DEFAULT_PROGRESS[status];
    await setActivityProgress(plan.id, identityKey(activity), {
      status,
      percent,
      ...(status === 'planned' ? {} : { actualStart: '2026-05-18' }),
      ...(status === 'done' ? { actualEnd: '2026-06-26' } : {}),
    });
  }
  for (const [n, { line, funders }] of lines.entries()) {
    for (const source of SOURCES) {
      if (source === 'residents' || line.shares[source] === 0 || (n + source.length) % 3 === 0)
        continue;
      const share = Math.max(1, Math.round(line.shares[source] * district.pace * 0.8));
      await addExpenditure(plan.id, identityKey(line), {
        date: '2026-06-20',
        amountTyiyn: share,
        source,
        inKind: false,
        funderId: funders[source],
        quarter: '2026-Q2',
        document: { type: DOCUMENTS[source], number: `${n + 1}-${source.slice(0, 2)}/2026` },
      });
    }
  }
}

/** Writes one sample district, in one transaction; returns its territory. */
export async function buildSampleDistrict(district: SampleDistrict): Promise<Territory> {
  return writeTransaction('all', async (ctx) => {
    const territory = await insertTerritoryIn(ctx, district.territory, false);
    await addGroup(district, territory.id);
    await addStudy(district, ctx, territory.id);
    await contributePriorities.contribute(ctx, territory.id);
    const own: Partial<Record<Source, Funder>> = {
      localBudget: await insertFunderIn(ctx, {
        name: {
          ru: `Бюджет ${district.of.ru} г. Бишкек`,
          ky: `Бишкек шаарынын ${district.of.ky} районунун бюджети`,
          en: `${district.of.en} district budget`,
        },
        type: 'government',
      }),
      business: await insertFunderIn(ctx, { name: district.business, type: 'business' }),
      residents: await insertFunderIn(ctx, { name: district.residents, type: 'community' }),
    };
    const lines = await addSamplePlan(ctx, district, territory.id, own);
    await addMonitoring(district, territory, lines);
    return territory;
  });
}
