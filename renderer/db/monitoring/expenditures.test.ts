import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { approvedPlan, cashInput, refused } from '../../../tests/fixtures/monitoring';
import { identityKey } from '../../../shared/schemas/plan';
import type { KoopsuzDatabase } from '../database';
import { createTerritory } from '../territories';
import { addExpenditure, setVarianceExplanation, updateExpenditure } from './expenditures';
import { loadMonitoring } from './records';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

describe('expenditures', () => {
  it('records cash against a line of the approved plan, with its audit entry', async () => {
    const { plan, lines, funders } = await approvedPlan(territoryId);
    const spent = await addExpenditure(plan.id, lines[0]!.id, cashInput(funders.district));
    expect(spent).toMatchObject({
      territoryId,
      seriesId: plan.seriesId,
      lineKey: lines[0]!.id,
      amountTyiyn: 1_250_000,
    });
    const entry = await db.audit.where('recordId').equals(spent.id).first();
    expect(entry).toMatchObject({ table: 'expenditures', action: 'create', territoryId });
    // A donor line with two funders takes either; residents' work in kind needs no number.
    await addExpenditure(
      plan.id,
      lines[0]!.id,
      cashInput(funders.osce, { source: 'donors', amountTyiyn: 10 }),
    );
    await addExpenditure(
      plan.id,
      lines[0]!.id,
      cashInput(funders.residents, {
        source: 'residents',
        inKind: true,
        document: { type: 'actInKind' },
      }),
    );
    expect((await loadMonitoring(plan.seriesId)).expenditures).toHaveLength(3);
  });

  it('refuses, with the field named and nothing written: another plan’s line, zero or negative amounts, a date outside the period, a funder not on the line, cash without a document number', async () => {
    const { plan, lines, funders } = await approvedPlan(territoryId);
    const other = await approvedPlan(territoryId);
    const key = lines[0]!.id;
    const cash = (over: Parameters<typeof cashInput>[1]) => cashInput(funders.district, over);
    expect(
      await refused('expenditures', () => addExpenditure(plan.id, other.lines[0]!.id, cash({}))),
    ).toEqual({
      lineKey: 'monitoring:errors.lineNotInPlan',
    });
    expect(
      await refused('expenditures', () => addExpenditure(plan.id, key, cash({ amountTyiyn: 0 }))),
    ).toEqual({
      amountTyiyn: 'monitoring:errors.amountPositive',
    });
    expect(
      await refused('expenditures', () =>
        addExpenditure(plan.id, key, cash({ amountTyiyn: -500 })),
      ),
    ).toEqual({
      amountTyiyn: 'monitoring:errors.amountPositive',
    });
    expect(
      await refused('expenditures', () =>
        addExpenditure(plan.id, key, cash({ date: '2025-12-31' })),
      ),
    ).toEqual({
      date: 'monitoring:errors.dateOutsidePlan',
    });
    expect(
      await refused('expenditures', () =>
        addExpenditure(plan.id, key, cash({ date: '2028-01-01' })),
      ),
    ).toEqual({
      date: 'monitoring:errors.dateOutsidePlan',
    });
    expect(
      await refused('expenditures', () =>
        addExpenditure(plan.id, key, cash({ quarter: '2028-Q1' })),
      ),
    ).toEqual({
      quarter: 'monitoring:errors.quarterOutsidePlan',
    });
    // The market's funder gives business money, not the local budget's; the other plan's funder neither.
    expect(
      await refused('expenditures', () =>
        addExpenditure(plan.id, key, cash({ funderId: funders.market })),
      ),
    ).toEqual({ funderId: 'monitoring:errors.funderNotOnLine' });
    expect(
      await refused('expenditures', () =>
        addExpenditure(plan.id, key, cash({ funderId: other.funders.district })),
      ),
    ).toEqual({ funderId: 'monitoring:errors.funderNotOnLine' });
    expect(
      await refused('expenditures', () =>
        addExpenditure(plan.id, key, cash({ document: { type: 'invoice' } })),
      ),
    ).toEqual({ 'document.number': 'monitoring:errors.documentNumberRequired' });
    expect(
      await refused('expenditures', () =>
        addExpenditure(plan.id, key, cash({ inKind: true, document: { type: 'actInKind' } })),
      ),
    ).toEqual({ inKind: 'monitoring:errors.inKindSource' });
    expect(await db.expenditures.count()).toBe(0);
  });

  it('is refused on a draft plan, and an edit is checked like a new record', async () => {
    const draft = await approvedPlan(territoryId, false);
    expect(
      await refused('expenditures', () =>
        addExpenditure(draft.plan.id, draft.lines[0]!.id, cashInput(draft.funders.district)),
      ),
    ).toEqual({ planId: 'monitoring:errors.planNotApproved' });
    const { plan, lines, funders } = await approvedPlan(territoryId);
    const spent = await addExpenditure(
      plan.id,
      identityKey(lines[1]!),
      cashInput(funders.district),
    );
    expect(
      await refused('expenditures', () =>
        updateExpenditure(plan.id, spent.id, cashInput(funders.market)),
      ),
    ).toEqual({ funderId: 'monitoring:errors.funderNotOnLine' });
    const changed = await updateExpenditure(
      plan.id,
      spent.id,
      cashInput(funders.district, { amountTyiyn: 99, payee: undefined }),
    );
    expect(changed).toMatchObject({ amountTyiyn: 99, lineKey: lines[1]!.id });
    expect(changed.payee).toBeUndefined();
  });

  it('keeps one explanation per line and source; empty text removes it', async () => {
    const { plan, lines } = await approvedPlan(territoryId);
    await setVarianceExplanation(plan.id, lines[0]!.id, 'donors', 'Цены на камеры выросли');
    await setVarianceExplanation(plan.id, lines[0]!.id, 'donors', 'Курс доллара вырос на 12 %');
    await setVarianceExplanation(plan.id, lines[0]!.id, 'business', 'Бизнес внёс больше');
    let explanations = (await loadMonitoring(plan.seriesId)).explanations;
    expect(explanations.map((e) => [e.source, e.text]).sort()).toEqual([
      ['business', 'Бизнес внёс больше'],
      ['donors', 'Курс доллара вырос на 12 %'],
    ]);
    await setVarianceExplanation(plan.id, lines[0]!.id, 'business', '  ');
    explanations = (await loadMonitoring(plan.seriesId)).explanations;
    expect(explanations.map((e) => e.source)).toEqual(['donors']);
  });
});
