import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../tests/fixtures/db';
import type { KoopsuzDatabase } from '../db/database';
import { createMeeting } from '../db/meetings';
import { approvePlan, createPlan, newVersion } from '../db/plans';
import { createAssessment } from '../db/priorities';
import { createStudy } from '../db/study/studies';
import { createTerritory } from '../db/territories';
import { addMember, saveWorkingGroup } from '../db/working-group';
import { DOCUMENT_KINDS } from './index';
import { DOCUMENT_LISTERS, listTerritoryDocuments } from './territory-documents';

let db: KoopsuzDatabase;
let territoryId: string;
beforeEach(async () => {
  db = freshDatabase();
  territoryId = (await createTerritory(territoryInput())).id;
});

const member = (fullName: string) => ({
  fullName,
  position: { ru: 'Инспектор' },
  organisation: { ru: 'УВД' },
  orgType: 'police' as const,
});

const meeting = (number: string, date: string) => ({
  number,
  date,
  place: { ru: 'Зал' },
  agenda: [],
  attendance: [],
  guests: [],
});

describe('the documents of a territory', () => {
  it('every document kind has a lister, and nothing else is listed', () => {
    expect(Object.keys(DOCUMENT_LISTERS).sort()).toEqual(DOCUMENT_KINDS.map((k) => k.kind).sort());
  });

  it('a territory with nothing has no documents', async () => {
    expect(await listTerritoryDocuments(db, territoryId)).toEqual([]);
  });

  it('lists the roster, both minutes, the questionnaire, the report and both plan versions', async () => {
    const group = await saveWorkingGroup(territoryId, {
      name: { ru: 'Рабочая группа' },
      orderDate: '2026-01-20',
    });
    await addMember(group.id, member('Осмонова Айгүл'));
    await addMember(group.id, member('Токтосунов Нурлан'));
    const second = await createMeeting(group.id, meeting('2', '2026-04-02'));
    const first = await createMeeting(group.id, meeting('1', '2026-02-15'));
    const study = await createStudy(territoryId, {
      title: { ru: 'Опрос жителей' },
      periodFrom: '2026-02-01',
      periodTo: '2026-02-28',
      methods: ['survey'],
    });
    const assessment = await createAssessment(territoryId, {
      title: { ru: 'Приоритеты 2026' },
      problemCodes: [],
    });
    const plan = await createPlan(territoryId, {
      title: { ru: 'План 2026–2027' },
      startYear: 2026,
      endYear: 2027,
    });
    await approvePlan(plan.id, {
      body: 'head',
      position: { ru: 'Глава администрации' },
      name: { ru: 'Осмонова А. Т.' },
      date: '2026-03-10',
      number: '45-р',
    });
    const draft = await newVersion(plan.id, 'Новые мероприятия', '2026-05-01');
    // Another territory's records never appear.
    const other = await createTerritory(territoryInput({ name: { ru: 'Другой район' } }));
    await createPlan(other.id, { title: { ru: 'Чужой план' }, startYear: 2026, endYear: 2026 });

    const docs = await listTerritoryDocuments(db, territoryId);
    expect(docs).toEqual([
      {
        kind: 'roster',
        id: group.id,
        params: { count: 2 },
        title: { ru: 'Рабочая группа' },
        date: '2026-01-20',
        badges: [],
      },
      { kind: 'minutes', id: first.id, params: { number: '1' }, date: '2026-02-15', badges: [] },
      { kind: 'minutes', id: second.id, params: { number: '2' }, date: '2026-04-02', badges: [] },
      {
        kind: 'questionnaire',
        id: study.id,
        params: { from: '01.02.2026', to: '28.02.2026' },
        title: { ru: 'Опрос жителей' },
        date: '2026-02-01',
        badges: [],
      },
      {
        kind: 'priorities',
        id: assessment.id,
        params: { count: 0 },
        title: { ru: 'Приоритеты 2026' },
        date: undefined,
        badges: ['scoring'],
      },
      {
        kind: 'plan',
        id: plan.id,
        params: { version: 1, period: '2026–2027', number: '45-р' },
        title: { ru: 'План 2026–2027' },
        date: '2026-03-10',
        badges: ['approved', 'superseded'],
      },
      {
        kind: 'plan',
        id: draft.id,
        params: { version: 2, period: '2026–2027', number: '' },
        title: { ru: 'План 2026–2027' },
        date: '2026-05-01',
        badges: ['draft'],
      },
    ]);
  });

  it('an assessment with a frozen decision is listed as decided on the latest decision date', async () => {
    const assessment = await createAssessment(territoryId, {
      title: { ru: 'Приоритеты' },
      problemCodes: [],
    });
    const stamp = '2026-03-01T08:00:00.000Z';
    for (const takenOn of ['2026-03-05', '2026-04-12']) {
      await db.prioritySnapshots.add({
        id: crypto.randomUUID(),
        territoryId,
        assessmentId: assessment.id,
        takenOn,
        content: { rows: [], criteria: [] } as never,
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
    const [doc] = await listTerritoryDocuments(db, territoryId);
    expect(doc).toMatchObject({ kind: 'priorities', date: '2026-04-12', badges: ['decided'] });
  });
});
