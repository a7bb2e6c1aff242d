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
import { updateActivity, updateObjective, updatePriority } from '../db/plan-items';
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

async function found<T>(row: T | undefined, what: string): Promise<T> {
  if (!row) throw new Error(`${what} not found`);
  return row;
}

/** Stores `text` as the `lang` translation of the text at `source`. */
export async function fillTranslation(
  source: TextSource,
  lang: Language,
  text: string,
): Promise<void> {
  const db = getDb();
  const path = source.field.split('.');
  const next = <T>(row: T) => withTranslation(row, path, lang, text.trim());
  switch (source.kind) {
    case 'plan':
      await updatePlan(source.id, next(await found(await db.plans.get(source.id), 'plan')));
      return;
    case 'priority':
      await updatePriority(
        source.id,
        next(await found(await db.planPriorities.get(source.id), 'priority')),
      );
      return;
    case 'objective':
      await updateObjective(
        source.id,
        next(await found(await db.objectives.get(source.id), 'objective')),
      );
      return;
    case 'activity':
      await updateActivity(
        source.id,
        next(await found(await db.activities.get(source.id), 'activity')),
      );
      return;
    case 'member':
      await updateMember(source.id, next(await found(await db.members.get(source.id), 'member')));
      return;
    case 'group': {
      const group = await found(await db.workingGroups.get(source.id), 'group');
      await saveWorkingGroup(group.territoryId, next(group));
      return;
    }
    case 'meeting':
      await updateMeeting(
        source.id,
        next(await found(await db.meetings.get(source.id), 'meeting')),
      );
      return;
    case 'decision':
      await updateDecision(
        source.id,
        next(await found(await db.decisions.get(source.id), 'decision')),
      );
      return;
    case 'territory':
      await updateTerritory(
        source.id,
        next(await found(await db.territories.get(source.id), 'territory')),
      );
      return;
    case 'study':
      await updateStudy(source.id, next(await found(await db.studies.get(source.id), 'study')));
      return;
    case 'place': {
      const place = await found(await db.places.get(source.id), 'place');
      await updatePlace(source.id, { name: next(place).name });
      return;
    }
    case 'problem': {
      const { title } = next({ title: await problemTitle(source.id) });
      await updateProblem(source.id, { title });
      return;
    }
    case 'assessment': {
      const assessment = await found(await db.priorityAssessments.get(source.id), 'assessment');
      if (source.field !== 'title')
        throw new Error(`assessment field ${source.field} is not filled here`);
      await updateAssessment(source.id, { title: next(assessment).title });
      return;
    }
  }
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
