/* What the budget-line form starts from: a stored line, or an empty line in a year. */
import { SOURCES, type Source } from '../../../shared/domain/budget';
import type { BudgetLine, BudgetLineInput } from '../../../shared/schemas/plan';

const perSource = <V>(value: () => V) =>
  Object.fromEntries(SOURCES.map((s) => [s, value()])) as Record<Source, V>;

/** The form's values for a stored line, or an empty line in `year` (amounts still to be typed). */
export function lineDefaults(line: BudgetLine | undefined, year: number): BudgetLineInput {
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
    funderIds: perSource((): string[] => []),
    residentsInKind: false,
    notes: '',
  };
}
