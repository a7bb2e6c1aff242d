/*
 * Whether a plan carries the priorities its territory decided (issue 17): the problems chosen in
 * the latest priorities decision against the plan's priorities. A plan priority counts as the
 * decided problem when it is linked to that problem's code, or when its typed title is the
 * problem's title in any language (spaces, letter case and quotes aside).
 */
import type { LocalizedText } from '../schemas/localized-text';

export interface DecidedPriorities {
  /** The problems chosen, by code, in the decision's order. */
  selected: readonly string[];
  /** Each chosen problem's title. */
  titles: ReadonlyMap<string, LocalizedText>;
}

export interface PlanPriorityRef {
  id: string;
  title: LocalizedText;
  problemCode?: string;
}

export interface PriorityCheck {
  /** Codes chosen in the decision that no plan priority carries. */
  missing: string[];
  /** Plan priorities that are none of the chosen problems. */
  extra: PlanPriorityRef[];
  consistent: boolean;
}

const normalised = (text: string) =>
  text
    .toLocaleLowerCase('ru')
    .replace(/[«»"“”„']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const texts = (value: LocalizedText) =>
  [value.ru, value.ky, value.en].filter((t): t is string => !!t).map(normalised);

/** The chosen problem a plan priority stands for, or undefined. */
function decidedCode(priority: PlanPriorityRef, decision: DecidedPriorities): string | undefined {
  if (priority.problemCode && decision.selected.includes(priority.problemCode))
    return priority.problemCode;
  const own = texts(priority.title);
  return decision.selected.find((code) => {
    const title = decision.titles.get(code);
    return title !== undefined && texts(title).some((t) => own.includes(t));
  });
}

/** Compares a plan's priorities with a priorities decision; order does not matter. */
export function checkPlanPriorities(
  priorities: readonly PlanPriorityRef[],
  decision: DecidedPriorities,
): PriorityCheck {
  const covered = new Set<string>();
  const extra: PlanPriorityRef[] = [];
  for (const priority of priorities) {
    const code = decidedCode(priority, decision);
    if (code) covered.add(code);
    else extra.push(priority);
  }
  const missing = decision.selected.filter((code) => !covered.has(code));
  return { missing, extra, consistent: missing.length === 0 && extra.length === 0 };
}
