/*
 * Fills in a missing translation from the document preview (issue 17, point 4): the record's
 * text gets the language the document lacked, through the record's own repository function, so
 * the write is validated, audited and refused where the record is locked (an approved plan).
 */
import type { TextSource } from '../../shared/documents/texts';
import type { Language } from '../../shared/languages';
import type { LocalizedText } from '../../shared/localized-text';
import { getDb } from '../db/database';
import { updateDecision, updateMeeting } from '../db/meetings';
import { updateFunder } from '../db/funders';
import { updateActivity, updateLine, updateObjective, updatePriority } from '../db/plan-items';
import { updatePlan } from '../db/plans';
import { updateAssessment } from '../db/priorities';
import { updatePlace, updateProblem } from '../db/study/catalogue';
import { updateStudy } from '../db/study/studies';
import { updateTerritory } from '../db/territories';
import { saveWorkingGroup, updateMember } from '../db/working-group';

type Tree = Record<string, unknown>;

/**
 * A copy of `record` whose LocalizedText at `path` has `lang` set to `text`; a path segment
 * that names no key looks for the array element with that id («agenda.<itemId>.heard»).
 */
export function withTranslation<T>(record: T, path: string[], lang: Language, text: string): T {
  const [head, ...rest] = path;
  if (head === undefined) return { ...(record as LocalizedText), [lang]: text } as T;
  if (Array.isArray(record))
    return record.map((item: Tree) =>
      item.id === head ? withTranslation(item, rest, lang, text) : item,
    ) as T;
  const tree = (record ?? {}) as Tree;
  return { ...tree, [head]: withTranslation(tree[head], rest, lang, text) } as T;
}

async function found<T>(row: Promise<T | undefined>, id: string): Promise<T> {
  const value = await row;
  if (!value) throw new Error(`record ${id} not found`);
  return value;
}

type Next = <T>(row: T) => T;
/** How each kind of record takes a completed text: read it, then save it through its repository. */
const WRITERS: Record<
  TextSource['kind'],
  (id: string, next: Next, field: string) => Promise<unknown>
> = {
  plan: async (id, next) => updatePlan(id, next(await found(getDb().plans.get(id), id))),
  priority: async (id, next) =>
    updatePriority(id, next(await found(getDb().planPriorities.get(id), id))),
  objective: async (id, next) =>
    updateObjective(id, next(await found(getDb().objectives.get(id), id))),
  activity: async (id, next) =>
    updateActivity(id, next(await found(getDb().activities.get(id), id))),
  line: async (id, next) => updateLine(id, next(await found(getDb().budgetLines.get(id), id))),
  funder: async (id, next) => updateFunder(id, next(await found(getDb().funders.get(id), id))),
  member: async (id, next) => updateMember(id, next(await found(getDb().members.get(id), id))),
  group: async (id, next) => {
    const group = await found(getDb().workingGroups.get(id), id);
    return saveWorkingGroup(group.territoryId, next(group));
  },
  meeting: async (id, next) => updateMeeting(id, next(await found(getDb().meetings.get(id), id))),
  decision: async (id, next) =>
    updateDecision(id, next(await found(getDb().decisions.get(id), id))),
  territory: async (id, next) =>
    updateTerritory(id, next(await found(getDb().territories.get(id), id))),
  study: async (id, next) => updateStudy(id, next(await found(getDb().studies.get(id), id))),
  place: async (id, next) =>
    updatePlace(id, { name: next(await found(getDb().places.get(id), id)).name }),
  problem: async (code, next) =>
    updateProblem(code, { title: next({ title: await problemTitle(code) }).title }),
  assessment: async (id, next, field) => {
    if (field !== 'title') throw new Error(`assessment field ${field} is not filled here`);
    const assessment = await found(getDb().priorityAssessments.get(id), id);
    return updateAssessment(id, { title: next(assessment).title });
  },
};

/** Stores `text` as the `lang` translation of the text at `source`. */
export async function fillTranslation(
  source: TextSource,
  lang: Language,
  text: string,
): Promise<void> {
  const path = source.field.split('.');
  const next: Next = (row) => withTranslation(row, path, lang, text.trim());
  await WRITERS[source.kind](source.id, next, source.field);
}

/** The stored or standard title of a catalogue problem. */
async function problemTitle(code: string): Promise<LocalizedText> {
  const row = await getDb().problems.where('code').equals(code).first();
  if (row) return row.title;
  const { STANDARD_PROBLEMS } = await import('../../shared/domain/study/catalogue');
  return STANDARD_PROBLEMS.find((p) => p.code === code)?.title ?? {};
}

/** True when the preview can fill this text in place (else it links to the screen). */
export function fillableInPlace(source: TextSource): boolean {
  return source.kind !== 'assessment' || source.field === 'title';
}
