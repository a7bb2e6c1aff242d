import { beforeEach, describe, expect, it } from 'vitest';
import { upgradedTerritoryOnly } from '../../../tests/fixtures/db';
import { freshStudy, importNumbered, allResponses } from '../../../tests/fixtures/study';
import { cubeFromResponses } from '../../../shared/domain/study/cube';
import { mergeCatalogue } from '../../../shared/domain/study/catalogue';
import type { SurveyAnswers } from '../../../shared/schemas/study';
import type { KoopsuzDatabase } from '../database';
import { ValidationError } from '../repository';
import { deleteTerritory } from '../territories';
import { addPlace, addProblem, updateProblem } from './catalogue';
import { findDuplicates } from './duplicates';
import { undoImport } from './import-batches';
import { importResponses, type ImportRow } from './import-responses';
import { addResponse, deleteResponse, updateResponse } from './responses';
import { createStudy, deleteStudy } from './studies';
import { setPoliceCount } from './police';

let db: KoopsuzDatabase;
let territoryId: string;
let studyId: string;
beforeEach(async () => {
  ({ db, territoryId, studyId } = await freshStudy());
});

const answers = (patch: Partial<SurveyAnswers> = {}): SurveyAnswers => ({
  respondentGroup: 'resident',
  gender: 'female',
  ageGroup: '30-44',
  problems: [{ code: 'market-theft', concern: 4 }],
  safeDay: 4,
  safeNight: 2,
  trustPolice: 3,
  ...patch,
});

async function storedCubeMatchesRecords() {
  const records = (await allResponses(db)).filter((r) => r.studyId === studyId);
  const row = await db.studyCubes.get(studyId);
  expect(row!.cube).toEqual(cubeFromResponses(records));
  expect(row!.count).toBe(records.length);
}

const rows = (n: number, from = 0): ImportRow[] =>
  Array.from({ length: n }, (_, i) => ({
    rowNumber: i + 2,
    externalId: `uuid-${from + i}`,
    answers: answers({
      gender: i % 2 ? 'male' : 'female',
      problems: [{ code: 'fraud', concern: (i % 5) + 1 }],
    }),
  }));

describe('study data layer', () => {
  it('keeps the per-study aggregates equal to the records through add, edit and delete', async () => {
    const a = await addResponse(studyId, answers());
    const b = await addResponse(studyId, answers({ gender: 'male', problems: [] }));
    await addResponse(studyId, answers({ ageGroup: '60-plus' }));
    expect([a.number, b.number]).toEqual([1, 2]);
    await storedCubeMatchesRecords();
    await updateResponse(
      a.id,
      answers({ problems: [{ code: 'burglary', concern: 5 }], trustPolice: undefined }),
    );
    await storedCubeMatchesRecords();
    expect((await db.surveyResponses.get(a.id))?.trustPolice).toBeUndefined();
    await deleteResponse(b.id);
    await storedCubeMatchesRecords();
    expect(await db.audit.where('table').equals('surveyResponses').count()).toBe(5);
  });

  it('finds a likely duplicate (same answers, problems in any order)', async () => {
    await addResponse(
      studyId,
      answers({ problems: [{ code: 'fraud' }, { code: 'burglary', concern: 2 }] }),
    );
    expect(
      await findDuplicates(
        studyId,
        answers({ problems: [{ code: 'burglary', concern: 2 }, { code: 'fraud' }] }),
      ),
    ).toHaveLength(1);
    expect(await findDuplicates(studyId, answers({ safeNight: 5 }))).toHaveLength(0);
  });

  it('refuses a wrong questionnaire and changes nothing', async () => {
    const before = await db.audit.count();
    await expect(addResponse(studyId, answers({ safeDay: 7 }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await allResponses(db)).length).toBe(0);
    expect(await db.audit.count()).toBe(before);
  });

  it('imports all or nothing: one bad row leaves the database unchanged', async () => {
    await addResponse(studyId, answers());
    const auditBefore = await db.audit.count();
    const cubeBefore = await db.studyCubes.get(studyId);
    const bad = [
      ...rows(50),
      { rowNumber: 60, answers: answers({ problems: [{ code: 'fraud', concern: 7 }] }) },
    ];
    await expect(
      importResponses({ studyId, fileName: 'kobo.xlsx', rows: bad, skipped: 0 }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await allResponses(db)).length).toBe(1);
    expect(await db.audit.count()).toBe(auditBefore);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.studyCubes.get(studyId)).toEqual(cubeBefore);
  });

  it('imports a batch, skips rows imported before by _uuid, and undoes the batch as one', async () => {
    await addResponse(studyId, answers());
    const first = await importNumbered(studyId, 'kobo.xlsx', 100);
    expect(first.imported).toBe(100);
    expect(await db.audit.where('batchId').equals(first.batchId!).count()).toBe(1);
    await storedCubeMatchesRecords();
    const second = await importNumbered(studyId, 'kobo-2.xlsx', 100, 50);
    expect(second.imported).toBe(50);
    expect(second.alreadyImported).toHaveLength(50);
    expect(second.alreadyImported[0]).toEqual({ rowNumber: 2, externalId: 'uuid-50' });
    expect((await allResponses(db)).length).toBe(151);
    expect(await undoImport(first.batchId!)).toBe(100);
    expect((await allResponses(db)).length).toBe(51);
    expect((await db.importBatches.get(first.batchId!))?.undone).toBe(true);
    await storedCubeMatchesRecords();
    expect(await undoImport(first.batchId!)).toBe(0);
    // The numbers keep running: a re-import after undo gets new numbers, never reused ones.
    const numbers = (await allResponses(db)).map((r) => r.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('renames and retires standard problems and adds own ones without changing codes', async () => {
    await updateProblem('fraud', { title: { ru: 'Мошенничество' }, retired: true });
    const code = await addProblem({
      category: 'other',
      title: { ru: 'Парковка', en: 'Illegal parking' },
    });
    const catalogue = mergeCatalogue(await db.problems.toArray());
    expect(catalogue.find((p) => p.code === 'fraud')).toMatchObject({
      retired: true,
      title: { ru: 'Мошенничество' },
    });
    expect(code).toBe('illegal-parking');
    await updateProblem('fraud', { retired: false });
    expect(
      mergeCatalogue(await db.problems.toArray()).find((p) => p.code === 'fraud')?.retired,
    ).toBe(false);
  });

  it('deletes a study with its responses, and a territory with all its study records', async () => {
    await addPlace(territoryId, { kind: 'market', name: { ru: 'Аламединский рынок' } });
    await addResponse(studyId, answers());
    await setPoliceCount(territoryId, '2025-Q1', 'fraud', 12);
    const other = await createStudy(territoryId, {
      title: { ru: 'Второй' },
      periodFrom: '2025-01-01',
      periodTo: '2025-01-31',
      methods: ['survey'],
    });
    await addResponse(other.id, answers());
    await deleteStudy(studyId);
    expect((await allResponses(db)).length).toBe(1);
    expect(await db.studyCubes.get(studyId)).toBeUndefined();
    await deleteTerritory(territoryId);
    for (const table of ['places', 'studies', 'surveyResponses', 'studyCubes', 'policeStats'])
      expect(await db.table(table).count(), table).toBe(0);
  });
});

describe('schema v4', () => {
  it('opens a v3 database and adds the study tables, keeping old rows', async () => {
    const upgraded = await upgradedTerritoryOnly('upgrade-v4', 3);
    expect(await upgraded.territories.count()).toBe(1);
    for (const table of [
      'problems',
      'places',
      'studies',
      'surveyResponses',
      'studyCubes',
      'policeStats',
      'complaints',
      'importBatches',
      'importMappings',
    ]) {
      expect(upgraded.tables.map((t) => t.name)).toContain(table);
    }
    upgraded.close();
  });
});
