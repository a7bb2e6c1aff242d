/* What the budget-line form starts from: a stored line, or an empty line in a year. */
import { SOURCES, type Source } from '../../../shared/domain/budget';
import type { PlanOutline } from '../../../shared/domain/plan-outline';
import type { Activity, BudgetLine, BudgetLineInput } from '../../../shared/schemas/plan';

const perSource = <V>(value: () => V) =>
  Object.fromEntries(SOURCES.map((s) => [s, value()])) as Record<Source, V>;

/** No funder for any source. */
export const noFunders = () => perSource((): string[] => []);

/** The activity of `id` in an outline. */
export function activityIn(outline: PlanOutline, id: string): Activity | undefined {
  for (const p of outline.priorities)
    for (const o of p.objectives)
      for (const a of o.activities) if (a.activity.id === id) return a.activity;
  return undefined;
}

/**
 * The form's values for a stored line, or an empty line in `year` (amounts still to be typed)
 * starting with the activity's default funders.
 */
export function lineDefaults(
  line: BudgetLine | undefined,
  year: number,
  defaultFunderIds?: Record<Source, string[]>,
): BudgetLineInput {
  if (line) {
    return {
      item: line.item,
      unit: line.unit,
      quantityMilli: line.quantityMilli,
      unitCostTyiyn: line.unitCostTyiyn,
      year: line.year,
      classificationCode: line.classificationCode ?? '',
      shares: { ...line.shares },
      funderIds: line.funderIds,
      residentsInKind: line.residentsInKind,
      notes: line.notes ?? '',
    };
  }
  return {
    item: {},
    unit: {},
    quantityMilli: Number.NaN,
    unitCostTyiyn: Number.NaN,
    year,
    classificationCode: '',
    shares: perSource(() => 0),
    funderIds: Object.fromEntries(
      SOURCES.map((s) => [s, [...(defaultFunderIds?.[s] ?? [])]]),
    ) as Record<Source, string[]>,
    residentsInKind: false,
    notes: '',
  };
}
