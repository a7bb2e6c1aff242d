/*
 * The words the change log is told in (shared/audit/describe.ts): field labels and enumerated
 * values from the catalogues, and the names of the records entries refer to, read once per screen.
 */
import type { TFunction } from 'i18next';
import {
  describeAuditRecord,
  REFERENCE_FIELDS,
  type AuditWords,
} from '../../../shared/audit/describe';
import { formatDate } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import { getDb } from '../../db/database';
import { formatInstant } from '../backup/backup-text';

/** Names by table, then by id (activities and budget lines also by their first version's id). */
export type AuditNames = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

/** The records that entries refer to, by table and id (problems by code). */
export async function loadAuditNames(): Promise<AuditNames> {
  const db = getDb();
  const names = new Map<string, Map<string, unknown>>();
  for (const table of new Set(Object.values(REFERENCE_FIELDS))) {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
    const byId = new Map<string, unknown>();
    for (const row of rows) {
      if (typeof row.originId === 'string' && !byId.has(row.originId)) byId.set(row.originId, row);
      if (typeof row.code === 'string' && table === 'problems') byId.set(row.code, row);
      byId.set(String(row.id), row);
    }
    names.set(table, byId);
  }
  return names;
}

/** Words for an enumerated value: which catalogue list, by `table.key` first, then by `key`. */
function enumWords(t: TFunction, table: string, key: string, v: string): string | undefined {
  const opts = { defaultValue: '' };
  const byTableKey: Record<string, () => string> = {
    'plans.status': () => t(`plan:status.${v}`, opts),
    'activityProgress.status': () => t(`monitoring:status.${v}`, opts),
    'decisions.status': () => t(`workingGroup:decisions.statuses.${v}`, opts),
    'indicatorMeasurements.source': () => t(`monitoring:measurementSource.${v}`, opts),
    'surveyResponses.source': () => t(`auditFields:values.responseSource.${v}`, opts),
    'priorityAssessments.source': () => t(`priorities:sources.${v}`, opts),
    'funders.type': () => t(`plan:funders.types.${v}`, opts),
    'territories.kind': () => t(`common:kinds.${v}`, opts),
    'places.kind': () => t(`study:placeKinds.${v}`, opts),
    'complaints.kind': () => t(`study:complaints.kinds.${v}`, opts),
    'activities.kind': () => t(`auditFields:values.timingKind.${v}`, opts),
    'priorityScoreSheets.kind': () => t(`auditFields:values.sheetKind.${v}`, opts),
    'settings.language': () => t(`common:languages.${v}`, opts),
  };
  const byKey: Record<string, () => string> = {
    source: () => t(`plan:sources.${v}`, opts),
    type: () => t(`monitoring:documentType.${v}`, opts),
    body: () => t(`plan:approve.bodies.${v}`, opts),
    category: () => t(`study:categories.${v}`, opts),
    methods: () => t(`study:methods.${v}`, opts),
    respondentGroup: () => t(`study:groups.${v}`, opts),
    gender: () => t(`study:genders.${v}`, opts),
    ageGroup: () => t(`study:ages.${v}`, opts),
    orgType: () => t(`workingGroup:orgTypes.${v}`, opts),
    direction: () => t(`auditFields:values.direction.${v}`, opts),
  };
  const words = (byTableKey[`${table}.${key}`] ?? byKey[key])?.();
  return words || undefined;
}

/** The describer's words in the clerk's language, with the names read by loadAuditNames. */
export function auditWords(t: TFunction, lang: Language, names: AuditNames): AuditWords {
  const words: AuditWords = {
    lang,
    field: (key) => t(`auditFields:fields.${key}`, { defaultValue: '' }) || undefined,
    enumValue: (table, key, value) => enumWords(t, table, key, value),
    reference: (table, id) => {
      const row = names.get(table)?.get(id) as Record<string, unknown> | undefined;
      if (!row) return undefined;
      if (table === 'meetings' && typeof row.date === 'string')
        return t('auditFields:words.meeting', { date: formatDate(row.date) });
      const name = describeAuditRecord(table, id, row, words);
      return name === words.empty ? undefined : name;
    },
    instant: formatInstant,
    yes: t('auditFields:words.yes'),
    no: t('auditFields:words.no'),
    empty: t('auditFields:words.empty'),
    missing: t('auditFields:words.missing'),
    calculated: t('auditFields:words.calculated'),
    language: (code) => t(`auditFields:words.${code}`),
    pick: (text) => pickText(text, lang).text,
  };
  return words;
}
