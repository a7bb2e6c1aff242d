import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, territoryInput } from '../../../tests/fixtures/db';
import { territoryRecords, type KoopsuzDatabase } from '../../db/database';
import { createTerritory } from '../../db/territories';
import { getSetting } from '../../db/settings';
import { dump } from '../../../tests/fixtures/exchange';
import { createMeeting } from '../../db/meetings';
import { addExpenditure } from '../../db/monitoring/expenditures';
import { setActivityProgress } from '../../db/monitoring/progress';
import { advanceStatus, newVersion } from '../../db/plans';
import { updateAssessment } from '../../db/priorities';
import { ImportedRecordError } from '../../db/repository';
import { setPoliceCount } from '../../db/study/police';
import { createStudy } from '../../db/study/studies';
import { updateTerritory } from '../../db/territories';
import { addMember } from '../../db/working-group';
import { findCitySample, loadCitySample, removeCitySample } from './city-sample';
import { CITY_SAMPLE_DISTRICTS } from './districts';
import { importSampleDistricts } from './import-sample';

/** The sample key's fingerprint computed with Node's own crypto from the public phrase. */
function expectedFingerprint(slug: string): string {
  const seed = createHash('sha256').update(`koopsuz city sample office key: ${slug}`).digest();
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const spki = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export(
    { format: 'der', type: 'spki' },
  );
  return createHash('sha256')
    .update(spki.subarray(spki.length - 32))
    .digest('hex');
}

let db: KoopsuzDatabase;
let ownId: string;

beforeAll(async () => {
  db = freshDatabase();
  ownId = (await createTerritory(territoryInput())).id;
  expect(await loadCitySample(importSampleDistricts)).toBe('loaded');
}, 120_000);

describe('the city sample', () => {
  it('is a city workspace holding the three districts’ packages, trusted by their sample keys', async () => {
    const city = (await findCitySample())!;
    expect(city).toMatchObject({ kind: 'city', isSample: true });
    expect(await getSetting('currentTerritoryId')).toBe(city.id);
    const origins = await db.exchangeOrigins.where('workspaceId').equals(city.id).toArray();
    const districts = await db.territories.bulkGet(origins.map((o) => o.territoryId));
    expect(districts.map((d) => d?.name.ru).sort()).toEqual([
      'Ленинский район',
      'Октябрьский район',
      'Первомайский район',
    ]);
    for (const d of districts) {
      expect(d?.population).toBeGreaterThanOrEqual(200_000);
      expect(d?.population).toBeLessThanOrEqual(300_000);
      expect(d?.isSample).toBe(false);
    }
    const trusted = await db.trustedKeys.where('territoryId').equals(city.id).toArray();
    expect(trusted.map((k) => k.fingerprint).sort()).toEqual(
      CITY_SAMPLE_DISTRICTS.map((d) => expectedFingerprint(d.slug)).sort(),
    );
    expect(origins.map((o) => o.fingerprint).sort()).toEqual(
      trusted.map((k) => k.fingerprint).sort(),
    );
    // One package log row and one audit entry per package.
    expect(await db.exchangePackages.where('territoryId').equals(city.id).count()).toBe(3);
    expect(await db.audit.where('table').equals('exchangePackages').count()).toBe(3);
  });

  it('carries each district’s group, study aggregates, police figures, priorities, approved plan and monitoring', async () => {
    const city = (await findCitySample())!;
    const origins = await db.exchangeOrigins.where('workspaceId').equals(city.id).toArray();
    for (const { territoryId } of origins) {
      const territory = (await db.territories.get(territoryId))!;
      const spec = CITY_SAMPLE_DISTRICTS.find((d) => d.territory.name.ru === territory.name.ru)!;
      const of = (table: string) => territoryRecords(db, table, territoryId);
      const members = await of('members').toArray();
      expect(members.map((m) => m.fullName).sort()).toEqual(
        spec.members.map(([name]) => name).sort(),
      );
      // Contacts and questionnaires stay at the district (not ticked).
      expect(members.every((m) => m.phone === undefined)).toBe(true);
      expect(await of('surveyResponses').count()).toBe(0);
      const studies = await of('studies').toArray();
      expect(studies).toHaveLength(1);
      expect(await db.studyCubes.get(studies[0].id)).toBeDefined();
      expect(await of('policeStats').count()).toBe(6 * spec.police.length);
      const [assessment] = await of('priorityAssessments').toArray();
      expect(assessment.selected).toHaveLength(5);
      expect(await of('prioritySnapshots').count()).toBe(1);
      const plans = await of('plans').toArray();
      expect(plans.map((p) => p.status)).toEqual(['approved']);
      const priorities = await of('planPriorities').toArray();
      expect(priorities.map((p) => p.problemCode).sort()).toEqual([...assessment.selected].sort());
      const lines = await of('budgetLines').toArray();
      expect(lines.length).toBeGreaterThanOrEqual(10);
      const donors = lines.filter((l) => l.shares.donors > 0);
      expect(donors.length).toBeGreaterThan(0);
      expect(lines.some((l) => l.shares.localBudget > 0 && l.funderIds.localBudget.length)).toBe(
        true,
      );
      expect(await of('activityProgress').count()).toBe(10);
      expect(await of('expenditures').count()).toBeGreaterThan(5);
    }
    // The districts differ: their top priorities are not all the same list.
    const selections = await Promise.all(
      origins.map(async (o) =>
        (await db.priorityAssessments
          .where('territoryId')
          .equals(o.territoryId)
          .first())!.selected.join(),
      ),
    );
    expect(new Set(selections).size).toBeGreaterThan(1);
    // The donors' common register: one UNODC, whichever district named it.
    const unodc = (await db.funders.toArray()).filter((f) => f.name.en === 'UNODC');
    expect(unodc).toHaveLength(1);
  });

  it('refuses every write to an imported district, and nothing is written', async () => {
    const city = (await findCitySample())!;
    const origin = (await db.exchangeOrigins.where('workspaceId').equals(city.id).first())!;
    const id = origin.territoryId;
    const territory = (await db.territories.get(id))!;
    const plan = (await db.plans.where('territoryId').equals(id).first())!;
    const group = (await db.workingGroups.where('territoryId').equals(id).first())!;
    const assessment = (await db.priorityAssessments.where('territoryId').equals(id).first())!;
    const activity = (await db.activities.where('planId').equals(plan.id).first())!;
    const line = (await db.budgetLines.where('planId').equals(plan.id).first())!;
    const before = await dump(db);
    const writes: [string, () => Promise<unknown>][] = [
      ['territory', () => updateTerritory(id, { ...territory, population: 1 })],
      ['plan status', () => advanceStatus(plan.id)],
      [
        'study',
        () =>
          createStudy(id, {
            ...{ title: { ru: 'Новый опрос' }, methods: ['survey'] },
            ...{ periodFrom: '2026-05-01', periodTo: '2026-05-31' },
          }),
      ],
      ['police', () => setPoliceCount(id, '2025-Q2', 'fraud', 999)],
      [
        'member',
        () =>
          addMember(group.id, {
            ...{ fullName: 'Кто-то', orgType: 'other' },
            ...{ position: { ru: 'Житель' }, organisation: { ru: 'ТСЖ' } },
          }),
      ],
      [
        'meeting',
        () =>
          createMeeting(group.id, {
            ...{ number: '9', date: '2026-06-01', time: '10:00', place: {} },
            ...{ agenda: [], attendance: [], guests: [] },
          }),
      ],
      ['priorities', () => updateAssessment(assessment.id, { selected: [] })],
      [
        'monitoring',
        () => setActivityProgress(plan.id, activity.id, { status: 'done', percent: 100 }),
      ],
      [
        'expenditure',
        () =>
          addExpenditure(plan.id, line.id, {
            ...{ date: '2026-06-25', amountTyiyn: 100, source: 'localBudget', inKind: false },
            ...{ quarter: '2026-Q2', document: { type: 'paymentOrder', number: '1' } },
            funderId: line.funderIds.localBudget[0],
          }),
      ],
      // Last: a new version supersedes the plan the writes above are made to.
      ['plan version', () => newVersion(plan.id, 'Уточнение бюджета', '2026-06-30')],
    ];
    for (const [what, write] of writes) {
      const error = await write().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(ImportedRecordError);
      expect((error as Error).message).toBe('exchange:imported.readOnly');
    }
    expect(await dump(db)).toEqual(before);
    // The same writes pass once the origin mark is gone: the mark, not the data, refused them.
    await db.exchangeOrigins.delete(id);
    try {
      for (const [, write] of writes) await write();
    } finally {
      await db.exchangeOrigins.put(origin);
    }
  });

  it('loads once, and removing it deletes the workspace and its districts, nothing else', async () => {
    expect(await loadCitySample(importSampleDistricts)).toBe('already-loaded');
    expect(await removeCitySample()).toBe('removed');
    expect((await db.territories.toArray()).map((t) => t.id)).toEqual([ownId]);
    expect(await db.plans.count()).toBe(0);
    expect(await db.exchangeOrigins.count()).toBe(0);
    expect(await db.trustedKeys.count()).toBe(0);
    expect(await removeCitySample()).toBe('not-present');
  });
});
