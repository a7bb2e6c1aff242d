import { describe, expect, it } from 'vitest';
import {
  approvalSchema,
  budgetLineInputSchema,
  planInputSchema,
  timingSchema,
  yearProblem,
} from './plan';

const line = {
  item: { ru: 'Видеокамера' },
  unit: { ru: 'шт.' },
  quantityMilli: 2_500,
  unitCostTyiyn: 1_000_00,
  year: 2026,
  shares: { localBudget: 100_00, business: 50_00, donors: 100_00, residents: 0 },
  funderIds: { localBudget: [], business: [], donors: [], residents: [] },
  residentsInKind: false,
};

const messages = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

describe('plan schemas', () => {
  it('accept a co-financed line and keep formula-like text as typed', () => {
    const parsed = budgetLineInputSchema.parse({
      ...line,
      item: { ru: '=1+1' },
      classificationCode: ' 2215100 ',
    });
    expect(parsed.item.ru).toBe('=1+1');
    expect(parsed.classificationCode).toBe('2215100');
  });
  it('refuse shares larger than the total, with an i18n key on the shares', () => {
    const result = budgetLineInputSchema.safeParse({
      ...line,
      shares: { ...line.shares, donors: 250_000_00 },
    });
    expect(messages(result)).toEqual(['shares:plan:errors.sharesExceedTotal']);
  });
  it('refuse negative and non-numeric quantities and costs', () => {
    expect(messages(budgetLineInputSchema.safeParse({ ...line, quantityMilli: -1 }))).toContain(
      'quantityMilli:plan:errors.quantityNegative',
    );
    expect(
      messages(budgetLineInputSchema.safeParse({ ...line, quantityMilli: Number.NaN })),
    ).toContain('quantityMilli:plan:errors.quantityNotNumber');
    expect(messages(budgetLineInputSchema.safeParse({ ...line, unitCostTyiyn: -1 }))).toContain(
      'unitCostTyiyn:plan:errors.unitCostNegative',
    );
    expect(messages(budgetLineInputSchema.safeParse({ ...line, unitCostTyiyn: 0.5 }))).toContain(
      'unitCostTyiyn:plan:errors.moneyPrecision',
    );
  });
  it('refuse a line of 10^12 som or more', () => {
    const result = budgetLineInputSchema.safeParse({
      ...line,
      quantityMilli: 10_000_000,
      unitCostTyiyn: 10_000_000_000_000,
    });
    expect(messages(result)).toContain('unitCostTyiyn:plan:errors.lineTooLarge');
  });
  it('keep the year within the plan period', () => {
    expect(yearProblem(2028, { startYear: 2026, endYear: 2027 })).toBe(
      'plan:errors.yearOutsidePeriod',
    );
    expect(yearProblem(2027, { startYear: 2026, endYear: 2027 })).toBeNull();
  });
  it('refuse a period that ends before it starts', () => {
    expect(
      messages(
        planInputSchema.safeParse({ title: { ru: 'План' }, startYear: 2027, endYear: 2026 }),
      ),
    ).toEqual(['endYear:plan:errors.periodOrder']);
  });
  it('accept a 1,000-character Kyrgyz title and refuse 1,001', () => {
    expect(
      planInputSchema.safeParse({ title: { ky: 'ң'.repeat(1000) }, startYear: 2026, endYear: 2026 })
        .success,
    ).toBe(true);
    expect(
      messages(
        planInputSchema.safeParse({
          title: { ky: 'ң'.repeat(1001) },
          startYear: 2026,
          endYear: 2026,
        }),
      ),
    ).toEqual(['title:errors:tooLong']);
  });
  it('check timings and the approval block', () => {
    expect(
      timingSchema.safeParse({ kind: 'quarters', start: '2026-Q3', end: '2026-Q1' }).success,
    ).toBe(false);
    expect(
      timingSchema.safeParse({ kind: 'dates', start: '2026-02-01', end: '2026-03-31' }).success,
    ).toBe(true);
    expect(
      approvalSchema.safeParse({
        body: 'head',
        position: { ru: 'Глава' },
        name: { ru: 'Осмонова' },
        date: '2026-02-30',
        number: '12',
      }).success,
    ).toBe(false);
  });
});
