import { describe, expect, it } from 'vitest';
import {
  activityProgressInputSchema,
  DEFAULT_PROGRESS,
  expenditureInputSchema,
  type ExpenditureInput,
} from './monitoring';

const cash: ExpenditureInput = {
  date: '2026-05-10',
  amountTyiyn: 1_234_50,
  source: 'localBudget',
  inKind: false,
  payee: 'ОсОО «Жарык»',
  quarter: '2026-Q2',
  document: { type: 'invoice', number: '17', date: '2026-05-09' },
};
const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`));

describe('monitoring records', () => {
  it('accepts a cash expenditure with its document', () => {
    expect(issuesOf(expenditureInputSchema.safeParse(cash))).toEqual([]);
  });

  it('refuses a zero or negative amount, a cash spending without a document number, in kind from the budget', () => {
    expect(issuesOf(expenditureInputSchema.safeParse({ ...cash, amountTyiyn: 0 }))).toEqual([
      'amountTyiyn: monitoring:errors.amountPositive',
    ]);
    expect(issuesOf(expenditureInputSchema.safeParse({ ...cash, amountTyiyn: -5 }))).toEqual([
      'amountTyiyn: monitoring:errors.amountPositive',
    ]);
    expect(
      issuesOf(expenditureInputSchema.safeParse({ ...cash, document: { type: 'invoice' } })),
    ).toEqual(['document.number: monitoring:errors.documentNumberRequired']);
    expect(issuesOf(expenditureInputSchema.safeParse({ ...cash, inKind: true }))).toEqual([
      'inKind: monitoring:errors.inKindSource',
    ]);
    expect(issuesOf(expenditureInputSchema.safeParse({ ...cash, quarter: 'II кв. 2026' }))).toEqual(
      ['quarter: plan:errors.invalidQuarter'],
    );
  });

  it('takes residents’ work in kind without a document number', () => {
    const inKind = { ...cash, source: 'residents', inKind: true, document: { type: 'actInKind' } };
    expect(issuesOf(expenditureInputSchema.safeParse(inKind))).toEqual([]);
  });

  it('asks a delayed activity for its reason and corrective action; done is 100 %', () => {
    const delayed = { status: 'delayed', percent: DEFAULT_PROGRESS.delayed };
    expect(issuesOf(activityProgressInputSchema.safeParse(delayed))).toEqual([
      'reason: monitoring:errors.reasonRequired',
      'correctiveAction: monitoring:errors.correctiveActionRequired',
    ]);
    expect(
      issuesOf(activityProgressInputSchema.safeParse({ status: 'done', percent: 90 })),
    ).toEqual(['percent: monitoring:errors.doneIsComplete']);
    expect(
      issuesOf(
        activityProgressInputSchema.safeParse({
          status: 'inProgress',
          percent: 40,
          actualStart: '2026-05-01',
          actualEnd: '2026-04-01',
        }),
      ),
    ).toEqual(['actualEnd: monitoring:errors.endBeforeStart']);
  });
});
