import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../tests/fixtures/db';
import { APPROVAL } from '../../tests/fixtures/monitoring';
import type { KoopsuzDatabase } from '../db/database';
import { approvePlan, createPlan, newVersion } from '../db/plans';
import { createTerritory } from '../db/territories';
import { listTerritoryWorkbooks } from './territory-workbooks';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

describe('the workbooks of a territory', () => {
  it('a budget workbook per plan version, an execution workbook per followed plan only', async () => {
    expect(await listTerritoryWorkbooks(db, territoryId)).toEqual([]);
    const plan = await createPlan(territoryId, {
      title: { ru: 'План 2026–2027' },
      startYear: 2026,
      endYear: 2027,
    });
    // A draft is not monitored: it has a budget workbook and no execution workbook.
    expect((await listTerritoryWorkbooks(db, territoryId)).map((w) => w.kind)).toEqual([
      'budgetWorkbook',
    ]);
    await approvePlan(plan.id, APPROVAL);
    // While version 2 is drafted, the approved version 1 goes on being followed.
    const draft = await newVersion(plan.id, 'Новые мероприятия', '2026-05-01');
    const other = await createTerritory(territoryInput({ name: { ru: 'Другой район' } }));
    await createPlan(other.id, { title: { ru: 'Чужой план' }, startYear: 2026, endYear: 2026 });

    const list = await listTerritoryWorkbooks(db, territoryId);
    expect(list.map((w) => [w.kind, w.id, w.badges, w.params])).toEqual([
      [
        'budgetWorkbook',
        plan.id,
        ['approved', 'superseded'],
        { version: 1, period: '2026–2027', number: '45-р' },
      ],
      ['budgetWorkbook', draft.id, ['draft'], { version: 2, period: '2026–2027', number: '' }],
      [
        'executionWorkbook',
        plan.id,
        ['approved', 'superseded'],
        { version: 1, period: '2026–2027', number: '45-р' },
      ],
    ]);
    expect(list[2]!.plan.id).toBe(plan.id);
    expect(list[2]!.date).toBe('2026-02-10');
  });
});
