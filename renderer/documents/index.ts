/*
 * Printable documents (architecture A9, A11): the registry of document kinds.
 *
 * A document is shown at the hash route `#/print/<kind>/<id>?lang=ru|ky|en|ky+ru`, OUTSIDE the app
 * frame, with a toolbar (document language, Print, Save as PDF, Save as Word, Back) that print CSS
 * hides. The in-app preview IS that route. The same DocumentModel (shared/documents/model.ts) is
 * drawn as HTML here and written as .docx by renderer/export/docx-document.ts, so paper and Word agree.
 *
 * How a feature adds a document kind (e.g. the A4-landscape plan):
 *  1. Write a pure row model in shared/documents/<kind>.ts: (records, DocumentLanguage) → DocumentModel
 *     with `orientation: 'landscape'`; labels via docLabel() from shared/documents/labels.ts, kept in
 *     your own i18n namespace (`docLabel(lang, 'plan:document.title')`). Unit-test it.
 *  2. Write a loader module in your feature folder exporting
 *     `buildDocument(id, lang): Promise<DocumentModel | null>` that reads Dexie (it runs inside
 *     useLiveQuery, so the preview follows edits) and calls the row model. Null = not found.
 *  3. Add its name to DocumentKindName and one entry to DOCUMENT_KINDS below with a dynamic import
 *     of that module, and a lister to DOCUMENT_LISTERS (territory-documents.ts) so the «Документы»
 *     screen lists it (with a `documents:list.kinds.<kind>` label in ru, ky and en).
 *  4. Link to it with `documentHref('<kind>', id, lang)`. Nothing else: page size, page numbers,
 *     repeating table headers, unbreakable rows, the font, the toolbar and Word come for free.
 * If your document needs something the blocks cannot express, add a block kind to
 * shared/documents/model.ts and teach both DocumentView.tsx and docx-document.ts to draw it.
 */
import type { DocumentLanguage } from '../../shared/languages';
import type { DocumentModel } from '../../shared/documents/model';

export interface DocumentModule {
  buildDocument(id: string, lang: DocumentLanguage): Promise<DocumentModel | null>;
}

/** The document kinds of the app; each also has a lister in territory-documents.ts. */
export type DocumentKindName =
  | 'roster'
  | 'minutes'
  | 'priorities'
  | 'plan'
  | 'questionnaire'
  | 'councilReport'
  | 'donorReport'
  | 'residentsReport';

export interface DocumentKind {
  /** The `<kind>` segment of the route. */
  kind: DocumentKindName;
  /** Loads the module that builds the model; kept out of the entry chunk. */
  load: () => Promise<DocumentModule>;
}

/** Every document kind of the app; features add one entry each. */
export const DOCUMENT_KINDS: DocumentKind[] = [
  { kind: 'roster', load: () => import('../features/working-group/documents/roster-document') },
  { kind: 'minutes', load: () => import('../features/working-group/documents/minutes-document') },
  { kind: 'priorities', load: () => import('../features/priorities/report-document') },
  { kind: 'plan', load: () => import('../features/plan/documents/plan-document') },
  {
    kind: 'questionnaire',
    load: () => import('../features/study/documents/questionnaire-document'),
  },
  {
    kind: 'councilReport',
    load: () => import('../features/reports/documents/council-document'),
  },
  { kind: 'donorReport', load: () => import('../features/reports/documents/donor-document') },
  {
    kind: 'residentsReport',
    load: () => import('../features/reports/documents/residents-document'),
  },
];

/** The kind registered under `name`, if any. */
export function findDocumentKind(name: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.kind === name);
}

/** The hash link of a document's print route (use it as an href). */
export function documentHref(kind: string, id: string, lang: DocumentLanguage): string {
  return `#${documentPath(kind, id, lang)}`;
}

/** The route of a document, for wouter's navigate(). */
export function documentPath(kind: string, id: string, lang: DocumentLanguage): string {
  return `/print/${encodeURIComponent(kind)}/${encodeURIComponent(id)}?lang=${encodeURIComponent(lang)}`;
}
