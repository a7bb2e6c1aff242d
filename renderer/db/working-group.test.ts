import { beforeEach, describe, expect, it } from 'vitest';
import { buildImport } from '../../shared/domain/member-import';
import { freshDatabase, territoryInput } from '../../tests/fixtures/db';
import type { KoopsuzDatabase } from './database';
import { addDecision, createMeeting, setDecisionStatus } from './meetings';
import { ValidationError } from './repository';
import { createTerritory } from './territories';
import { addMember, deactivateMember, importMembers, saveWorkingGroup } from './working-group';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

const memberInput = (fullName: string) => ({
  fullName,
  position: { ru: 'Инспектор' },
  organisation: { ru: 'УВД Свердловского района' },
  orgType: 'police' as const,
  email: 'x@mvd.kg',
});

async function setUp() {
  const group = await saveWorkingGroup(territoryId, {
    name: { ru: 'Рабочая группа' },
    orderNumber: '12',
    orderDate: '2026-02-10',
  });
  const chair = await addMember(group.id, memberInput('Осмонова Айгүл'));
  const other = await addMember(group.id, memberInput('Токтосунов Нурлан'));
  await saveWorkingGroup(territoryId, { name: { ru: 'Рабочая группа' }, chairId: chair.id });
  return { group, chair, other };
}

describe('working group data', () => {
  it('a deactivated member stays in past attendance and the group loses the role, not the person', async () => {
    const { group, chair, other } = await setUp();
    const meeting = await createMeeting(group.id, {
      number: '1',
      date: '2026-03-05',
      place: { ru: 'Зал' },
      agenda: [],
      attendance: [
        { memberId: chair.id, present: true },
        { memberId: other.id, present: false, reason: 'болезнь' },
      ],
      guests: [],
    });
    await deactivateMember(chair.id, '2026-04-01');
    expect(await db.members.get(chair.id)).toMatchObject({ active: false, memberTo: '2026-04-01' });
    expect((await db.workingGroups.get(group.id))?.chairId).toBeUndefined();
    expect((await db.meetings.get(meeting.id))?.attendance.map((a) => a.memberId)).toEqual([
      chair.id,
      other.id,
    ]);
    expect(await db.members.count()).toBe(2);
  });

  it('refuses bad input with i18n keys and saves nothing', async () => {
    const { group } = await setUp();
    const before = await db.audit.count();
    await expect(
      addMember(group.id, { ...memberInput(''), email: 'no-at-sign' }),
    ).rejects.toMatchObject({
      issues: expect.arrayContaining([
        { path: 'fullName', message: 'errors:required' },
        { path: 'email', message: 'errors:invalidEmail' },
      ]),
    });
    await expect(
      createMeeting(group.id, {
        number: '2',
        date: '2026-02-31',
        place: {},
        agenda: [],
        attendance: [],
        guests: [],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createMeeting(group.id, {
        number: '2',
        date: '2026-02-28',
        time: '25:00',
        place: {},
        agenda: [],
        attendance: [],
        guests: [],
      }),
    ).rejects.toMatchObject({
      issues: [{ path: 'time', message: 'workingGroup:errors.invalidTime' }],
    });
    expect(await db.audit.count()).toBe(before);
    expect(await db.meetings.count()).toBe(0);
  });

  it('decisions change status and are audited', async () => {
    const { group, other } = await setUp();
    const meeting = await createMeeting(group.id, {
      number: '1',
      date: '2026-03-05',
      place: {},
      agenda: [],
      attendance: [],
      guests: [],
    });
    const decision = await addDecision({
      meetingId: meeting.id,
      text: { ru: 'Осветить рынок' },
      responsibleMemberId: other.id,
      dueDate: '2026-06-01',
      status: 'open',
    });
    expect(decision.territoryId).toBe(territoryId);
    await setDecisionStatus(decision.id, 'done');
    expect((await db.decisions.get(decision.id))?.status).toBe('done');
    expect(await db.audit.where('recordId').equals(decision.id).count()).toBe(2);
  });

  it('imports all rows or none: one bad row leaves nothing half-saved', async () => {
    const { group } = await setUp();
    const before = await db.members.count();
    await expect(
      importMembers(group.id, [
        { rowNumber: 2, input: memberInput('Абдыкадырова Жылдыз') },
        { rowNumber: 3, input: { ...memberInput('Бекова Гүлнара'), email: 'bad' } },
      ]),
    ).rejects.toMatchObject({ issues: [{ path: 'row 3.email', message: 'errors:invalidEmail' }] });
    expect(await db.members.count()).toBe(before);

    const table = [
      ['ФИО', 'Должность', 'Организация', 'Тип организации', 'Телефон', 'E-mail'],
      ['Абдыкадырова Жылдыз', 'Директор', 'Школа № 5', 'Школа', '0555 111 222', ''],
      ['', 'Без имени', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['Бекова Гүлнара', 'Председатель', 'Совет женщин', 'Аялдар кеңеши', '', 'gulnara@mail.kg'],
      ['Плохая Почта', '', '', '', '', 'нет'],
    ];
    const result = buildImport(
      table,
      { fullName: 0, position: 1, organisation: 2, orgType: 3, phone: 4, email: 5 },
      'ru',
    );
    if (!result.ok) throw new Error(result.refusal);
    expect(result.preview.skipped).toEqual([
      { rowNumber: 3, reasons: ['workingGroup:import.noName'] },
      { rowNumber: 6, reasons: ['errors:invalidEmail'] },
    ]);
    expect(await importMembers(group.id, result.preview.rows)).toBe(2);
    const added = await db.members
      .where('groupId')
      .equals(group.id)
      .filter((m) => m.orgType === 'womens-council')
      .toArray();
    expect(added.map((m) => m.fullName)).toEqual(['Бекова Гүлнара']);
    const batch = await db.audit
      .where('table')
      .equals('members')
      .filter((e) => Boolean(e.batchId))
      .toArray();
    // ONE audit entry for the batch, naming how many members it added.
    expect(batch).toHaveLength(1);
    expect(batch[0]).toMatchObject({
      action: 'create',
      recordId: batch[0]!.batchId,
      territoryId: group.territoryId,
      after: { count: 2, groupId: group.id },
    });
  });
});

describe('sample working group', () => {
  it('loads 15 members (one former), two meetings and four decisions into the sample district', async () => {
    const { loadSample, findSample } = await import('../features/sample/sample');
    const { contributeWorkingGroup } = await import('../features/working-group/sample');
    const { registerSampleContributor } = await import('../features/sample/sample');
    registerSampleContributor(contributeWorkingGroup);
    await loadSample();
    const id = (await findSample())!;
    expect(await db.members.where('territoryId').equals(id).count()).toBe(15);
    expect(
      await db.members
        .where('territoryId')
        .equals(id)
        .filter((m) => !m.active)
        .count(),
    ).toBe(1);
    expect(await db.meetings.where('territoryId').equals(id).count()).toBe(2);
    expect(await db.decisions.where('territoryId').equals(id).count()).toBe(4);
    const group = await db.workingGroups.where('territoryId').equals(id).first();
    expect(group?.chairId).toBeDefined();
  });
});
