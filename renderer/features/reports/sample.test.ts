import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../tests/fixtures/db';
import { cellText, type DocumentModel } from '../../../shared/documents/model';
import { DOCUMENT_LANGUAGES } from '../../../shared/languages';
import { SAMPLE_FUNDERS } from '../../../shared/sample/plan';
import type { KoopsuzDatabase } from '../../db/database';
import { listTerritoryDocuments } from '../../documents/territory-documents';
import { findDocumentKind } from '../../documents';
import '../sample/contributors';
import { findSample, loadSample } from '../sample/sample';

let db: KoopsuzDatabase;
beforeEach(() => {
  db = freshDatabase();
});

const tableOf = (model: DocumentModel, testId: string) => {
  const block = model.blocks.find((b) => b.kind === 'table' && b.testId === testId);
  if (block?.kind !== 'table') throw new Error(`no table ${testId}`);
  return block;
};

async function build(kind: string, id: string, lang: (typeof DOCUMENT_LANGUAGES)[number]) {
  const module = await findDocumentKind(kind)!.load();
  return (await module.buildDocument(id, lang))!;
}

describe('the sample district’s reports', () => {
  it('lists a council report (approved), a donor report to UNODC and a residents’ summary, each opening in every language', async () => {
    await loadSample();
    const territoryId = (await findSample())!;
    const reports = await db.reports.where('territoryId').equals(territoryId).toArray();
    expect(reports.map((r) => [r.kind, r.period, r.status]).sort()).toEqual([
      ['council', '2026-H1', 'approved'],
      ['donor', '2026-H1', 'draft'],
      ['residents', '2026-H1', 'draft'],
    ]);
    const listed = (await listTerritoryDocuments(db, territoryId)).filter((d) =>
      d.kind.endsWith('Report'),
    );
    expect(listed.map((d) => d.kind)).toEqual(['councilReport', 'donorReport', 'residentsReport']);
    expect(listed[1]!.title?.ky).toContain('1-жарым жылдыгы');
    for (const doc of listed)
      for (const lang of DOCUMENT_LANGUAGES) {
        const model = await build(doc.kind, doc.id, lang);
        expect(model.blocks.length).toBeGreaterThan(3);
        expect(model.refusal).toBeUndefined();
      }
  }, 60_000);

  it('the donor report holds exactly UNODC’s lines, with the budget its part of each', async () => {
    await loadSample();
    const territoryId = (await findSample())!;
    const report = (await db.reports.where('territoryId').equals(territoryId).toArray()).find(
      (r) => r.kind === 'donor',
    )!;
    const unodc = (await db.funders.toArray()).find(
      (f) => f.name.ru === SAMPLE_FUNDERS.unodc.name.ru,
    )!;
    expect(report.funderId).toBe(unodc.id);
    const plan = (await db.plans.where('seriesId').equals(report.seriesId).toArray()).find(
      (p) => p.version === 1,
    )!;
    // Read independently: UNODC's part of each donors' share it is named on.
    const lines = await db.budgetLines.where('planId').equals(plan.id).toArray();
    const mine = lines.filter((l) => l.funderIds.donors.includes(unodc.id));
    const partOf = (share: number, funders: string[]) => {
      const base = Math.floor(share / funders.length);
      return base + (funders.indexOf(unodc.id) < share - base * funders.length ? 1 : 0);
    };
    const budget = mine.reduce((sum, l) => sum + partOf(l.shares.donors, l.funderIds.donors), 0);
    const model = await build('donorReport', report.id, 'ru');
    const table = tableOf(model, 'donor-lines');
    expect(table.rows).toHaveLength(mine.length + 1);
    const som = (text: string) =>
      Math.round(Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.')) * 100);
    const total = table.rows.at(-1)!;
    expect(som(cellText(total[3]!))).toBe(budget);
    const items = new Set(mine.map((l) => l.item.ru));
    for (const row of table.rows.slice(0, -1))
      expect(items.has(cellText(row[1]!).split('\n')[0]!)).toBe(true);
  }, 60_000);
});
