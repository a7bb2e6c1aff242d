/*
 * The sample district's priorities: an assessment over the problems the sample study has evidence
 * for, five members' ballots and a consensus row, the top five chosen, a decision recorded at the
 * working group's latest meeting, and a frozen snapshot of it. Deterministic.
 */
import { problemsWithEvidence } from '../../../shared/domain/priorities/evidence';
import { mergeCatalogue, problemName } from '../../../shared/domain/study/catalogue';
import { getDb } from '../../db/database';
import { addDecision } from '../../db/meetings';
import {
  addSheetsIn,
  createAssessmentIn,
  freezeSnapshotIn,
  updateAssessment,
  type SheetInput,
} from '../../db/priorities';
import type { WriteContext } from '../../db/repository';
import type { SampleContributor } from '../sample/sample';
import { buildModel, snapshotOf } from './assessment-model';
import { loadEvidence } from './usePriorities';

/** Severity, vulnerable groups, feasibility, cost (1–5) as the group sees each problem. */
const VIEWS: Record<string, [number, number, number, number]> = {
  'market-theft': [4, 3, 5, 2],
  'dark-streets': [2, 2, 2, 4],
  'drugs-alcohol': [3, 3, 1, 4],
  'road-safety': [5, 4, 4, 3],
  burglary: [4, 4, 5, 2],
  'domestic-violence': [4, 4, 2, 2],
  'juvenile-delinquency': [3, 4, 3, 2],
  fraud: [3, 3, 3, 1],
  racketeering: [3, 2, 2, 2],
  'stray-dogs': [2, 3, 4, 2],
  'street-fights': [3, 2, 3, 1],
  'child-abuse': [5, 5, 4, 2],
  'school-bullying': [3, 4, 3, 1],
  'teen-suicide': [5, 5, 4, 2],
};
const KEYS = ['severity', 'vulnerable', 'feasibility', 'cost'];
const FALLBACK_MEMBERS = [
  'Асанова Гүлнара',
  'Осмонов Бакыт',
  'Иванова Елена',
  'Токтогулов Нурлан',
  'Ким Виктория',
];

async function addSamplePriorities(ctx: WriteContext, territoryId: string): Promise<void> {
  const db = getDb();
  const territory = await db.territories.get(territoryId);
  if (!territory) return;
  const study = (await db.studies.where('territoryId').equals(territoryId).toArray())[0];
  const catalogue = mergeCatalogue(await db.problems.toArray());
  const active = catalogue.filter((p) => !p.retired).map((p) => p.code);
  const evidence = await loadEvidence(territory, study?.id, active);
  const withEvidence = problemsWithEvidence(evidence.indicators);
  const codes = (withEvidence.length > 0 ? withEvidence : Object.keys(VIEWS)).filter(
    (c) => VIEWS[c],
  );
  const assessment = await createAssessmentIn(ctx, territoryId, {
    title: {
      ru: 'Приоритеты на 2026 год',
      ky: '2026-жылга артыкчылыктар',
      en: 'Priorities for 2026',
    },
    ...(study ? { studyId: study.id } : {}),
    problemCodes: codes,
  });

  const members = (await db.members.where('territoryId').equals(territoryId).toArray()).slice(0, 5);
  const voters =
    members.length > 0
      ? members.map((m) => ({ id: m.id, name: m.fullName }))
      : FALLBACK_MEMBERS.map((name) => ({ id: undefined, name }));
  const ballots: SheetInput[] = [];
  for (const [index, voter] of voters.entries()) {
    const scores: Record<string, Record<string, number>> = {};
    codes.forEach((code, p) => {
      scores[code] = Object.fromEntries(
        KEYS.map((key, k) => {
          // Members differ by at most one point, except one who sees drugs very differently.
          const base = VIEWS[code]![k]!;
          const shift = ((index * 7 + p * 3 + k * 5) % 3) - 1;
          const value =
            code === 'drugs-alcohol' && key === 'feasibility' && index === 2 ? 5 : base + shift;
          return [key, Math.min(5, Math.max(1, value))];
        }),
      );
    });
    ballots.push({
      kind: 'member',
      memberName: voter.name,
      ...(voter.id ? { memberId: voter.id } : {}),
      scores,
    });
  }
  // The group agreed one consensus score where it disagreed most.
  ballots.push({ kind: 'consensus', scores: { 'drugs-alcohol': { feasibility: 3 } } });
  await addSheetsIn(ctx, assessment.id, territoryId, ballots);

  const sheets = await db.priorityScoreSheets.where('assessmentId').equals(assessment.id).toArray();
  const model = buildModel(
    assessment,
    sheets,
    await loadEvidence(territory, study?.id, codes),
    catalogue,
  );
  const selected = model.ranking.rows.slice(0, 5).map((r) => r.code);
  const meetings = (await db.meetings.where('territoryId').equals(territoryId).toArray()).sort(
    (a, b) => b.date.localeCompare(a.date),
  );
  const meeting = meetings[0];
  const names = (lang: 'ru' | 'ky' | 'en') =>
    selected.map((code) => problemName(model.titles, code, lang)).join('; ');
  const decision = meeting
    ? await addDecision({
        meetingId: meeting.id,
        text: {
          ru: `Утвердить приоритеты совместного плана на 2026 год: ${names('ru')}.`,
          ky: `2026-жылга биргелешкен пландын артыкчылыктарын бекитүү: ${names('ky')}.`,
          en: `Approve the priorities of the joint plan for 2026: ${names('en')}.`,
        },
        status: 'done',
      })
    : undefined;
  const updated = await updateAssessment(assessment.id, {
    selected,
    ...(meeting ? { decisionMeetingId: meeting.id } : {}),
    ...(decision ? { decisionId: decision.id } : {}),
  });
  const content = snapshotOf(model, {
    takenOn: meeting?.date ?? '2026-04-15',
    criteria: updated.criteria,
    selected,
    meeting,
    decision,
  });
  await freezeSnapshotIn(ctx, updated, content, meeting ? `№ ${meeting.number}` : undefined);
}

export const contributePriorities: SampleContributor = {
  tables: [
    'priorityAssessments',
    'priorityScoreSheets',
    'prioritySnapshots',
    'meetings',
    'decisions',
    'members',
    'studies',
    'studyCubes',
    'problems',
    'policeStats',
    'complaints',
  ],
  contribute: addSamplePriorities,
};
