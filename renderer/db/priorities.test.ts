import { beforeEach, describe, expect, it } from 'vitest';
import {
  freshDatabase,
  openCurrent,
  seedAtVersion,
  territoryInput,
  upgradeCase,
} from '../../tests/fixtures/db';
import { setWeight } from '../../shared/domain/priorities/criteria';
import { takeSnapshot } from '../../shared/domain/priorities/snapshot';
import { territoryScopedTables, type KoopsuzDatabase } from './database';
import {
  FrozenError,
  addSheet,
  createAssessment,
  freezeSnapshot,
  removeSnapshot,
  setScore,
  updateAssessment,
  updateSnapshot,
} from './priorities';
import { ValidationError } from './repository';
import { createTerritory, deleteTerritory } from './territories';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

const CODES = ['market-theft', 'road-safety', 'domestic-violence', 'burglary', 'drugs'];
const evidence = (code: string, share: number | null) => ({
  code,
  share,
  policeRate: null,
  policeTrend: null,
  complaints: null,
});

async function setup() {
  const territory = await createTerritory(territoryInput());
  const assessment = await createAssessment(territory.id, {
    title: { ru: 'Приоритеты 2026' },
    problemCodes: CODES,
  });
  return { territory, assessment };
}

describe('priorities data layer', () => {
  it('keeps weights at 100 and refuses inconsistent weights or an 8th priority', async () => {
    const { assessment } = await setup();
    expect(assessment.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    const moved = setWeight(assessment.criteria, 'severity', 40);
    expect((await updateAssessment(assessment.id, { criteria: moved })).criteria[4]!.weight).toBe(
      40,
    );
    const broken = moved.map((c, i) => (i === 0 ? { ...c, weight: c.weight + 5 } : c));
    await expect(updateAssessment(assessment.id, { criteria: broken })).rejects.toMatchObject({
      issues: [{ path: 'criteria', message: 'priorities:errors.weightsNot100' }],
    });
    await expect(
      updateAssessment(assessment.id, { selected: [...CODES, 'fraud', 'dark-streets', 'x-y'] }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await db.priorityAssessments.get(assessment.id))!.criteria[4]!.weight).toBe(40);
  });

  it('refuses a score of 0 or 6 and changes nothing; stores 1–5 and clears', async () => {
    const { assessment } = await setup();
    const sheet = await addSheet(assessment.id, { kind: 'member', memberName: 'Осмонова Айгүл' });
    await setScore(sheet.id, 'road-safety', 'severity', 4);
    for (const bad of [0, 6, 2.5])
      await expect(setScore(sheet.id, 'road-safety', 'severity', bad)).rejects.toMatchObject({
        issues: [{ message: 'priorities:errors.score' }],
      });
    expect((await db.priorityScoreSheets.get(sheet.id))!.scores).toEqual({
      'road-safety': { severity: 4 },
    });
    await setScore(sheet.id, 'road-safety', 'severity', null);
    expect((await db.priorityScoreSheets.get(sheet.id))!.scores).toEqual({ 'road-safety': {} });
    await expect(addSheet(assessment.id, { kind: 'member' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('a frozen snapshot refuses edits with a reason, and later edits do not change it', async () => {
    const { assessment } = await setup();
    const content = takeSnapshot({
      takenOn: '2026-11-26',
      criteria: assessment.criteria,
      problems: CODES.map((code, i) => ({
        code,
        title: { ru: code },
        evidence: evidence(code, 0.1 * (i + 1)),
      })),
      scored: {},
      selected: CODES.slice(0, 4),
      decision: { meetingNumber: '3', meetingDate: '2026-11-20' },
    });
    await expect(
      freezeSnapshot(assessment.id, { ...content, selected: CODES.slice(0, 3) }),
    ).rejects.toMatchObject({ issues: [{ message: 'priorities:errors.tooFewSelected' }] });
    const snapshot = await freezeSnapshot(assessment.id, content, 'Решение №3');
    const stored = structuredClone(await db.prioritySnapshots.get(snapshot.id));

    const refused = await updateSnapshot(snapshot.id, { label: 'changed' }).catch((e) => e);
    expect(refused).toBeInstanceOf(FrozenError);
    expect(refused.reason).toBe('priorities:errors.snapshotFrozen');
    await expect(removeSnapshot(snapshot.id)).rejects.toBeInstanceOf(FrozenError);

    await updateAssessment(assessment.id, {
      criteria: setWeight(assessment.criteria, 'public-concern', 80),
      selected: ['drugs'],
    });
    expect(await db.prioritySnapshots.get(snapshot.id)).toEqual(stored);
    expect(stored!.content.rows[0]!.code).toBe('drugs');
    expect(stored!.content.selected).toEqual(CODES.slice(0, 4));
  });

  it('deleting the territory takes its assessments, sheets and snapshots', async () => {
    const { territory, assessment } = await setup();
    await addSheet(assessment.id, { kind: 'consensus' });
    expect(territoryScopedTables(db)).toEqual(
      expect.arrayContaining(['priorityAssessments', 'priorityScoreSheets', 'prioritySnapshots']),
    );
    await deleteTerritory(territory.id);
    expect(await db.priorityAssessments.count()).toBe(0);
    expect(await db.priorityScoreSheets.count()).toBe(0);
  });
});

describe('schema v5 (priorities)', () => {
  it('v4 → v5 keeps the study data and adds the priority tables', async () => {
    const { name, territoryId, at, territory } = upgradeCase('upgrade-v5');
    await seedAtVersion(name, 4, async (old) => {
      await old.table('territories').add(territory);
      await old.table('policeStats').add({
        id: crypto.randomUUID(),
        territoryId,
        period: '2025-Q3',
        problemCode: 'market-theft',
        count: 12,
        createdAt: at,
        updatedAt: at,
      });
    });
    const upgraded = await openCurrent(name);
    expect(upgraded.verno).toBeGreaterThanOrEqual(5);
    expect(await upgraded.policeStats.where('territoryId').equals(territoryId).count()).toBe(1);
    expect(await upgraded.priorityAssessments.count()).toBe(0);
    const assessment = await createAssessment(territoryId, {
      title: { ky: 'Артыкчылыктар' },
      problemCodes: ['market-theft'],
    });
    expect(
      await upgraded.priorityAssessments.where('territoryId').equals(territoryId).count(),
    ).toBe(1);
    expect(assessment.criteria).toHaveLength(8);
    upgraded.close();
  });
});
