/*
 * Approving a report to the council freezes the priority assessments it carries, in the approval's
 * own transaction (issue 16): an edit afterwards is refused. A donor report carries none.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { assessmentInput } from '../../../tests/fixtures/assessment';
import { approvedPlan, refusal } from '../../../tests/fixtures/monitoring';
import { priorityKey } from '../../../shared/domain/monitoring/assessment';
import type { KoopsuzDatabase } from '../database';
import { saveAssessment } from '../monitoring/assessments';
import { createTerritory } from '../territories';
import { approveReport, createReport } from './reports';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

/** The fixture's approved plan with its first priority assessed. */
async function assessedPlan() {
  const { plan } = await approvedPlan(territoryId);
  const priority = (await db.planPriorities.where('planId').equals(plan.id).first())!;
  const key = priorityKey(priority);
  await saveAssessment(plan.id, key, assessmentInput());
  return { plan, key };
}

describe('approving a report freezes its assessments', () => {
  it('a council report: the assessment is frozen by it, an edit afterwards refused', async () => {
    const { plan, key } = await assessedPlan();
    const report = await createReport(plan.id, { kind: 'council', period: '2026-H1' });
    // Still a draft: the assessment can change.
    await saveAssessment(plan.id, key, assessmentInput({ implementation: 'partly' }));
    const approved = await approveReport(report.id, { date: '2026-07-15', number: '3' });
    const [stored] = await db.cycleAssessments.where('seriesId').equals(plan.seriesId).toArray();
    expect(stored).toMatchObject({ frozenByReportId: report.id, implementation: 'partly' });
    expect(stored!.frozenAt! >= approved.updatedAt).toBe(true);
    // The freeze is audited beside the approval.
    const entries = await db.audit.where('recordId').equals(stored!.id).toArray();
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update', 'update']);
    const froze = (e: (typeof entries)[number]) =>
      (e.after as { frozenByReportId?: string } | undefined)?.frozenByReportId === report.id;
    expect(entries.filter(froze)).toHaveLength(1);
    expect(
      await refusal(() => saveAssessment(plan.id, key, assessmentInput({ implementation: 'no' }))),
    ).toEqual(['frozenByReportId: assessment:errors.frozen']);
    expect((await db.cycleAssessments.get(stored!.id))!.implementation).toBe('partly');
  });

  it('a donor report carries no assessment: approving it leaves them editable', async () => {
    const { plan, key } = await assessedPlan();
    // The fixture's lines name their donors; the first will do.
    const lines = await db.budgetLines.where('planId').equals(plan.id).toArray();
    const funderId = lines.flatMap((l) => l.funderIds.donors)[0]!;
    const report = await createReport(plan.id, { kind: 'donor', period: '2026-H1', funderId });
    await approveReport(report.id, { date: '2026-07-15', number: '4' });
    const saved = await saveAssessment(plan.id, key, assessmentInput({ implementation: 'no' }));
    expect(saved.frozenByReportId).toBeUndefined();
    expect(saved.implementation).toBe('no');
  });
});
