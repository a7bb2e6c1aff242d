/*
 * Money spent against an approved plan (issue 15): expenditures per budget line and source, and the
 * explanation a variance over 10 % asks for. An expenditure is refused, with its field named and
 * nothing written, when its line is not the plan's, its amount is not positive, its date or
 * quarter lies outside the plan period, its funder is not one of the line's funders for that
 * source, or cash comes without the number of its document (the schema). Every write changes the
 * series' spending totals in the same transaction (./totals).
 */
import {
  expenditureInputSchema,
  expenditureSchema,
  varianceExplanationSchema,
  type Expenditure,
  type ExpenditureInput,
  type VarianceExplanation,
} from '../../../shared/schemas/monitoring';
import type { Source } from '../../../shared/domain/budget';
import type { BudgetLine, Plan } from '../../../shared/schemas/plan';
import { getDb } from '../database';
import { refuse } from '../plans';
import { recordWriter, validate } from '../repository';
import { checkInPeriod, lineOf, monitoredWrite, recordOfSeries, seriesScope } from './context';
import { changeSpendingTotals, SPENDING_TABLES } from './totals';

export const expenditureWriter = recordWriter('expenditures', expenditureSchema);
export const explanationWriter = recordWriter('varianceExplanations', varianceExplanationSchema);

const TABLES = SPENDING_TABLES;

/** The checks against the plan and the line that the schema cannot make. */
function checkAgainstLine(plan: Plan, line: BudgetLine, input: ExpenditureInput): void {
  checkInPeriod(plan, input.date, 'date');
  const year = Number(input.quarter.slice(0, 4));
  if (year < plan.startYear || year > plan.endYear)
    refuse('monitoring:errors.quarterOutsidePlan', 'quarter');
  if (input.funderId && !line.funderIds[input.source].includes(input.funderId))
    refuse('monitoring:errors.funderNotOnLine', 'funderId');
}

/** Records an expenditure (or a contribution in kind) against a line of the plan. */
export async function addExpenditure(
  planId: string,
  lineKey: string,
  input: ExpenditureInput,
): Promise<Expenditure> {
  const parsed = validate(expenditureInputSchema, input);
  return monitoredWrite(TABLES, planId, async (ctx, plan) => {
    const line = await lineOf(plan, lineKey);
    checkAgainstLine(plan, line, parsed);
    const written = await expenditureWriter.insert(ctx, {
      ...parsed,
      ...seriesScope(plan),
      lineKey,
    });
    await changeSpendingTotals(undefined, written);
    return written;
  });
}

/** Changes an expenditure (its line stays). */
export async function updateExpenditure(
  planId: string,
  id: string,
  input: ExpenditureInput,
): Promise<Expenditure> {
  const parsed = validate(expenditureInputSchema, input);
  return monitoredWrite(TABLES, planId, async (ctx, plan) => {
    const before = await recordOfSeries<Expenditure>('expenditures', id, plan);
    const line = await lineOf(plan, before.lineKey);
    checkAgainstLine(plan, line, parsed);
    const written = await expenditureWriter.replace(ctx, id, {
      ...parsed,
      ...seriesScope(plan),
      lineKey: before.lineKey,
    });
    await changeSpendingTotals(before, written);
    return written;
  });
}

/** Deletes an expenditure. */
export function removeExpenditure(planId: string, id: string): Promise<void> {
  return monitoredWrite(TABLES, planId, async (ctx, plan) => {
    const before = await recordOfSeries<Expenditure>('expenditures', id, plan);
    await expenditureWriter.remove(ctx, id);
    await changeSpendingTotals(before, undefined);
  });
}

/** The expenditures of a line and source in a series, newest first. */
export async function lineExpenditures(
  seriesId: string,
  lineKey: string,
  source: Source,
): Promise<Expenditure[]> {
  const list = await getDb()
    .expenditures.where('[seriesId+lineKey]')
    .equals([seriesId, lineKey])
    .filter((e) => e.source === source)
    .toArray();
  return list.sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** The explanation of a line's (and source's) variance in a series, if any. */
export async function explanationOf(
  seriesId: string,
  lineKey: string,
  source: Source,
): Promise<VarianceExplanation | undefined> {
  return getDb()
    .varianceExplanations.where('seriesId')
    .equals(seriesId)
    .filter((e) => e.lineKey === lineKey && e.source === source)
    .first();
}

/** Writes the explanation of a variance (one per line and source); empty text removes it. */
export async function setVarianceExplanation(
  planId: string,
  lineKey: string,
  source: Source,
  text: string,
): Promise<VarianceExplanation | null> {
  return monitoredWrite(['varianceExplanations'], planId, async (ctx, plan) => {
    await lineOf(plan, lineKey);
    const existing = await explanationOf(plan.seriesId, lineKey, source);
    if (!text.trim()) {
      if (existing) await explanationWriter.remove(ctx, existing.id);
      return null;
    }
    const record = { ...seriesScope(plan), lineKey, source, text };
    return existing
      ? explanationWriter.replace(ctx, existing.id, record)
      : explanationWriter.insert(ctx, record);
  });
}
