/*
 * The printable documents of one territory, for the «Документы» list: one lister per document
 * kind of DOCUMENT_KINDS (the `satisfies` below makes a kind without a lister a type error), so
 * the list shows every document the app can print without per-kind code in the screen.
 *
 * Each lister reads Dexie (it runs inside useLiveQuery, so the list follows edits) and returns
 * plain entries: the print route's kind and id, an i18n label key of the `documents` namespace
 * (`list.kinds.<kind>`) with its parameters, the record's own title, a date and a status key.
 * The reports on a plan (issue 16) are listed per kind: council, donor, residents.
 */
import { formatDate } from '../../shared/format';
import type { LocalizedText } from '../../shared/schemas/localized-text';
import { periodText } from '../../shared/documents/report-parts';
import type { Language } from '../../shared/languages';
import { pickText } from '../../shared/localized-text';
import type { ReportKind } from '../../shared/schemas/reports';
import type { KoopsuzDatabase } from '../db/database';
import type { DocumentKindName } from './index';

export interface TerritoryDocument {
  kind: DocumentKindName;
  /** The id of the print route `#/print/<kind>/<id>`. */
  id: string;
  /** Parameters of the label `documents:list.kinds.<kind>`. */
  params: Record<string, string | number>;
  /** The record's own title (plan, assessment, study, group), when it has one. */
  title?: LocalizedText;
  /** The document's date (`YYYY-MM-DD`): approval, decision, meeting, order or study period. */
  date?: string;
  /** Keys of `documents:list.status.*` (taking `params`): the document's status, if it has one. */
  badges: DocumentStatus[];
}

/** The statuses a listed document can show. */
export const DOCUMENT_STATUSES = [
  'draft',
  'approved',
  'inProgress',
  'completed',
  'superseded',
  'decided',
  'scoring',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

type Lister = (db: KoopsuzDatabase, territoryId: string) => Promise<TerritoryDocument[]>;

const byDate = (a: { date?: string }, b: { date?: string }) =>
  (a.date ?? '').localeCompare(b.date ?? '');

const plans: Lister = async (db, territoryId) => {
  const rows = await db.plans.where('territoryId').equals(territoryId).toArray();
  rows.sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) ||
      a.seriesId.localeCompare(b.seriesId) ||
      a.version - b.version,
  );
  return rows.map((plan) => ({
    kind: 'plan',
    id: plan.id,
    params: {
      version: plan.version,
      period:
        plan.startYear === plan.endYear ? `${plan.startYear}` : `${plan.startYear}–${plan.endYear}`,
      number: plan.approval?.number ?? '',
    },
    title: plan.title,
    date: plan.approval?.date ?? plan.changeDate,
    badges: plan.supersededAt ? [plan.status, 'superseded' as const] : [plan.status],
  }));
};

const priorities: Lister = async (db, territoryId) => {
  const [assessments, snapshots] = await Promise.all([
    db.priorityAssessments.where('territoryId').equals(territoryId).toArray(),
    db.prioritySnapshots.where('territoryId').equals(territoryId).toArray(),
  ]);
  const entries = assessments.map((assessment) => {
    const taken = snapshots
      .filter((s) => s.assessmentId === assessment.id)
      .map((s) => s.takenOn)
      .sort();
    const decided = taken.at(-1);
    return {
      kind: 'priorities' as const,
      id: assessment.id,
      params: { count: assessment.selected.length },
      title: assessment.title,
      date: decided,
      badges: [decided ? ('decided' as const) : ('scoring' as const)],
    };
  });
  return entries.sort(byDate);
};

const questionnaires: Lister = async (db, territoryId) => {
  const studies = await db.studies.where('territoryId').equals(territoryId).toArray();
  return studies
    .map((study) => ({
      kind: 'questionnaire' as const,
      id: study.id,
      params: { from: formatDate(study.periodFrom), to: formatDate(study.periodTo) },
      title: study.title,
      date: study.periodFrom,
      badges: [],
    }))
    .sort(byDate);
};

const rosters: Lister = async (db, territoryId) => {
  const groups = await db.workingGroups.where('territoryId').equals(territoryId).toArray();
  const members = await db.members.where('territoryId').equals(territoryId).toArray();
  return groups.map((group) => ({
    kind: 'roster',
    id: group.id,
    params: { count: members.filter((m) => m.groupId === group.id && m.active).length },
    title: group.name,
    date: group.orderDate,
    badges: [],
  }));
};

const minutes: Lister = async (db, territoryId) => {
  const meetings = await db.meetings.where('territoryId').equals(territoryId).toArray();
  return meetings
    .map((meeting) => ({
      kind: 'minutes' as const,
      id: meeting.id,
      params: { number: meeting.number },
      date: meeting.date,
      badges: [],
    }))
    .sort(byDate);
};

/** A report's title in each language: its period, after the funder's name for a donor report. */
function reportTitle(period: string, funder: LocalizedText | undefined): LocalizedText {
  const title = (lang: Language) =>
    [funder && pickText(funder, lang).text, periodText(period, lang)].filter(Boolean).join(' — ');
  return { ru: title('ru'), ky: title('ky'), en: title('en') };
}

/** The reports of one kind (issue 16), in the order they were written. */
const reports =
  (kind: ReportKind): Lister =>
  async (db, territoryId) => {
    const rows = await db.reports.where('territoryId').equals(territoryId).toArray();
    const funders = new Map((await db.funders.toArray()).map((f) => [f.id, f.name]));
    return rows
      .filter((report) => report.kind === kind)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((report) => ({
        kind: REPORT_DOCUMENT_KINDS[kind],
        id: report.id,
        params: { number: report.approval?.number ?? '' },
        title: reportTitle(
          report.period,
          report.funderId ? funders.get(report.funderId) : undefined,
        ),
        date: report.approval?.date,
        badges: [report.status],
      }));
  };

/** The document kind of each report kind. */
export const REPORT_DOCUMENT_KINDS = {
  council: 'councilReport',
  donor: 'donorReport',
  residents: 'residentsReport',
} as const satisfies Record<ReportKind, DocumentKindName>;

/** The lister of each document kind, in the order the work is done (and the list shows them). */
export const DOCUMENT_LISTERS = {
  roster: rosters,
  minutes,
  questionnaire: questionnaires,
  priorities,
  plan: plans,
  councilReport: reports('council'),
  donorReport: reports('donor'),
  residentsReport: reports('residents'),
} satisfies Record<DocumentKindName, Lister>;

/** Every printable document of the territory, kind by kind in DOCUMENT_LISTERS order. */
export async function listTerritoryDocuments(
  db: KoopsuzDatabase,
  territoryId: string,
): Promise<TerritoryDocument[]> {
  const listers: Lister[] = Object.values(DOCUMENT_LISTERS);
  const lists = await Promise.all(listers.map((list) => list(db, territoryId)));
  return lists.flat();
}
