/*
 * Every document of the sample district, built as the print route builds it, in every document
 * language (issue 17, points 3–5): headings said once in ky+ru, no glyph the bundled font lacks,
 * people's names never marked, a mark only where a translation is really missing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../tests/fixtures/db';
import { cellText, FALLBACK_MARK, type DocumentModel } from '../../shared/documents/model';
import { DOCUMENT_LANGUAGES } from '../../shared/languages';
import '../features/sample/contributors';
import { findSample, loadSample } from '../features/sample/sample';
import { getDb } from '../db/database';
import { findDocumentKind } from './index';
import { listTerritoryDocuments } from './territory-documents';

beforeEach(() => {
  freshDatabase();
});

async function sampleDocuments(): Promise<{ kind: string; lang: string; model: DocumentModel }[]> {
  await loadSample();
  const territoryId = (await findSample())!;
  const listed = await listTerritoryDocuments(getDb(), territoryId);
  const out = [];
  for (const doc of listed)
    for (const lang of DOCUMENT_LANGUAGES) {
      const module = await findDocumentKind(doc.kind)!.load();
      const model = await module.buildDocument(doc.id, lang);
      out.push({ kind: doc.kind, lang, model: model! });
    }
  return out;
}

/** Every text a document prints. */
function texts(model: DocumentModel): string[] {
  return model.blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [block.text];
      case 'paragraph':
        return block.runs.map((run) => run.text);
      case 'split':
        return [block.left, block.right];
      case 'corner':
        return block.lines;
      case 'table':
        return [...block.columns.map((c) => c.header), ...block.rows.flat().map(cellText)];
      case 'signatures':
        return block.lines.flatMap((line) => [line.role, line.name]);
      case 'chart':
        return [block.chart.title];
      case 'bars':
        return [block.title, ...block.rows.flatMap((row) => [row.label, row.text])];
      case 'spacer':
        return [];
    }
  });
}

describe('documents of the sample district', () => {
  it(
    'say every bilingual heading once, Kyrgyz first, and print no glyph PT Sans lacks',
    { timeout: 60_000 },
    async () => {
      const docs = await sampleDocuments();
      expect(new Set(docs.map((d) => d.kind))).toEqual(
        new Set([
          'roster',
          'minutes',
          'questionnaire',
          'priorities',
          'plan',
          'councilReport',
          'donorReport',
          'residentsReport',
        ]),
      );
      for (const { kind, lang, model } of docs) {
        const all = texts(model);
        // «→» is not in the bundled subsets of PT Sans (the latin one has ↑ and ↓ only).
        expect(all.join('\n'), `${kind} ${lang}`).not.toMatch(/[→⇒←]/);
        // A missing language is DocumentTexts' discreet mark and footnote, never «[ru]».
        expect(all.join('\n'), `${kind} ${lang}`).not.toMatch(/\[(ru|ky|en)\]/);
        if (kind !== 'plan' || lang !== 'ky+ru') continue;
        // A priority is a row across the plan's table.
        const priority = all.find((text) => text.startsWith('1-артыкчылык'))!;
        // One Kyrgyz line, one Russian line, each title once.
        expect(priority.split('\n')).toEqual([
          expect.stringMatching(/^1-артыкчылык\. [^/]+$/),
          expect.stringMatching(/^Приоритет 1\. [^/]+$/),
        ]);
        const objective = all.find((text) => text.includes('1.1-максат'))!;
        expect(objective.split('\n')).toHaveLength(2);
        expect(objective.match(/Задача 1\.1/g)).toHaveLength(1);
        // The period is said once (in each language's title), not again beneath it.
        expect(all.filter((text) => text.includes('2026–2027')).length).toBeLessThanOrEqual(1);
      }
    },
  );

  it(
    'marks nothing in the sample (it is typed in both languages) and never a name',
    { timeout: 60_000 },
    async () => {
      for (const { kind, lang, model } of await sampleDocuments()) {
        if (lang === 'en') continue; // the sample is typed in ru and ky; en falls back, marked
        const marked = texts(model).filter((text) => text.includes(FALLBACK_MARK));
        expect(marked, `${kind} ${lang}`).toEqual([]);
        expect(model.preview?.missing ?? [], `${kind} ${lang}`).toEqual([]);
      }
    },
  );
});
