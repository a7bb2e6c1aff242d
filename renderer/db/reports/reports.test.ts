import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { approvedPlan } from '../../../tests/fixtures/monitoring';
import type { ReportInput } from '../../../shared/schemas/reports';
import type { KoopsuzDatabase } from '../database';
import { deleteTerritory } from '../territories';
import { ValidationError } from '../repository';
import { createTerritory } from '../territories';
import {
  approveReport,
  createReport,
  removeReport,
  reportsOfSeries,
  updateReport,
} from './reports';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

const council: ReportInput = {
  kind: 'council',
  period: '2026-H1',
  achievements: 'Установлены камеры на рынке',
};

/** The issues of a refused write (path → message), after checking nothing was written. */
async function refused(write: () => Promise<unknown>): Promise<Record<string, string>> {
  const before = [await db.reports.toArray(), await db.audit.count()];
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect([await db.reports.toArray(), await db.audit.count()]).toEqual(before);
  return Object.fromEntries((error as ValidationError).issues.map((i) => [i.path, i.message]));
}

describe('reports', () => {
  it('creates a draft report of the series with its audit entry, and changes it', async () => {
    const { plan } = await approvedPlan(territoryId);
    const report = await createReport(plan.id, council);
    expect(report).toMatchObject({
      territoryId,
      seriesId: plan.seriesId,
      status: 'draft',
      period: '2026-H1',
    });
    const entry = await db.audit.where('recordId').equals(report.id).first();
    expect(entry).toMatchObject({ table: 'reports', action: 'create', territoryId });
    const changed = await updateReport(report.id, { ...council, difficulties: 'Поздний тендер' });
    expect(changed.difficulties).toBe('Поздний тендер');
    expect(changed.achievements).toBe('Установлены камеры на рынке');
    expect((await reportsOfSeries(plan.seriesId)).map((r) => r.id)).toEqual([report.id]);
  });

  it('refuses a draft plan, a period outside the plan, a donor report without a funder or with a stranger', async () => {
    const draft = await approvedPlan(territoryId, false);
    expect(await refused(() => createReport(draft.plan.id, council))).toEqual({
      planId: 'monitoring:errors.planNotApproved',
    });
    const { plan, funders } = await approvedPlan(territoryId);
    expect(await refused(() => createReport(plan.id, { ...council, period: '2028-Q1' }))).toEqual({
      period: 'reports:errors.periodOutsidePlan',
    });
    expect(await refused(() => createReport(plan.id, { ...council, period: '2026-H3' }))).toEqual({
      period: 'reports:errors.period',
    });
    expect(await refused(() => createReport(plan.id, { kind: 'donor', period: '2026' }))).toEqual({
      funderId: 'reports:errors.funderRequired',
    });
    expect(
      await refused(() => createReport(plan.id, { ...council, funderId: funders.unodc })),
    ).toEqual({ funderId: 'reports:errors.funderOnlyForDonor' });
    // A funder of the other plan's lines, not of this one.
    const other = await approvedPlan(territoryId);
    expect(
      await refused(() =>
        createReport(plan.id, { kind: 'donor', period: '2026', funderId: other.funders.osce }),
      ),
    ).toEqual({ funderId: 'reports:errors.funderNotOnPlan' });
    const donor = await createReport(plan.id, {
      kind: 'donor',
      period: '2026',
      funderId: funders.osce,
    });
    expect(donor.funderId).toBe(funders.osce);
  });

  it('approves with date and number; an approved report is frozen', async () => {
    const { plan } = await approvedPlan(territoryId);
    const report = await createReport(plan.id, council);
    expect(
      await refused(() => approveReport(report.id, { date: '2026-07-15', number: '' })),
    ).toEqual({ number: 'errors:required' });
    const approved = await approveReport(report.id, { date: '2026-07-15', number: '7' });
    expect(approved).toMatchObject({
      status: 'approved',
      approval: { date: '2026-07-15', number: '7' },
    });
    const frozen = { status: 'reports:errors.frozen' };
    expect(await refused(() => updateReport(report.id, { ...council, achievements: 'x' }))).toEqual(
      frozen,
    );
    expect(
      await refused(() => approveReport(report.id, { date: '2026-07-16', number: '8' })),
    ).toEqual(frozen);
    expect(await refused(() => removeReport(report.id))).toEqual(frozen);
    expect(await db.reports.get(report.id)).toEqual(approved);
  });

  it('deletes a draft (audited); deleting the territory deletes its reports and no other', async () => {
    const { plan } = await approvedPlan(territoryId);
    const draft = await createReport(plan.id, council);
    await removeReport(draft.id);
    expect(await db.reports.count()).toBe(0);
    const trail = await db.audit.where('recordId').equals(draft.id).toArray();
    expect(trail.map((e) => e.action).sort()).toEqual(['create', 'delete']);
    await createReport(plan.id, council);
    const otherId = (await createTerritory(territoryInput({ name: { ru: 'Ленинский район' } }))).id;
    const other = await approvedPlan(otherId);
    const kept = await createReport(other.plan.id, council);
    await deleteTerritory(territoryId);
    expect((await db.reports.toArray()).map((r) => r.id)).toEqual([kept.id]);
  });
});
