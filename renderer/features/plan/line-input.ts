/* The budget-line form's text ↔ record conversion, kept apart from the component. */
import { parseQuantity, parseSom, SOURCES, type Source } from '../../../shared/domain/budget';
import type { BudgetLine, BudgetLineInput } from '../../../shared/schemas/plan';

export interface LineDraft {
  item: BudgetLineInput['item'];
  unit: BudgetLineInput['unit'];
  quantity: string;
  unitCost: string;
  year: number;
  classificationCode: string;
  shares: Record<Source, string>;
  funderIds: Record<Source, string[]>;
  residentsInKind: boolean;
  notes: string;
}

/** Text → number for the schema: a negative entry stays negative (so the message says so), junk is NaN. */
function numberOf(text: string, parse: (t: string) => number | null): number {
  if (text.trim() === '') return 0;
  const value = parse(text);
  if (value !== null) return value;
  return /^\s*[-−]\s*\d/.test(text) ? -1 : Number.NaN;
}

const tyiynText = (tyiyn: number) => (tyiyn / 100).toFixed(2).replace('.', ',');
const quantityText = (milli: number) => String(milli / 1000).replace('.', ',');

/** The input the schema checks, from what is typed. */
export function draftToInput(draft: LineDraft): BudgetLineInput {
  const shares = Object.fromEntries(
    SOURCES.map((s) => [s, numberOf(draft.shares[s], parseSom)]),
  ) as Record<Source, number>;
  return {
    item: draft.item,
    unit: draft.unit,
    quantityMilli:
      draft.quantity.trim() === '' ? Number.NaN : numberOf(draft.quantity, parseQuantity),
    unitCostTyiyn: draft.unitCost.trim() === '' ? Number.NaN : numberOf(draft.unitCost, parseSom),
    year: draft.year,
    classificationCode: draft.classificationCode,
    shares,
    funderIds: draft.funderIds,
    residentsInKind: draft.residentsInKind,
    notes: draft.notes,
  };
}

/** What the form shows for a stored line, or an empty line in `year`. */
export function lineToDraft(line: BudgetLine | undefined, year: number): LineDraft {
  if (!line) {
    return {
      item: {},
      unit: {},
      quantity: '',
      unitCost: '',
      year,
      classificationCode: '',
      shares: { localBudget: '', business: '', donors: '', residents: '' },
      funderIds: { localBudget: [], business: [], donors: [], residents: [] },
      residentsInKind: false,
      notes: '',
    };
  }
  return {
    item: line.item,
    unit: line.unit,
    quantity: quantityText(line.quantityMilli),
    unitCost: tyiynText(line.unitCostTyiyn),
    year: line.year,
    classificationCode: line.classificationCode ?? '',
    shares: Object.fromEntries(
      SOURCES.map((s) => [s, line.shares[s] ? tyiynText(line.shares[s]) : '']),
    ) as Record<Source, string>,
    funderIds: line.funderIds,
    residentsInKind: line.residentsInKind,
    notes: line.notes ?? '',
  };
}

/** Share amounts as text, for the percent helper. */
export function sharesText(shares: Record<Source, number>): Record<Source, string> {
  return Object.fromEntries(
    SOURCES.map((s) => [s, shares[s] ? tyiynText(shares[s]) : '']),
  ) as Record<Source, string>;
}
